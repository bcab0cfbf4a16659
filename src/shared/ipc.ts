/**
 * Every IPC channel between the renderer and the Electron main process, in one place, typed.
 * The preload exposes one named function per channel; the main process registers one handler
 * per channel. Content never travels over IPC: the renderer fetches it from its own origin.
 *
 * Pure TypeScript: imports nothing from electron, node:* or the DOM.
 */

/** How the host runs the show. */
export type HostMode = 'kiosk' | 'windowed'

/** What the host tells the renderer at start-up. */
export interface HostInfo {
  /** `electron` inside the app, `browser` for the plain-browser fallback. */
  host: 'electron' | 'browser'
  mode: HostMode
  version: string
  /** Show option overrides from the host (command line, config file). */
  showOverrides: Record<string, number>
}

/** A problem the renderer reports so that it lands in the host's log. */
export interface RendererLogEntry {
  level: 'warn' | 'error'
  message: string
}

/** Request/response channels (`ipcRenderer.invoke` → `ipcMain.handle`). */
export interface InvokeChannels {
  'host:info': { request: []; response: HostInfo }
}

/** One-way channels from the renderer (`ipcRenderer.send` → `ipcMain.on`). */
export interface SendChannels {
  'host:log': [entry: RendererLogEntry]
}

export type InvokeChannel = keyof InvokeChannels
export type SendChannel = keyof SendChannels

/** Runtime list of channel names, for the main process to register and the tests to check. */
export const INVOKE_CHANNELS = ['host:info'] as const satisfies readonly InvokeChannel[]
export const SEND_CHANNELS = ['host:log'] as const satisfies readonly SendChannel[]

/** The API the preload puts on `window.host`. */
export interface HostApi {
  /** Mode, version and option overrides of the host. */
  info(): Promise<HostInfo>
  /** Writes a renderer problem to the host's log. */
  log(entry: RendererLogEntry): void
}
