/**
 * The renderer's one door to whatever hosts it. Inside Electron it uses the preload's
 * `window.host`; in a plain browser (`npm run web`) it falls back to the page URL, so the same
 * bundle runs in both.
 */
import { SHOW_OPTIONS, type ShowConfig } from '@shared/config'
import { APP_MODES, checkOption, option, type AppMode } from '@shared/options'
import { describeSchedule, scheduleState, type Schedule } from '@shared/schedule'
import type { Lang } from '@shared/content'
import { printRequest } from './print-request.svelte'
import {
  csvFileName,
  eventsIn,
  summarize,
  toCsv,
  type AnalyticsEvent,
  type DayRange
} from '@shared/analytics'
import {
  ADMIN_UNLOCK_MS,
  type AdminAction,
  type AnalyticsStatusReply,
  type HostInfo,
  type PresentationState,
  type RendererLogEntry,
  type ShowState,
  type UnlockResult
} from '@shared/ipc'

function browserInfo(): HostInfo {
  const params = new URLSearchParams(location.search)
  // Show options a browser URL may override (`?idle=20&slide=5`), as the registry declares them;
  // resolveShowConfig checks the values.
  const showOverrides = Object.fromEntries(
    SHOW_OPTIONS.flatMap((spec) => {
      const raw = spec.url === undefined ? null : params.get(spec.url)
      return raw === null ? [] : [[spec.key, raw]]
    })
  ) as Partial<Record<keyof ShowConfig, unknown>>
  return {
    host: 'browser',
    mode: APP_MODES.includes(params.get('mode') as AppMode)
      ? (params.get('mode') as AppMode)
      : params.has('kiosk')
        ? 'kiosk'
        : 'windowed',
    version: import.meta.env.VITE_APP_VERSION ?? 'dev',
    showOverrides,
    adminPin: browserPin() === null ? (params.has('adminPin') ? 'invalid' : 'not-set') : 'set'
  }
}

/**
 * The browser build's admin PIN: `?adminPin=NNNNNN` (6–12 digits) in the URL a browser kiosk is
 * started with. There is no default: without it the admin escape is disabled, as in Electron.
 */
function browserPin(): string | null {
  const pin = new URLSearchParams(location.search).get('adminPin')
  return pin !== null && /^[0-9]{6,12}$/.test(pin) ? pin : null
}

/** Mode, version and option overrides of the host. */
export async function hostInfo(): Promise<HostInfo> {
  if (window.host) {
    try {
      return await window.host.info()
    } catch (err) {
      console.warn('host info unavailable, using browser defaults', err)
    }
  }
  return browserInfo()
}

/** Reports a problem to the host's log (and the console). */
export function logProblem(entry: RendererLogEntry): void {
  if (entry.level === 'error') console.error(entry.message)
  else console.warn(entry.message)
  window.host?.log(entry)
}

/** Tells the host which slide is up and whether the attract loop plays (Electron only). */
export function reportState(state: ShowState): void {
  window.host?.reportState(state)
}

/** Until when the browser build's admin is unlocked (Date.now()); 0 when locked. */
let browserUnlockedUntil = 0

/** Whether the browser build's admin is unlocked now (as the app's main process keeps it). */
const browserUnlocked = (): boolean => Date.now() <= browserUnlockedUntil

/**
 * Checks an admin PIN with the host. The browser build checks the `?adminPin=` it was started
 * with, and keeps the unlock for {@link ADMIN_UNLOCK_MS} like the app; its panel can only reload.
 */
export async function adminUnlock(pin: string): Promise<UnlockResult> {
  if (window.host) return window.host.adminUnlock(pin)
  const expected = browserPin()
  if (expected === null) return { ok: false, reason: 'pin-not-set' }
  if (pin !== expected) return { ok: false, reason: 'wrong-pin' }
  browserUnlockedUntil = Date.now() + ADMIN_UNLOCK_MS
  return {
    ok: true,
    status: {
      version: import.meta.env.VITE_APP_VERSION ?? 'dev',
      mode: 'windowed',
      pin: 'set',
      contentSource: 'bundled (browser)',
      contentSignature: 'packs not signed (browser build)',
      hours: browserHours(),
      statusFile: 'not written (browser build)',
      reachBand: Number(new URLSearchParams(location.search).get('reach-band') ?? 0.5),
      uptimeSeconds: Math.round(performance.now() / 1000),
      recentErrors: []
    }
  }
}

/** The browser build's opening hours line, from `?schedule=` (the same words as the app's). */
function browserHours(): string {
  const raw = new URLSearchParams(location.search).get('schedule')
  if (raw === null) return 'always open (no schedule)'
  const checked = checkOption(option('schedule'), raw)
  if (!checked.ok || !checked.value) return `?schedule= not understood: ${raw}`
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
  const now = Date.now()
  return describeSchedule(scheduleState(checked.value as Schedule, now, zone), now, zone)
}

/** Ends this window's admin unlock (the panel closed). */
export function adminLock(): void {
  browserUnlockedUntil = 0
  window.host?.adminLock()
}

/** The admin actions this host offers. */
export function adminActions(): AdminAction[] {
  return window.host ? ['reload', 'windowed', 'kiosk', 'exit'] : ['reload']
}

/** Runs an admin action; the browser build can only reload. */
export async function adminAction(action: AdminAction): Promise<boolean> {
  if (window.host) return window.host.adminAction(action)
  if (action !== 'reload' || !browserUnlocked()) return false
  location.reload()
  return true
}

/** What became of a handout: a file written (Electron), the print dialog (browser), or nothing. */
export type HandoutResult =
  { kind: 'saved'; path: string } | { kind: 'printed' } | { kind: 'failed' }

/**
 * Writes the PDF handout through the host (Electron), with each slide's speaker notes under it
 * when `notes`; the browser opens its print dialog on the same pages instead.
 */
export async function exportHandout(lang: Lang, notes: boolean): Promise<HandoutResult> {
  if (window.host) {
    const path = await window.host.exportPdf(lang, notes)
    return path === null ? { kind: 'failed' } : { kind: 'saved', path }
  }
  // Read by App while the browser prints (Ctrl+P alone prints the slides without notes).
  printRequest.notes = notes
  try {
    window.print()
  } finally {
    printRequest.notes = false
  }
  return { kind: 'printed' }
}

/** Whether this host can close the app from the presenter view (Electron; a browser cannot). */
export function canCloseApp(): boolean {
  return window.host !== undefined
}

/** Closes the app after the talk has ended (Electron's present mode). */
export function closeApp(): void {
  window.host?.presenterQuit()
}

/** Tells the host that the print view is complete (Electron's PDF export waits for it). */
export function printReady(): void {
  window.host?.printReady()
}

/**
 * A browser keeps the tab's latest analytics in memory (it has no user-data folder), bounded so
 * that a browser left playing for days does not grow.
 */
export const BROWSER_ANALYTICS_MAX = 300
const browserEvents: AnalyticsEvent[] = []

/** Where the show's analytics go: the host's daily files, or memory in a browser. */
export const analyticsSink = {
  record(events: AnalyticsEvent[]): void {
    if (window.host) {
      window.host.recordAnalytics(events)
      return
    }
    browserEvents.push(...events)
    if (browserEvents.length > BROWSER_ANALYTICS_MAX) {
      browserEvents.splice(0, browserEvents.length - BROWSER_ANALYTICS_MAX)
    }
  }
}

/** The analytics summary of the local days in `range` for the unlocked admin panel, or null. */
export async function analyticsStatus(range: DayRange): Promise<AnalyticsStatusReply | null> {
  if (window.host) return window.host.analyticsStatus(range)
  if (!browserUnlocked()) return null
  return { summary: summarize(eventsIn(browserEvents, range)), paused: false, reason: null }
}

/**
 * Exports the analytics of the local days in `range` as CSV: into a chosen folder (Electron) or
 * as a download (browser). Resolves to the file's name, or null.
 */
export async function exportAnalytics(range: DayRange): Promise<string | null> {
  if (window.host) return window.host.exportAnalytics(range)
  if (!browserUnlocked()) return null
  const name = csvFileName(range, Date.now())
  const csv = toCsv(eventsIn(browserEvents, range))
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }))
  const link = Object.assign(document.createElement('a'), { href: url, download: name })
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
  return name
}

/** The host's own presenter hub: the state presenter and audience windows share. */
export interface PresenterHub {
  /** The audience's state, or `null` to the window that speaks first. */
  join(): Promise<PresentationState | null>
  /** Shares a state this window produced. */
  publish(state: PresentationState): void
  /** Calls `listener` with states other windows produced; returns the unsubscribe function. */
  subscribe(listener: (state: PresentationState) => void): () => void
}

/**
 * Electron's present mode: the main process holds the presentation state and pushes each change
 * to every window. `null` in a browser (its tabs keep in step through a BroadcastChannel).
 */
export function presenterHub(): PresenterHub | null {
  const host = window.host
  if (!host) return null
  return {
    join: () => host.presenterGet(),
    publish: (state) => host.presenterSet(state),
    subscribe: (listener) => host.onPresenterState(listener)
  }
}
