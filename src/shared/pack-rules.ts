/**
 * Content-pack rules beyond the schema: text that is far too long for its layout, and media
 * references that would leave the pack. Pure TypeScript (the file checks live in src/main).
 */
import { MEDIA_PATH, nameSlides, type ContentIssue, type Deck } from './content'
import directives from './content-security-policy.json'

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
  /** The id of the slide that shows it. */
  slide: string
}

/** Every media path the deck refers to. */
export function mediaRefs(deck: Deck): MediaRef[] {
  const refs: MediaRef[] = []
  deck.slides.forEach((slide, i) => {
    if (slide.type === 'story' && slide.image) {
      refs.push({ path: slide.image, jsonPath: `$.slides[${i}].image`, slide: slide.id })
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
  if (HEIC_EXTENSIONS.includes(ext)) return HEIC_MESSAGE
  if (!MEDIA_TYPES[ext]) return `must be an image (${Object.keys(MEDIA_TYPES).join(', ')})`
  return null
}

/** The extensions of HEIC/HEIF photos, the iPhone's default, which Chromium cannot show. */
const HEIC_EXTENSIONS = ['.heic', '.heif', '.hif']

/** What the checker says of a HEIC photo, by name or by content. */
export const HEIC_MESSAGE =
  'HEIC photos are not supported: export as JPEG (see "Photos" in docs/content-packs.md) and ' +
  'name the .jpg file in deck.json'

/**
 * The URL a pack file is fetched at, relative to the page: each part of the path
 * percent-encoded, so that a photo named `校园 1#.jpg` reaches the host as that name.
 */
export function packFileUrl(path: string): string {
  return `content/${path.split('/').map(encodeURIComponent).join('/')}`
}

/** Text fields longer than their layout can show. */
export function textProblems(deck: Deck, file = 'deck.json'): ContentIssue[] {
  const issues: ContentIssue[] = []
  let slideId = ''
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
            slide: slideId,
            message: `text too long for its layout (${length} characters, at most ${limit[lang]})`
          })
        }
      }
      return
    }
    for (const [key, value] of Object.entries(record)) visit(value, `${path}.${key}`, key)
  }
  deck.slides.forEach((slide, i) => {
    slideId = slide.id
    visit(slide, `$.slides[${i}]`, '')
  })
  return issues
}

/** The one file every pack has. */
export const DECK_FILE = 'deck.json'

/**
 * Largest `deck.json` (2 MB). The bundled deck of 34 slides is about 70 KB; anything near the cap
 * is not a slideshow, and the checker refuses it before reading a byte.
 */
export const DECK_MAX_BYTES = 2 * 1024 * 1024
/** Most slides in a deck (200): the bundled deck has 34; 200 at 8 s each is a 27-minute loop. */
export const MAX_SLIDES = 200
/**
 * Longest string anywhere in `deck.json`, known field or not (10,000 characters): presenter notes,
 * the longest text, may hold 4,000; the longest bundled string is about 400.
 */
export const MAX_STRING_LENGTH = 10_000
/** Deepest nesting of arrays and objects in `deck.json` (a deck needs about 8 levels). */
export const MAX_DEPTH = 32

/**
 * Headers of every response served from a pack, in every host: `sandbox` gives a pack file an
 * opaque origin of its own (an SVG with a script, opened top-level, runs nothing and reaches
 * nothing of the app), and `nosniff` keeps the browser to the declared type.
 */
export const PACK_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': 'sandbox',
  'x-content-type-options': 'nosniff',
  // A pack can change while the app runs: always asked for again, never a stale copy (this is
  // also what lets index.html preload deck.json with an ordinary request).
  'cache-control': 'no-cache'
}

/**
 * The Content-Security-Policy of the app's own pages (every response that is not a pack file),
 * for the origin they are served from (`app://bundle` in Electron, `http://host:port` for
 * `npm run web`). Scripts come only from the build's `assets/` folder, never from anywhere else
 * on the origin (so never from a pack).
 */
export function pageContentSecurityPolicy(origin: string): string {
  return directives.map((d) => d.replaceAll('{origin}', origin)).join('; ')
}

/**
 * The content type a pack file is served as, or null when a pack may not serve it: only
 * `deck.json` and `media/<name>` with an image type the schema allows. Hidden files, scripts,
 * pages, sub-folders and anything else are refused. Both hosts (the Electron protocol and
 * `npm run web`) and the checker decide with this one function.
 */
export function packFileType(path: string): string | null {
  if (path === DECK_FILE) return 'application/json; charset=utf-8'
  if (!MEDIA_PATH.test(path) || mediaPathProblem(path)) return null
  return MEDIA_TYPES[path.slice(path.lastIndexOf('.')).toLowerCase()] ?? null
}

/** The largest a servable pack file may be (see {@link packFileType}). */
export function packFileMaxBytes(path: string): number {
  return path === DECK_FILE ? DECK_MAX_BYTES : MEDIA_MAX_BYTES
}

/**
 * Decodes `deck.json` bytes as the renderer's `fetch().json()` does (UTF-8, a leading BOM
 * dropped), but fatally: bytes in another encoding (GBK, Latin-1) are refused, not turned into
 * replacement characters on screen.
 */
export function decodeDeck(bytes: Uint8Array): { ok: true; text: string } | { ok: false } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    return { ok: false }
  }
}

/**
 * Limits no real deck reaches, checked on the parsed JSON before the schema: slide count, string
 * length (in every field, known or not) and nesting depth. Iterative, so hostile nesting cannot
 * overflow the stack. Returns the first problem only: one is enough to refuse the pack.
 */
export function deckLimitProblems(data: unknown, file = DECK_FILE): ContentIssue[] {
  return nameSlides(firstLimitProblem(data, file), data)
}

function firstLimitProblem(data: unknown, file: string): ContentIssue[] {
  const slides = (data as { slides?: unknown } | null)?.slides
  if (Array.isArray(slides) && slides.length > MAX_SLIDES) {
    return [
      {
        file,
        path: '$.slides',
        message: `${slides.length.toLocaleString('en')} slides is over the limit of ${MAX_SLIDES}`
      }
    ]
  }
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: data, path: '$', depth: 0 }
  ]
  while (stack.length) {
    const { value, path, depth } = stack.pop()!
    if (typeof value === 'string' && value.length > MAX_STRING_LENGTH) {
      const n = (x: number) => x.toLocaleString('en')
      return [
        {
          file,
          path,
          message: `text of ${n(value.length)} characters is over the limit of ${n(MAX_STRING_LENGTH)}`
        }
      ]
    }
    if (!value || typeof value !== 'object') continue
    if (depth >= MAX_DEPTH)
      return [{ file, path, message: `nested deeper than ${MAX_DEPTH} levels` }]
    const entries = Array.isArray(value)
      ? value.map((item, i) => [`[${i}]`, item] as const)
      : Object.entries(value).map(([key, item]) => [`.${key}`, item] as const)
    for (let i = entries.length - 1; i >= 0; i--) {
      const [step, item] = entries[i]!
      stack.push({ value: item, path: `${path}${step}`, depth: depth + 1 })
    }
  }
  return []
}
