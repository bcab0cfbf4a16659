/**
 * Which content the app shows, and keeping it fresh: `--content=DIR`, then `content/` in the
 * user-data folder, then the bundled pack — the first that passes the checker. A valid change to
 * a pack folder is picked up while running and applied at the next return to the attract loop,
 * so a visitor is never interrupted.
 */
import { existsSync, watch, type FSWatcher } from 'node:fs'
import { join } from 'node:path'
import { choosePack, type PackCandidate, type PackChoice } from './content-pack'

/** Quiet time after the last file change before a pack is checked again. */
const SETTLE_MS = 1500

export interface ContentSource {
  /** The pack being served now. */
  current(): PackChoice
  /** Applies a checked newer pack, if one is waiting; returns whether it did. */
  applyPending(): boolean
  dispose(): void
}

/** Where the content module reports (electron-log in the app, anything in tests). */
export interface ContentLogger {
  info(message: string): void
  warn(message: string): void
}

export function setupContent(
  configured: string | null,
  userData: string,
  bundled: string,
  log: ContentLogger,
  settleMs = SETTLE_MS
): ContentSource {
  const candidates: PackCandidate[] = [
    ...(configured ? [{ label: '--content', dir: configured }] : []),
    { label: 'user data', dir: join(userData, 'content'), optional: true },
    { label: 'bundled', dir: bundled }
  ]
  const choose = (): PackChoice => {
    const choice = choosePack(candidates, existsSync)
    for (const problem of choice.problems) log.warn(`[content] ${problem}`)
    log.info(`[content] showing ${choice.label} (${choice.dir})`)
    return choice
  }
  let current = choose()
  let pending: PackChoice | null = null
  let timer: ReturnType<typeof setTimeout> | undefined
  const watchers: FSWatcher[] = []

  const recheck = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      const next = choose()
      // Any valid change (or a pack becoming valid) waits for the attract loop.
      if (next.problems.length === 0 || next.dir !== current.dir) pending = next
    }, settleMs)
  }
  for (const dir of [configured, userData].filter((d): d is string => !!d)) {
    try {
      watchers.push(watch(dir, { recursive: true }, recheck))
    } catch (err) {
      log.warn(`[content] cannot watch ${dir}: ${String(err)}`)
    }
  }

  return {
    current: () => current,
    applyPending() {
      if (!pending) return false
      current = pending
      pending = null
      return true
    },
    dispose() {
      clearTimeout(timer)
      for (const w of watchers) w.close()
    }
  }
}
