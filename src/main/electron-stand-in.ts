/**
 * A recording stand-in for the `electron` module, so the real main process (src/main/index.ts)
 * can be booted whole under Node in a test (the Electron binary cannot run everywhere the tests
 * do). Each part implements a `Pick` of Electron's own types: a renamed or re-typed API fails the
 * type check here, as it would in the app. It records what the app did (windows, loaded URLs,
 * registered channels and protocol handlers) and lets a test act as the OS or a renderer would
 * (emit events, call IPC handlers as a given frame).
 *
 * Test support only: nothing in the app imports it.
 */
import { EventEmitter } from 'node:events'
import type * as Electron from 'electron'

type Listener = (...args: never[]) => unknown

/** An EventEmitter whose `on`/`once` fit Electron's many typed overloads. */
class Emitter extends EventEmitter {
  /** Emits like the OS or Chromium would, with a preventable event first. */
  fire(name: string, ...args: unknown[]): { defaultPrevented: boolean } {
    const event = {
      defaultPrevented: false,
      preventDefault() {
        event.defaultPrevented = true
      }
    }
    this.emit(name, event, ...args)
    return event
  }
}

let nextContentsId = 1

/** `webContents` of a stand-in window. */
export class StandInWebContents
  extends Emitter
  implements
    Pick<
      Electron.WebContents,
      | 'id'
      | 'setWindowOpenHandler'
      | 'setVisualZoomLevelLimits'
      | 'setZoomFactor'
      | 'closeDevTools'
      | 'forcefullyCrashRenderer'
      | 'send'
      | 'isDestroyed'
    >
{
  readonly id = nextContentsId++
  readonly sent: { channel: string; args: unknown[] }[] = []
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null
  crashedOnPurpose = 0
  destroyed = false

  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]) {
    this.windowOpenHandler = handler
  }
  async setVisualZoomLevelLimits(): Promise<void> {}
  setZoomFactor(): void {}
  closeDevTools(): void {}
  forcefullyCrashRenderer(): void {
    this.crashedOnPurpose += 1
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  async printToPDF(): Promise<Buffer> {
    return Buffer.from('%PDF-1.7 stand-in\n')
  }
}

/** A stand-in `BrowserWindow`: records its options and every URL it loads. */
export class StandInWindow
  extends Emitter
  implements
    Pick<
      Electron.BrowserWindow,
      | 'loadURL'
      | 'show'
      | 'isMinimized'
      | 'restore'
      | 'focus'
      | 'setTitle'
      | 'maximize'
      | 'isDestroyed'
      | 'destroy'
      | 'setKiosk'
      | 'setFullScreen'
      | 'isFullScreen'
      | 'getNormalBounds'
      | 'getBounds'
      | 'setBounds'
      | 'close'
    >
{
  static readonly all: StandInWindow[] = []
  static getAllWindows(): StandInWindow[] {
    return StandInWindow.all.filter((w) => !w.destroyed)
  }

  readonly webContents = new StandInWebContents()
  readonly loaded: string[] = []
  title = ''
  kiosk = false
  fullScreen = false
  visible = false
  destroyed = false
  maximized = false
  /** Where the window is (as `setBounds` put it, or the options placed it). */
  bounds: Electron.Rectangle

  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    super()
    this.kiosk = options.kiosk === true
    this.fullScreen = options.fullscreen === true || this.kiosk
    const { x = 0, y = 0, width = 800, height = 600 } = options
    this.bounds = { x, y, width, height }
    StandInWindow.all.push(this)
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url)
    queueMicrotask(() => {
      this.webContents.fire('did-finish-load')
      this.fire('ready-to-show')
    })
  }
  show(): void {
    this.visible = true
  }
  isMinimized(): boolean {
    return false
  }
  restore(): void {}
  focus(): void {}
  setTitle(title: string): void {
    this.title = title
  }
  maximize(): void {
    this.maximized = true
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  destroy(): void {
    this.destroyed = true
    this.webContents.destroyed = true
    this.emit('closed')
  }
  close(): void {
    if (this.fire('close').defaultPrevented) return
    this.destroy()
  }
  setKiosk(flag: boolean): void {
    this.kiosk = flag
  }
  setFullScreen(flag: boolean): void {
    const was = this.fullScreen
    this.fullScreen = flag
    if (was && !flag) this.fire('leave-full-screen')
  }
  isFullScreen(): boolean {
    return this.fullScreen
  }
  getNormalBounds(): Electron.Rectangle {
    const { x = 0, y = 0, width = 800, height = 600 } = this.options
    return { x, y, width, height }
  }
  getBounds(): Electron.Rectangle {
    return { ...this.bounds }
  }
  setBounds(bounds: Partial<Electron.Rectangle>): void {
    // As the OS would: a fullscreen window stays where it is.
    if (this.fullScreen) return
    this.bounds = { ...this.bounds, ...bounds }
    this.maximized = false
  }
}

/** A display as Electron describes it; `internal` is the laptop's own screen. */
export function standInDisplay(
  id: number,
  bounds: Electron.Rectangle,
  internal = false
): Electron.Display {
  return {
    id,
    bounds,
    workArea: { ...bounds, height: bounds.height - 40 },
    size: { width: bounds.width, height: bounds.height },
    workAreaSize: { width: bounds.width, height: bounds.height - 40 },
    scaleFactor: 1,
    rotation: 0,
    internal,
    monochrome: false,
    accelerometerSupport: 'unknown',
    colorDepth: 24,
    colorSpace: '',
    depthPerComponent: 8,
    detected: true,
    displayFrequency: 60,
    label: `stand-in ${id}`,
    maximumCursorSize: { width: 0, height: 0 },
    nativeOrigin: { x: bounds.x, y: bounds.y },
    touchSupport: 'available'
  }
}

/**
 * The stand-in `screen`: one primary display at first; a test plugs displays in and out as the
 * OS would, and the app hears `display-added` / `display-removed`.
 */
class StandInScreen
  extends Emitter
  implements Pick<Electron.Screen, 'getAllDisplays' | 'getPrimaryDisplay'>
{
  displays: Electron.Display[] = [standInDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 })]
  getAllDisplays(): Electron.Display[] {
    return [...this.displays]
  }
  getPrimaryDisplay(): Electron.Display {
    return this.displays[0]!
  }
  /** A display is connected (after the start: a projector plugged in). */
  plug(display: Electron.Display): void {
    this.displays.push(display)
    this.fire('display-added', display)
  }
  /** A display is disconnected. */
  unplug(id: number): void {
    const gone = this.displays.find((d) => d.id === id)
    if (!gone) throw new Error(`no display ${id}`)
    this.displays = this.displays.filter((d) => d !== gone)
    this.fire('display-removed', gone)
  }
}

/** What a handler registered with `ipcMain` receives as its event. */
export interface StandInIpcEvent {
  sender: { id: number }
  senderFrame: { url: string; parent: null | object }
}

type IpcHandler = (event: StandInIpcEvent, ...args: unknown[]) => unknown

class StandInIpcMain implements Pick<Electron.IpcMain, 'handle'> {
  readonly handlers = new Map<string, IpcHandler>()
  readonly listeners = new Map<string, IpcHandler[]>()
  handle(channel: string, handler: Parameters<Electron.IpcMain['handle']>[1]): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for '${channel}'`)
    // The app's handlers read only `sender.id` and `senderFrame` of the event.
    this.handlers.set(channel, handler as unknown as IpcHandler)
  }
  on(channel: string, listener: IpcHandler): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener])
    return this
  }
}

class StandInApp
  extends Emitter
  implements
    Pick<
      Electron.App,
      | 'getName'
      | 'getVersion'
      | 'getPath'
      | 'setPath'
      | 'getAppPath'
      | 'requestSingleInstanceLock'
      | 'whenReady'
      | 'isReady'
      | 'quit'
      | 'exit'
      | 'relaunch'
      | 'setLoginItemSettings'
      | 'isPackaged'
      | 'name'
    >
{
  name = 'Yuzhong Education Exhibition'
  isPackaged = false
  readonly paths = new Map<string, string>()
  readonly switches: string[] = []
  readonly commandLine: Pick<Electron.CommandLine, 'appendSwitch'> = {
    appendSwitch: (name: string, value?: string) => {
      this.switches.push(value === undefined ? name : `${name}=${value}`)
    }
  }
  exitCode: number | null = null
  quitRequested = false
  relaunched = 0
  /** What the last `relaunch` was given. */
  relaunchOptions: Electron.RelaunchOptions | undefined
  /** What the last `setLoginItemSettings` was given. */
  loginItem: Electron.Settings | null = null
  singleInstance = true
  #ready = false

  constructor(readonly appPath: string) {
    super()
  }
  getName(): string {
    return this.name
  }
  getVersion(): string {
    return '0.0.0-test'
  }
  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    const path = this.paths.get(name) ?? this.paths.get('userData')
    if (!path) throw new Error(`stand-in app has no path '${name}'`)
    return name === 'logs' && !this.paths.has('logs') ? `${path}/logs` : path
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path)
  }
  getAppPath(): string {
    return this.appPath
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstance
  }
  whenReady(): Promise<void> {
    this.#ready = true
    return Promise.resolve()
  }
  isReady(): boolean {
    return this.#ready
  }
  quit(): void {
    if (this.quitRequested) return
    this.quitRequested = true
    this.emit('before-quit', { preventDefault() {} })
    for (const win of StandInWindow.getAllWindows()) win.close()
    this.emit('will-quit', { preventDefault() {} })
  }
  exit(code = 0): void {
    this.exitCode = code
  }
  relaunch(options?: Electron.RelaunchOptions): void {
    this.relaunched += 1
    this.relaunchOptions = options
  }
  setLoginItemSettings(settings: Electron.Settings): void {
    this.loginItem = settings
  }
}

type ProtocolHandler = (request: Request) => Response | Promise<Response>

/** Builds one stand-in `electron` module. */
export function createElectronStandIn(appPath: string) {
  const app = new StandInApp(appPath)
  const ipcMain = new StandInIpcMain()
  const protocolHandlers = new Map<string, ProtocolHandler>()
  const privileged: Electron.CustomScheme[] = []
  const permission = { request: null as unknown, check: null as unknown }
  const blockers = new Set<number>()
  let nextBlocker = 1
  const protocol: Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle'> = {
    registerSchemesAsPrivileged(schemes) {
      privileged.push(...schemes)
    },
    handle(scheme, handler) {
      protocolHandlers.set(scheme, handler as ProtocolHandler)
    }
  }
  const screen = new StandInScreen()
  const powerSaveBlocker: Pick<Electron.PowerSaveBlocker, 'start' | 'stop' | 'isStarted'> = {
    start: () => {
      const id = nextBlocker++
      blockers.add(id)
      return id
    },
    stop: (id) => blockers.delete(id),
    isStarted: (id) => blockers.has(id)
  }
  const dialogAnswers: string[][] = []
  const dialog: Pick<Electron.Dialog, 'showOpenDialog' | 'showErrorBox'> = {
    showOpenDialog: async () => {
      const filePaths = dialogAnswers.shift() ?? []
      return { canceled: filePaths.length === 0, filePaths }
    },
    showErrorBox: () => {}
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler(handler: unknown) {
        permission.request = handler
      },
      setPermissionCheckHandler(handler: unknown) {
        permission.check = handler
      }
    } satisfies Pick<
      Electron.Session,
      'setPermissionRequestHandler' | 'setPermissionCheckHandler'
    > as unknown as Electron.Session
  }
  const Menu = { setApplicationMenu: (_menu: Electron.Menu | null) => undefined }
  const webContents = {
    getAllWebContents: () => StandInWindow.getAllWindows().map((w) => w.webContents)
  }

  const module = {
    app,
    BrowserWindow: StandInWindow,
    ipcMain,
    protocol,
    screen,
    powerSaveBlocker,
    dialog,
    session,
    Menu,
    webContents
  }

  /** Acts as a renderer frame: `url` is the frame's page, `parent` whether it is a sub-frame. */
  const frame = (win: StandInWindow | null, url: string, parent: object | null = null) => ({
    sender: { id: win?.webContents.id ?? 0 },
    senderFrame: { url, parent }
  })

  return {
    module,
    app,
    ipcMain,
    privileged,
    permission,
    blockers,
    dialogAnswers,
    screen,
    windows: () => StandInWindow.getAllWindows(),
    /** Fetches a URL through the handler the app registered for its scheme. */
    async fetch(url: string): Promise<Response> {
      const scheme = new URL(url).protocol.slice(0, -1)
      const handler = protocolHandlers.get(scheme)
      if (!handler) throw new Error(`no protocol handler for ${scheme}`)
      return handler(new Request(url))
    },
    /** Calls an `ipcMain.handle` channel as the given frame. */
    async invoke(channel: string, from: StandInIpcEvent, ...args: unknown[]): Promise<unknown> {
      const handler = ipcMain.handlers.get(channel)
      if (!handler) throw new Error(`no handler for '${channel}'`)
      return handler(from, ...args)
    },
    /** Sends on an `ipcMain.on` channel as the given frame. */
    send(channel: string, from: StandInIpcEvent, ...args: unknown[]): void {
      const listeners = ipcMain.listeners.get(channel)
      if (!listeners?.length) throw new Error(`no listener for '${channel}'`)
      for (const l of listeners) l(from, ...args)
    },
    frame
  }
}

export type ElectronStandIn = ReturnType<typeof createElectronStandIn>
export type { Listener }
