/**
 * Content-pack rules beyond the schema: text that is far too long for its layout, and media
 * references that would leave the pack. Pure TypeScript (the file checks live in src/main).
 */
import type { ContentIssue, Deck } from './content'

/** Longest text (in characters) each kind of field may hold before it cannot fit its layout. */
export const TEXT_LIMITS: Record<string, { zh: number; en: number }> = {
  title: { zh: 40, en: 110 },
  subtitle: { zh: 80, en: 200 },
  kicker: { zh: 24, en: 60 },
  lead: { zh: 160, en: 380 },
  label: { zh: 36, en: 90 },
  summary: { zh: 40, en: 100 },
  detail: { zh: 180, en: 420 },
  body: { zh: 200, en: 480 },
  caption: { zh: 60, en: 150 },
  quote: { zh: 90, en: 220 },
  text: { zh: 90, en: 220 },
  date: { zh: 12, en: 24 },
  notes: { zh: 2000, en: 4000 }
}

/** Image types a pack may contain, by extension. */
export const MEDIA_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml'
}

/** Largest media file a pack may contain. */
export const MEDIA_MAX_BYTES = 8 * 1024 * 1024

/** A media file a deck refers to, and where. */
export interface MediaRef {
  path: string
  jsonPath: string
}

/** Every media path the deck refers to. */
export function mediaRefs(deck: Deck): MediaRef[] {
  const refs: MediaRef[] = []
  deck.slides.forEach((slide, i) => {
    if (slide.type === 'story' && slide.image) {
      refs.push({ path: slide.image, jsonPath: `$.slides[${i}].image` })
    }
  })
  return refs
}

/** Why a media path may not be used (it leaves the pack, or is not an image), or null. */
export function mediaPathProblem(path: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return 'must be a file inside the pack, not a URL'
  if (path.startsWith('/') || /^[a-z]:[\\/]/i.test(path))
    return 'must be a path inside the pack, not an absolute path'
  if (path.includes('\\') || path.split('/').some((s) => s === '..' || s === '.')) {
    return 'must not leave the pack (no "..")'
  }
  const ext = path.slice(path.lastIndexOf('.')).toLowerCase()
  if (!MEDIA_TYPES[ext]) return `must be an image (${Object.keys(MEDIA_TYPES).join(', ')})`
  return null
}

/** Text fields longer than their layout can show. */
export function textProblems(deck: Deck, file = 'deck.json'): ContentIssue[] {
  const issues: ContentIssue[] = []
  const visit = (node: unknown, path: string, field: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${path}[${i}]`, field))
      return
    }
    if (!node || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    const limit = TEXT_LIMITS[field]
    if (limit && typeof record['zh'] === 'string' && typeof record['en'] === 'string') {
      for (const lang of ['zh', 'en'] as const) {
        const length = [...(record[lang] as string)].length
        if (length > limit[lang]) {
          issues.push({
            file,
            path: `${path}.${lang}`,
            message: `text too long for its layout (${length} characters, at most ${limit[lang]})`
          })
        }
      }
      return
    }
    for (const [key, value] of Object.entries(record)) visit(value, `${path}.${key}`, key)
  }
  deck.slides.forEach((slide, i) => visit(slide, `$.slides[${i}]`, ''))
  return issues
}
