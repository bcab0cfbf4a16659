/**
 * `status.json`: what a hall's monitoring wants to know, written every minute and whenever the
 * show's state changes — to the user-data folder and, if configured, to a second folder that
 * monitoring tools read (a network share, say). Written atomically (a temporary file, then a
 * rename), so a reader never sees half a file. A folder that cannot be written is logged once
 * and tried again later; it never affects the show.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'
import type { AppContext } from './app-context'
import { log, recentProblems } from './logging'
import { recoveryCounts } from './recovery'

/** How often the status is written even when nothing changes. */
export const STATUS_EVERY_MS = 60_000
/** Quiet time after a state change before writing (slides change every few seconds). */
const STATUS_SETTLE_MS = 1000

/** What `status.json` holds (documented in the README, "Status file"). */
export interface StatusReport {
  app: { name: string; version: string }
  writtenAt: string
  uptimeSeconds: number
  content: { source: string; signature: string; version: string | null }
  hours: { open: boolean; text: string }
  show: { slideId: string | null; attract: boolean | null }
  recovery: { crashesSinceStart: number; relaunchesLastHour: number }
  lastError: string | null
  visitorSessionsToday: number | null
}

export interface StatusSources {
  content: { describe(): string; signature(): string; version(): string }
  hours: { open(): boolean; describe(): string }
  /** Today's visitor sessions (from the analytics store), or null when unknown. */
  sessionsToday(): Promise<number | null>
}

/** Writes `text` to `folder/status.json` atomically. */
export function writeAtomically(folder: string, text: string): void {
  mkdirSync(folder, { recursive: true })
  const file = join(folder, 'status.json')
  writeFileSync(`${file}.tmp`, text)
  renameSync(`${file}.tmp`, file)
}

export function setupStatus(
  ctx: Pick<AppContext, 'config' | 'showState' | 'onShowState'>,
  sources: StatusSources
): { report(): Promise<StatusReport>; write(): Promise<void> } {
  const started = Date.now()
  const folders = [
    app.getPath('userData'),
    ...(ctx.config.statusFolder ? [ctx.config.statusFolder] : [])
  ]
  /** Folders whose failure was logged already (logged again only after they work once). */
  const failing = new Set<string>()

  const report = async (): Promise<StatusReport> => {
    const state = ctx.showState()
    const problems = recentProblems()
    return {
      app: { name: app.getName(), version: app.getVersion() },
      writtenAt: new Date().toISOString(),
      uptimeSeconds: Math.round((Date.now() - started) / 1000),
      content: {
        source: sources.content.describe(),
        signature: sources.content.signature(),
        version: sources.content.version()
      },
      hours: { open: sources.hours.open(), text: sources.hours.describe() },
      show: { slideId: state?.slideId ?? null, attract: state?.attract ?? null },
      recovery: recoveryCounts(),
      lastError: problems[0] ?? null,
      visitorSessionsToday: await sources.sessionsToday().catch(() => null)
    }
  }
  const write = async (): Promise<void> => {
    const text = `${JSON.stringify(await report(), null, 2)}\n`
    for (const folder of folders) {
      try {
        writeAtomically(folder, text)
        failing.delete(folder)
      } catch (err) {
        if (!failing.has(folder))
          log.warn(`[status] cannot write ${folder}: ${String(err)}; will retry`)
        failing.add(folder)
      }
    }
  }

  let timer: ReturnType<typeof setTimeout> | undefined
  const soon = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => void write(), STATUS_SETTLE_MS)
  }
  ctx.onShowState(soon)
  setInterval(() => void write(), STATUS_EVERY_MS).unref?.()
  void write()
  return { report, write }
}
