/**
 * Which content the app shows, and keeping it fresh (no Electron here, so it is tested with real
 * files): `--content=DIR`, then `content/` in the
 * user-data folder, then the bundled pack — the first that passes the checker. Only the pack
 * folders are watched (never the rest of user data, where logs, analytics and Chromium's profile
 * are written all the time); a change whose content differs from what is shown is checked and
 * applied at the next return to the attract loop, so a visitor is never interrupted.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, watch, type FSWatcher } from 'node:fs'
import { basename, join, relative } from 'node:path'
import { choosePackInWorker, type PackCandidate, type PackChoice } from './content-pack'

/** Quiet time after the last file change before a pack is checked again. */
const SETTLE_MS = 1500
/** Files hashed at most per pack (a real pack has a few dozen). */
const HASH_MAX_FILES = 2000

export interface ContentSource {
  /** The pack being served now. */
  current(): PackChoice
  /** A short digest of the shown pack's files: its version, as monitoring sees it. */
  version(): string
  /** Applies a checked newer pack, if one is waiting; returns whether it did. */
  applyPending(): boolean
  dispose(): void
}

/** Where the content module reports (electron-log in the app, anything in tests). */
export interface ContentLogger {
  info(message: string): void
  warn(message: string): void
}

/**
 * A digest of what a pack folder holds: every file's path and bytes (dot-files skipped, as the
 * hosts never serve them). Equal digests mean the visitor would see the same show.
 */
export function packDigest(dir: string): string {
  const hash = createHash('sha256')
  const files: string[] = []
  const walk = (folder: string): void => {
    let entries
    try {
      entries = readdirSync(folder, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.') || files.length >= HASH_MAX_FILES) continue
      const path = join(folder, entry.name)
      if (entry.isDirectory()) walk(path)
      else files.push(path)
    }
  }
  walk(dir)
  for (const file of files) {
    hash.update(relative(dir, file)).update('\0')
    try {
      hash.update(readFileSync(file))
    } catch {
      hash.update('unreadable')
    }
    hash.update('\0')
  }
  return hash.digest('hex')
}

/** What is shown: the choice, and the digest of its folder at the time it was chosen. */
interface Shown {
  choice: PackChoice
  digest: string
}

/** Chooses the pack and watches the pack folders (no Electron: unit-tested with real files). */
export async function watchContent(
  configured: string | null,
  userData: string,
  bundled: string,
  log: ContentLogger,
  settleMs = SETTLE_MS,
  publicKeys: readonly string[] = []
): Promise<ContentSource> {
  const userPack = join(userData, 'content')
  const candidates: PackCandidate[] = [
    ...(configured ? [{ label: '--content', dir: configured }] : []),
    { label: 'user data', dir: userPack, optional: true },
    { label: 'bundled', dir: bundled }
  ]
  // Packs are read, parsed and (with trusted keys) verified on a worker thread. With keys, a
  // pack from outside the app must be signed by one of them, unchanged since; the bundled pack
  // ships inside the (signed) app.
  const choose = async (): Promise<Shown> => {
    const choice = await choosePackInWorker(candidates, existsSync, undefined, publicKeys)
    for (const problem of choice.problems) log.warn(`[content] ${problem}`)
    return { choice, digest: packDigest(choice.dir) }
  }
  let current = await choose()
  log.info(`[content] showing ${current.choice.label} (${current.choice.dir})`)
  let pending: Shown | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  const packWatchers = new Map<string, FSWatcher>()
  const folderWatchers: FSWatcher[] = []

  /** Checks run one after another, never two at once. */
  let checking = Promise.resolve()
  const recheck = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      checking = checking.then(check)
    }, settleMs)
  }
  const check = async (): Promise<void> => {
    watchPacks()
    const next = await choose()
    const label = `${next.choice.label} (${next.choice.dir})`
    if (next.choice.dir === current.choice.dir && next.digest === current.digest) {
      pending = null
      log.info(`[content] checked ${label}: unchanged`)
    } else {
      pending = next
      log.info(`[content] ${label} changed; it waits for the attract loop`)
    }
  }

  /** Watches each pack folder that exists now (a folder can appear or go while running). */
  const watchPacks = (): void => {
    for (const dir of [configured, userPack]) {
      if (!dir) continue
      const watched = packWatchers.get(dir)
      if (existsSync(dir) === !!watched) continue
      if (watched) {
        watched.close()
        packWatchers.delete(dir)
        continue
      }
      try {
        packWatchers.set(dir, watch(dir, { recursive: true }, recheck))
      } catch (err) {
        log.warn(`[content] cannot watch ${dir}: ${String(err)}`)
      }
    }
  }
  watchPacks()
  // The pack folders' parents, not recursively, and only for the pack folder itself appearing,
  // disappearing or being swapped (a USB update renames a new folder into place).
  for (const dir of [configured, userPack]) {
    if (!dir) continue
    const name = basename(dir)
    try {
      folderWatchers.push(
        watch(join(dir, '..'), (_event, file) => {
          if (file !== name) return
          // A swapped folder is a new folder: watch it afresh.
          packWatchers.get(dir)?.close()
          packWatchers.delete(dir)
          recheck()
        })
      )
    } catch (err) {
      log.warn(`[content] cannot watch ${join(dir, '..')}: ${String(err)}`)
    }
  }

  return {
    current: () => current.choice,
    version: () => current.digest.slice(0, 12),
    applyPending() {
      if (!pending) return false
      current = pending
      pending = null
      log.info(`[content] showing ${current.choice.label} (${current.choice.dir})`)
      return true
    },
    dispose() {
      clearTimeout(timer)
      for (const w of [...packWatchers.values(), ...folderWatchers]) w.close()
      packWatchers.clear()
    }
  }
}
