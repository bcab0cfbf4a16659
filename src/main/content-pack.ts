/**
 * Content packs on disk: checks a folder (deck.json plus its media) and chooses which pack to
 * show — `--content=DIR`, then `content/` in the user-data folder, then the bundled pack — falling
 * through to the next good one whenever a pack has problems. No Electron here: the same module
 * backs the app, `npm run content:check` and `npm run web`.
 */
import {
  lstatSync,
  openSync,
  readFileSync,
  readSync,
  closeSync,
  realpathSync,
  statSync
} from 'node:fs'
import { join, relative, resolve, sep, isAbsolute } from 'node:path'
import { formatIssue, parseDeck, type ContentIssue, type Deck } from '@shared/content'
import { MEDIA_MAX_BYTES, mediaPathProblem, mediaRefs, textProblems } from '@shared/pack-rules'

export const DECK_FILE = 'deck.json'

export type PackCheck =
  | { ok: true; dir: string; deck: Deck; summary: string }
  | { ok: false; dir: string; problems: string[] }

/** The first bytes of each image type. */
const SIGNATURES: [ext: string[], test: (head: Buffer) => boolean][] = [
  [
    ['.png'],
    (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  ],
  [['.jpg', '.jpeg'], (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff],
  [
    ['.webp'],
    (h) => h.subarray(0, 4).toString() === 'RIFF' && h.subarray(8, 12).toString() === 'WEBP'
  ],
  [['.svg'], (h) => /<svg[\s>]/i.test(h.toString('utf8')) || /^\s*<\?xml/.test(h.toString('utf8'))]
]

function head(file: string, bytes = 512): Buffer {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const read = readSync(fd, buffer, 0, bytes, 0)
    return buffer.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

/** Checks one media reference of a pack; returns its problems. */
function checkMedia(dir: string, path: string, jsonPath: string): ContentIssue[] {
  const issue = (message: string, file = DECK_FILE, at = jsonPath): ContentIssue => ({
    file,
    path: at,
    message
  })
  const pathProblem = mediaPathProblem(path)
  if (pathProblem) return [issue(`"${path}" ${pathProblem}`)]
  const file = resolve(dir, path)
  let real: string
  try {
    lstatSync(file)
    real = realpathSync(file)
  } catch {
    return [issue(`"${path}" is missing from the pack`)]
  }
  if (!inside(realpathSync(dir), real)) return [issue(`"${path}" links to a file outside the pack`)]
  const stat = statSync(real)
  if (!stat.isFile()) return [issue(`"${path}" is not a file`)]
  if (stat.size > MEDIA_MAX_BYTES) {
    return [
      issue(
        `${(stat.size / 1048576).toFixed(1)} MB is over the ${MEDIA_MAX_BYTES / 1048576} MB limit`,
        path,
        '$'
      )
    ]
  }
  const ext = path.slice(path.lastIndexOf('.')).toLowerCase()
  const signature = SIGNATURES.find(([exts]) => exts.includes(ext))
  if (!signature || !signature[1](head(real)))
    return [issue(`is not a ${ext.slice(1)} image`, path, '$')]
  return []
}

/** Checks a content pack folder: its deck, its text and its media. */
export function checkPack(dir: string): PackCheck {
  const root = resolve(dir)
  let text: string
  try {
    if (!statSync(root).isDirectory())
      return { ok: false, dir: root, problems: [`${root}: $: is not a folder`] }
    text = readFileSync(join(root, DECK_FILE), 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    return {
      ok: false,
      dir: root,
      problems: [
        code === 'ENOENT'
          ? `${DECK_FILE}: $: missing (a pack needs a ${DECK_FILE})`
          : `${DECK_FILE}: $: cannot be read (${code})`
      ]
    }
  }
  const parsed = parseDeck(text, DECK_FILE)
  if (!parsed.ok) return { ok: false, dir: root, problems: parsed.issues.map(formatIssue) }
  const issues = [
    ...textProblems(parsed.deck, DECK_FILE),
    ...mediaRefs(parsed.deck).flatMap((ref) => checkMedia(root, ref.path, ref.jsonPath))
  ]
  if (issues.length) return { ok: false, dir: root, problems: issues.map(formatIssue) }
  const media = mediaRefs(parsed.deck).length
  return {
    ok: true,
    dir: root,
    deck: parsed.deck,
    summary: `${root}: ${parsed.deck.slides.length} slides, ${media} media file${media === 1 ? '' : 's'}, no problems`
  }
}

/** A pack the app may use, most wanted first. */
export interface PackCandidate {
  label: string
  dir: string
  /** Only look at it when the folder exists (the user-data folder's `content/`). */
  optional?: boolean
}

export interface PackChoice {
  /** The folder the app serves content from. */
  dir: string
  label: string
  /** Problems of the packs passed over, as `label: file: path: message`. */
  problems: string[]
}

/** Chooses the first good pack; the last candidate (the bundled pack) is the fallback. */
export function choosePack(
  candidates: readonly PackCandidate[],
  exists: (dir: string) => boolean
): PackChoice {
  const problems: string[] = []
  for (const [i, candidate] of candidates.entries()) {
    const last = i === candidates.length - 1
    if (candidate.optional && !exists(candidate.dir)) continue
    const check = checkPack(candidate.dir)
    if (check.ok || last) {
      if (!check.ok) problems.push(...check.problems.map((p) => `${candidate.label}: ${p}`))
      return { dir: check.dir, label: candidate.label, problems }
    }
    problems.push(...check.problems.map((p) => `${candidate.label}: ${p}`))
  }
  throw new Error('no content pack candidates')
}
