/**
 * Every IPC channel between the renderer and the Electron main process, in one place, typed.
 * The preload exposes one named function per channel; the main process registers one handler
 * per channel. Content never travels over IPC: the renderer fetches it from its own origin.
 *
 * Pure TypeScript: imports nothing from electron, node:* or the DOM.
 */

import type { AnalyticsEvent, AnalyticsSummary, DayRange } from './analytics'
import type { Lang } from './content'
import type { AppMode } from './options'
import type { ShowConfig } from './config'

/**
 * A blanked screen while presenting: none, black (B or .), white (W), or `end`: the talk has
 * ended and the audience sees a calm black end screen (any navigation brings the slides back).
 */
export type Blank = 'none' | 'black' | 'white' | 'end'

/** What the host tells the renderer at start-up. */
export interface HostInfo {
  /** `electron` inside the app, `browser` for the plain-browser fallback. */
  host: 'electron' | 'browser'
  mode: AppMode
  version: string
  /** Show option overrides from the host (command line, config file, URL), checked by the show. */
  showOverrides: Partial<Record<keyof ShowConfig, unknown>>
  /** Whether the admin escape can be used (a PIN is set). */
  adminPin: PinState
}

/** A problem the renderer reports so that it lands in the host's log. */
export interface RendererLogEntry {
  level: 'warn' | 'error'
  message: string
}

/** What the show is doing, so the host can restore it after a crash and reload only when idle. */
export interface ShowState {
  slideId: string
  /** The attract loop is playing (nobody is using the kiosk). */
  attract: boolean
}

/** What presenter and audience windows share: the slide, the language, a blanked screen. */
export interface PresentationState {
  index: number
  lang: Lang
  blank: Blank
  /** The slides play by themselves: `loop` when nobody is there, `play` when a person asked. */
  attract: 'off' | 'loop' | 'play'
}

/** Whether an admin PIN is set: with none (or an invalid hash) the admin escape is disabled. */
export type PinState = 'set' | 'not-set' | 'invalid'

/** What the admin panel shows. */
export interface AdminStatus {
  version: string
  mode: AppMode
  pin: PinState
  /** Where the slides come from, e.g. `bundled` or a folder. */
  contentSource: string
  /** Signed packs: "packs not signed", "signed, verified (…)", or why a pack was refused. */
  contentSignature: string
  /** Opening hours now: "open until 17:30", "closed until Mon 09:00", "always open". */
  hours: string
  /** Where `status.json` is written. */
  statusFile: string
  /** Reach mode's band: the fraction of the screen height, from the bottom, holding the controls. */
  reachBand: number
  uptimeSeconds: number
  /** The most recent warnings and errors, newest first. */
  recentErrors: string[]
}

/** The analytics summary the admin panel shows. */
export interface AnalyticsStatusReply {
  summary: AnalyticsSummary
  /** Recording stopped (e.g. a full or read-only disk); `reason` says why. */
  paused: boolean
  reason: string | null
}

/**
 * Longest time the admin actions stay unlocked after a correct PIN (the host's limit; the panel
 * ends its unlock at the same time, so an open panel never holds the attract loop for longer).
 */
export const ADMIN_UNLOCK_MS = 5 * 60 * 1000

/** What the admin may do once unlocked. */
export type AdminAction = 'exit' | 'reload' | 'windowed' | 'kiosk'

/** The answer to a PIN. */
export type UnlockResult =
  | { ok: true; status: AdminStatus }
  | {
      ok: false
      reason: 'wrong-pin' | 'locked-out' | 'pin-not-set' | 'pin-invalid'
      retryInSeconds?: number
    }

/** Request/response channels (`ipcRenderer.invoke` → `ipcMain.handle`). */
export interface InvokeChannels {
  'host:info': { request: []; response: HostInfo }
  'admin:unlock': { request: [pin: string]; response: UnlockResult }
  'admin:action': { request: [action: AdminAction]; response: boolean }
  'presenter:get': { request: []; response: PresentationState | null }
  'pdf:export': { request: [lang: Lang, notes: boolean]; response: string | null }
  'analytics:status': { request: [range: DayRange]; response: AnalyticsStatusReply | null }
  'analytics:export': { request: [range: DayRange]; response: string | null }
}

/** One-way channels from the renderer (`ipcRenderer.send` → `ipcMain.on`). */
export interface SendChannels {
  'host:log': [entry: RendererLogEntry]
  'show:state': [state: ShowState]
  'admin:lock': []
  'presenter:set': [state: PresentationState]
  'presenter:quit': []
  'pdf:ready': []
  'analytics:record': [events: AnalyticsEvent[]]
}

/** Messages the main process pushes to windows (`webContents.send` → `ipcRenderer.on`). */
export interface PushChannels {
  'presenter:state': [state: PresentationState]
}

/** The API the preload puts on `window.host`. */
export interface HostApi {
  /** Mode, version and option overrides of the host. */
  info(): Promise<HostInfo>
  /** Writes a renderer problem to the host's log. */
  log(entry: RendererLogEntry): void
  /** Tells the host which slide is up and whether the attract loop plays. */
  reportState(state: ShowState): void
  /** Checks an admin PIN; on success the admin actions are unlocked for a few minutes. */
  adminUnlock(pin: string): Promise<UnlockResult>
  /** Runs an admin action (only while unlocked). */
  adminAction(action: AdminAction): Promise<boolean>
  /** Ends this window's admin unlock (its panel closed). */
  adminLock(): void
  /** The presentation state the main process holds (present mode), or null. */
  presenterGet(): Promise<PresentationState | null>
  /** Proposes a new presentation state; the main process shares it with every window. */
  presenterSet(state: PresentationState): void
  /** Calls `listener` whenever the presentation state changes; returns the unsubscribe function. */
  onPresenterState(listener: (state: PresentationState) => void): () => void
  /** Closes the app once the talk has ended (present mode); ignored before that. */
  presenterQuit(): void
  /**
   * Writes a PDF handout of every slide in a language, with each slide's speaker notes under it
   * when `notes`; resolves to its path, or null.
   */
  exportPdf(lang: Lang, notes: boolean): Promise<string | null>
  /** Tells the host that the print view has drawn every slide. */
  printReady(): void
  /** Hands recorded visitor analytics to the host, which appends them to its daily files. */
  recordAnalytics(events: AnalyticsEvent[]): void
  /** The analytics summary of the local days in `range` (only while unlocked), or null. */
  analyticsStatus(range: DayRange): Promise<AnalyticsStatusReply | null>
  /**
   * Asks for a folder and writes the analytics of the days in `range` there as CSV; resolves to
   * the file, or null.
   */
  exportAnalytics(range: DayRange): Promise<string | null>
}
