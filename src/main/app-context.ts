/**
 * What the feature modules share, created once by the composition root: the configuration, the
 * windows the app opened, the URL of its page, and what the show last reported (`show:state`).
 * Each `setupX()` takes only the part of it it needs.
 */
import type { BrowserWindow } from 'electron'
import type { AppConfig } from '@shared/app-config'
import type { ShowState } from '@shared/ipc'
import { on } from './ipc'
import { rendererUrl } from './window-options'

export interface AppContext {
  readonly config: AppConfig
  /** The dev server while developing (`npm run dev`); undefined in a build. */
  readonly devServerUrl: string | undefined
  /** The app's page, optionally at a slide or as the calm "halted" page. */
  pageUrl(slideId?: string | null, halted?: boolean): string
  /** The windows the app opened, the show first. */
  windows(): readonly BrowserWindow[]
  /** The window whose page sent an IPC message. */
  window(senderId: number): BrowserWindow | null
  /** Keeps a window in the list until it closes. */
  addWindow(win: BrowserWindow): void
  /** Loads the app's page afresh in every window (at the first slide). */
  reloadAll(): void
  /** What the show reported last, or null before its first report. */
  showState(): ShowState | null
  /** Calls `listener` whenever the show reports, with the previous report. */
  onShowState(listener: (state: ShowState, previous: ShowState | null) => void): void
}

/** Creates the context and listens on `show:state` (validated: an id and a flag, bounded). */
export function createAppContext(config: AppConfig, devServerUrl: string | undefined): AppContext {
  const windows: BrowserWindow[] = []
  const listeners: ((state: ShowState, previous: ShowState | null) => void)[] = []
  let state: ShowState | null = null
  const pageUrl = (slideId: string | null = null, halted = false) =>
    rendererUrl(devServerUrl, slideId, halted)

  on('show:state', (_ctx, reported) => {
    if (typeof reported?.slideId !== 'string') return
    const previous = state
    state = { slideId: reported.slideId.slice(0, 100), attract: reported.attract === true }
    for (const listener of listeners) listener(state, previous)
  })

  return {
    config,
    devServerUrl,
    pageUrl,
    windows: () => windows,
    window: (senderId) => windows.find((w) => w.webContents.id === senderId) ?? null,
    addWindow(win) {
      windows.push(win)
      win.on('closed', () => windows.splice(windows.indexOf(win), 1))
    },
    reloadAll() {
      for (const win of windows) if (!win.isDestroyed()) void win.loadURL(pageUrl())
    },
    showState: () => state,
    onShowState: (listener) => void listeners.push(listener)
  }
}

/** Whether a report is the moment the attract loop starts (nobody is at the kiosk any more). */
export function attractStarted(state: ShowState, previous: ShowState | null): boolean {
  return state.attract && previous?.attract !== true
}
