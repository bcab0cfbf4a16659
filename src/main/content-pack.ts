/**
 * Content packs on disk: checks a folder (deck.json plus its media) and chooses which pack to
 * show — `--content=DIR`, then `content/` in the user-data folder, then the bundled pack — falling
 * through to the next good one whenever a pack has problems. No Electron here: the same module
 * backs the app, `npm run content:check` and `npm run web`.
 */
import { openSync, readFileSync, readSync, readdirSync, closeSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { Worker } from 'node:worker_threads'
import { formatIssue, validateDeck, type ContentIssue, type Deck } from '@shared/content'
import {
  DECK_FILE,
  HEIC_MESSAGE,
  decodeDeck,
  deckLimitProblems,
  mediaPathProblem,
  mediaRefs,
  type MediaRef,
  packFileMaxBytes,
  packFileType,
  textProblems
} from '@shared/pack-rules'
import { resolvePackFile, type PackFile } from './pack-files'
import { SIGNATURE_FILE, verifyPack } from './pack-signing'

// What `npm run web` (scripts/serve.mjs) needs, from the one module it imports from the build.
export { resolvePackFile } from './pack-files'
export { PACK_RESPONSE_HEADERS, pageContentSecurityPolicy } from '@shared/pack-rules'
// For `npm run web`: the page with its prerendered first frame only for the deck it was drawn from.
export { servedPage } from './first-frame'
export { DECK_FILE }

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

const megabytes = (bytes: number): string => `${(bytes / 1048576).toFixed(1)} MB`

/** The checker's words for a pack file the hosts would not serve (null when they would). */
function refusal(found: PackFile, path: string): { message: string; inFile: boolean } | null {
  if (found.ok) return null
  switch (found.reason) {
    case 'type':
      return { message: `"${path}" is not a file a pack may serve`, inFile: false }
    case 'missing':
      return { message: `"${path}" is missing from the pack`, inFile: false }
    case 'outside':
      return { message: `"${path}" links to a file outside the pack`, inFile: false }
    case 'not-file':
      return { message: `"${path}" is not a file`, inFile: false }
    case 'too-big':
      return {
        message: `${megabytes(found.size ?? 0)} is over the ${packFileMaxBytes(path) / 1048576} MB limit`,
        inFile: true
      }
  }
}

/** HEIC/HEIF (an ISO media file of a HEIF brand), whatever its name says. */
const isHeic = (h: Buffer): boolean =>
  h.subarray(4, 8).toString('latin1') === 'ftyp' &&
  /^(?:heic|heix|heim|heis|hevc|hevx|hevm|hevs|mif1|msf1)$/.test(
    h.subarray(8, 12).toString('latin1')
  )

/** A file name as compared by Windows and macOS: letter case and Unicode form ignored. */
const folded = (name: string): string => name.normalize('NFC').toLowerCase()

/**
 * The `media/<name>` of the file a media path names, as it is written on disk: the path itself
 * when a file has exactly that name; else the name of a file that differs only in letter case or
 * Unicode form (which Windows and macOS would open, and the Linux kiosk would not); else null.
 * Read from the folder listing, so the answer is the same on every system.
 */
function nameOnDisk(dir: string, path: string): string | null {
  const name = path.slice(path.indexOf('/') + 1)
  let names: string[]
  try {
    names = readdirSync(join(dir, 'media'))
  } catch {
    return null
  }
  if (names.includes(name)) return path
  const near = names.find((n) => folded(n) === folded(name))
  return near === undefined ? null : `media/${near}`
}

/** Why a media path that differs from the file's name only in case or Unicode form is refused. */
function nearNameMessage(path: string, onDisk: string): string {
  if (path.normalize('NFC') !== onDisk.normalize('NFC'))
    return (
      `"${path}" differs from the file "${onDisk}" in capital letters: Windows and macOS ignore ` +
      'that, the Linux kiosk does not and would not find the photo; write the name exactly as ' +
      'the file is named'
    )
  return (
    `"${path}" and the file "${onDisk}" look alike but are written with different Unicode ` +
    'characters (an accent stored as a separate mark, as macOS names files): the Linux kiosk ' +
    'would not find the photo; retype the name in deck.json, or rename the file'
  )
}

/** Checks one media reference of a pack; returns its problems. */
function checkMedia(dir: string, { path, jsonPath, slide }: MediaRef): ContentIssue[] {
  const issue = (message: string): ContentIssue => ({
    file: DECK_FILE,
    path: jsonPath,
    slide,
    message
  })
  const inFile = (message: string): ContentIssue => ({ file: path, path: '$', message })
  const pathProblem = mediaPathProblem(path)
  if (pathProblem === HEIC_MESSAGE) return [issue(`"${path}": ${HEIC_MESSAGE}`)]
  if (pathProblem) return [issue(`"${path}" ${pathProblem}`)]
  if (!packFileType(path)) return [issue(`"${path}" is not a file a pack may serve`)]
  const found = resolvePackFile(dir, path)
  // The name must be the file's letter for letter, on every system the check runs on.
  const onDisk = found.ok || found.reason === 'missing' ? nameOnDisk(dir, path) : path
  if (onDisk !== null && onDisk !== path) return [issue(nearNameMessage(path, onDisk))]
  const refused = refusal(found, path)
  if (refused) return [refused.inFile ? inFile(refused.message) : issue(refused.message)]
  if (!found.ok) return []
  const real = found.file
  const ext = path.slice(path.lastIndexOf('.')).toLowerCase()
  const signature = SIGNATURES.find(([exts]) => exts.includes(ext))
  const bytes = head(real)
  if (isHeic(bytes)) return [inFile(`is a HEIC photo named ${ext}: ${HEIC_MESSAGE}`)]
  if (!signature || !signature[1](bytes)) return [inFile(`is not a ${ext.slice(1)} image`)]
  return []
}

/** Checks a content pack folder: its deck, its text and its media. */
export function checkPack(dir: string): PackCheck {
  const root = resolve(dir)
  const fail = (message: string, path = '$'): PackCheck => ({
    ok: false,
    dir: root,
    problems: [formatIssue({ file: DECK_FILE, path, message })]
  })
  try {
    if (!statSync(root).isDirectory())
      return { ok: false, dir: root, problems: [`${root}: $: is not a folder`] }
  } catch (err) {
    return fail(`cannot be read (${(err as NodeJS.ErrnoException).code})`)
  }
  // deck.json is found exactly as the hosts find it: real path inside the pack, under its cap.
  const found = resolvePackFile(root, DECK_FILE)
  if (!found.ok) {
    if (found.reason === 'missing') return fail(`missing (a pack needs a ${DECK_FILE})`)
    const refused = refusal(found, DECK_FILE)
    return fail(refused!.message.replace(`"${DECK_FILE}" `, ''))
  }
  let bytes: Buffer
  try {
    bytes = readFileSync(found.file)
  } catch (err) {
    return fail(`cannot be read (${(err as NodeJS.ErrnoException).code})`)
  }
  const decoded = decodeDeck(bytes)
  if (!decoded.ok) return fail('is not UTF-8 text (save it as UTF-8)')
  let data: unknown
  try {
    data = JSON.parse(decoded.text)
  } catch (err) {
    return fail(`not valid JSON (${(err as Error).message})`)
  }
  const limits = deckLimitProblems(data, DECK_FILE)
  if (limits.length) return { ok: false, dir: root, problems: limits.map(formatIssue) }
  const parsed = validateDeck(data, DECK_FILE)
  if (!parsed.ok) return { ok: false, dir: root, problems: parsed.issues.map(formatIssue) }
  const issues = [
    ...textProblems(parsed.deck, DECK_FILE),
    ...mediaRefs(parsed.deck).flatMap((ref) => checkMedia(root, ref))
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
  exists: (dir: string) => boolean,
  check: (dir: string) => PackCheck = checkPack
): PackChoice {
  const problems: string[] = []
  for (const [i, candidate] of candidates.entries()) {
    const last = i === candidates.length - 1
    if (candidate.optional && !exists(candidate.dir)) continue
    const result = check(candidate.dir)
    if (result.ok || last) {
      if (!result.ok) problems.push(...result.problems.map((p) => `${candidate.label}: ${p}`))
      return { dir: result.dir, label: candidate.label, problems }
    }
    problems.push(...result.problems.map((p) => `${candidate.label}: ${p}`))
  }
  throw new Error('no content pack candidates')
}

/**
 * {@link checkPack}, and with trusted keys, the pack must first be signed by one of them and
 * unchanged since (see pack-signing.ts); the pack's digest comes with a good result.
 */
export function checkTrustedPack(dir: string, publicKeys: readonly string[]): PackCheck {
  if (publicKeys.length) {
    const verdict = verifyPack(dir, publicKeys)
    if (!verdict.ok)
      return { ok: false, dir: resolve(dir), problems: [`${SIGNATURE_FILE}: ${verdict.reason}`] }
  }
  return checkPack(dir)
}

/** Longest a pack check may take on its worker before it is given up (and the pack refused). */
export const CHECK_TIMEOUT_MS = 30_000
/** Heap a pack check may use on its worker: a hostile deck exhausts the worker, not the app. */
const CHECK_HEAP_MB = 256

/** The built worker beside this module (out/main/pack-worker.js). */
const DEFAULT_WORKER = new URL('./pack-worker.js', import.meta.url)

/**
 * Runs {@link checkPack} on a worker thread, so reading and parsing a pack never blocks the main
 * process (the show, IPC, the protocol). A worker that fails or runs out of memory while checking,
 * or takes longer than {@link CHECK_TIMEOUT_MS}, refuses the pack: the result is a problem, never a
 * throw. A worker that cannot start at all (no build beside this module, as under the unit tests)
 * is not the pack's fault: the check then runs here, as it did before workers.
 */
export function checkPackInWorker(
  dir: string,
  workerFile: string | URL = DEFAULT_WORKER,
  publicKeys: readonly string[] = []
): Promise<PackCheck> {
  const root = resolve(dir)
  return new Promise((done) => {
    const fail = (why: string) =>
      done({ ok: false, dir: root, problems: [`${DECK_FILE}: $: could not be checked (${why})`] })
    let worker: Worker
    try {
      worker = new Worker(workerFile, {
        workerData: { dir: root, publicKeys: [...publicKeys] },
        resourceLimits: { maxOldGenerationSizeMb: CHECK_HEAP_MB }
      })
    } catch {
      done(checkTrustedPack(root, publicKeys))
      return
    }
    const timer = setTimeout(() => {
      fail(`took longer than ${CHECK_TIMEOUT_MS / 1000} s`)
      void worker.terminate()
    }, CHECK_TIMEOUT_MS)
    worker.once('message', (result: PackCheck) => {
      clearTimeout(timer)
      done(result)
    })
    worker.once('error', (err) => {
      clearTimeout(timer)
      // Failing to load the worker's own code says nothing about the pack.
      const code = (err as NodeJS.ErrnoException).code
      if (code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND')
        done(checkTrustedPack(root, publicKeys))
      else fail(err.message)
    })
    worker.once('exit', (code) => {
      clearTimeout(timer)
      fail(`the checker stopped with code ${code}`)
    })
  })
}

/** {@link choosePack} with each pack checked on a worker thread. */
export async function choosePackInWorker(
  candidates: readonly PackCandidate[],
  exists: (dir: string) => boolean,
  workerFile?: string | URL,
  /** Trusted keys for every candidate but the last (the bundled pack ships inside the app). */
  publicKeys: readonly string[] = []
): Promise<PackChoice> {
  const checks = new Map<string, PackCheck>()
  for (const [i, candidate] of candidates.entries()) {
    if (candidate.optional && !exists(candidate.dir)) continue
    const keys = i === candidates.length - 1 ? [] : publicKeys
    const check = await checkPackInWorker(candidate.dir, workerFile, keys)
    checks.set(candidate.dir, check)
    if (check.ok) break
  }
  return choosePack(candidates, exists, (dir) => checks.get(dir) ?? checkPack(dir))
}
