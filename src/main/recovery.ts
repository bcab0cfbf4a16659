/**
 * Crash recovery of the show window: a crashed or hung renderer is reloaded at the slide it was
 * on; past the crash budget the app relaunches itself; when relaunches keep failing it shows a calm
 * error slide instead of flickering. Also the daily reload at a quiet hour, only while the
 * attract loop plays.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { app, type BrowserWindow } from 'electron'
import type { AppConfig } from '@shared/app-config'
import type { ShowState } from '@shared/ipc'
import { log } from './logging'
import {
  RELAUNCH_WINDOW_MS,
  judgeCrash,
  msUntilHour,
  parseRelaunches,
  relaunchArgs
} from './recovery-rules'

/** How long a renderer may hang before it is crashed on purpose (and so recovered). */
export const UNRESPONSIVE_GRACE_MS = 10_000
/** How often the daily reload looks again while someone is using the kiosk. */
const DAILY_RELOAD_RETRY_MS = 60_000

/** Renderer crashes and hangs recovered since start, for the status file. */
let recovered = 0

/** What recovery has done: crashes since start, and relaunches in the last hour (from disk). */
export function recoveryCounts(): { crashesSinceStart: number; relaunchesLastHour: number } {
  let relaunches: number[]
  try {
    relaunches = parseRelaunches(
      readFileSync(join(app.getPath('userData'), 'recovery.json'), 'utf8')
    )
  } catch {
    relaunches = []
  }
  const now = Date.now()
  return {
    crashesSinceStart: recovered,
    relaunchesLastHour: relaunches.filter((t) => now - t < RELAUNCH_WINDOW_MS).length
  }
}

export interface RecoveryOptions {
  config: AppConfig
  /** The page to load, given the slide to open (`null` for the first). */
  pageUrl(slideId: string | null, halted?: boolean): string
  /** The last state the renderer reported. */
  state(): ShowState | null
}

export function setupRecovery(win: BrowserWindow, options: RecoveryOptions): void {
  const { config } = options
  const file = join(app.getPath('userData'), 'recovery.json')
  const read = (): number[] => {
    try {
      return parseRelaunches(readFileSync(file, 'utf8'))
    } catch {
      return []
    }
  }
  let crashes: number[] = []
  const contents = win.webContents

  const recover = (why: string): void => {
    recovered += 1
    const now = Date.now()
    const relaunches = read()
    const judged = judgeCrash(now, crashes, relaunches, {
      budget: config.crashBudget,
      windowMs: config.crashWindowSeconds * 1000,
      relaunchLimit: config.relaunchLimit
    })
    crashes = judged.crashes
    const slide = options.state()?.slideId ?? null
    log.error(`[recovery] renderer ${why}; ${judged.verdict} (slide ${slide ?? 'first'})`)
    if (judged.verdict === 'reload') {
      void win.loadURL(options.pageUrl(slide))
    } else if (judged.verdict === 'relaunch') {
      const kept = relaunches.filter((t) => now - t < RELAUNCH_WINDOW_MS)
      writeFileSync(file, JSON.stringify({ relaunches: [...kept, now] }))
      // With its mode pinned: a kiosk comes back as a kiosk (the program's default is a window).
      app.relaunch({ args: relaunchArgs(process.argv.slice(1), config.mode) })
      app.exit(0)
    } else {
      void win.loadURL(options.pageUrl(null, true))
    }
  }

  contents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return
    recover(`gone (${details.reason})`)
  })

  let hangTimer: ReturnType<typeof setTimeout> | undefined
  win.on('unresponsive', () => {
    clearTimeout(hangTimer)
    hangTimer = setTimeout(() => contents.forcefullyCrashRenderer(), UNRESPONSIVE_GRACE_MS)
  })
  win.on('responsive', () => clearTimeout(hangTimer))

  if (config.dailyReloadHour !== null) {
    const hour = config.dailyReloadHour
    const attempt = (): void => {
      if (win.isDestroyed()) return
      const state = options.state()
      if (state?.attract) {
        log.info('[recovery] daily reload')
        void win.loadURL(options.pageUrl(null))
        schedule()
      } else if (new Date().getHours() === hour) {
        setTimeout(attempt, DAILY_RELOAD_RETRY_MS)
      } else schedule()
    }
    const schedule = (): void => {
      setTimeout(attempt, msUntilHour(new Date(), hour))
    }
    schedule()
  }
}
