/**
 * Composition root of the main process: it only wires the feature modules together.
 */
import { join } from 'node:path'
import { app, Menu, screen, type BrowserWindow } from 'electron'
import { helpText } from '@shared/app-config'
import type { HostInfo, RendererLogEntry, ShowState } from '@shared/ipc'
import { adminHandlers } from './admin'
import { hashPin } from './admin-pin'
import { loadAppConfig } from './config'
import { chooseDisplay } from './display-rules'
import { setupIpc } from './ipc'
import { setupLockdown, setupLockdownSwitches, type Lockdown } from './lockdown'
import { log, setupLogging } from './logging'
import { setupStartAtLogin } from './login'
import { registerAppScheme, setupProtocol } from './protocol'
import { setupRecovery } from './recovery'
import { setupSecurity } from './security'
import { createShowWindow } from './window'
import { rendererUrl } from './window-options'

const argv = process.argv
const pinArg = argv.find((a) => a.startsWith('--hash-pin='))
// `--help` and `--hash-pin` print and exit before anything starts.
const early = argv.includes('--help')
  ? helpText(`${app.getName()} ${app.getVersion()}`)
  : pinArg
    ? `${hashPin(pinArg.slice('--hash-pin='.length))}\n`
    : null
if (early !== null) {
  process.stdout.write(early)
  app.exit(0)
} else {
  start()
}

function start(): void {
  // A separate user-data folder (config, logs, single-instance lock), e.g. for a second kiosk
  // profile or an isolated test run. Must be set before anything reads the path.
  const userDataArg = argv.find((a) => a.startsWith('--user-data='))
  if (userDataArg) app.setPath('userData', userDataArg.slice('--user-data='.length))

  setupLogging()
  const { config, problems } = loadAppConfig(app.getPath('userData'), argv)
  for (const problem of problems) log.warn(`[config] ${problem}`)

  // A second launch only brings the running show to the front.
  if (!app.requestSingleInstanceLock()) {
    log.info('[app] another instance is running; exiting')
    app.exit(0)
    return
  }

  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
  let win: BrowserWindow | null = null
  let lockdown: Lockdown | null = null
  let showState: ShowState | null = null

  registerAppScheme()
  setupLockdownSwitches(config.mode)
  Menu.setApplicationMenu(null)

  app.on('second-instance', () => {
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })

  void app.whenReady().then(() => {
    const resources = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources')
    setupSecurity(devServerUrl)
    setupProtocol({
      renderer: join(import.meta.dirname, '../renderer'),
      content: join(resources, 'content')
    })
    setupStartAtLogin(config.startAtLogin)

    const info: HostInfo = {
      host: 'electron',
      mode: config.mode,
      version: app.getVersion(),
      showOverrides: { idleSeconds: config.idleSeconds, slideSeconds: config.slideSeconds }
    }
    const admin = adminHandlers({
      config,
      window: () => win,
      contentSource: 'bundled',
      reload: () => void win?.loadURL(rendererUrl(devServerUrl)),
      exit: () => {
        lockdown?.allowClose()
        app.quit()
      }
    })
    setupIpc(
      {
        'host:info': () => info,
        'admin:unlock': (pin) => admin.unlock(pin),
        'admin:action': (action) => admin.action(action)
      },
      {
        'host:log': (entry: RendererLogEntry) =>
          log[entry.level === 'error' ? 'error' : 'warn'](
            `[renderer] ${String(entry.message).slice(0, 2000)}`
          ),
        'show:state': (state: ShowState) => {
          if (typeof state?.slideId === 'string') {
            showState = { slideId: state.slideId.slice(0, 100), attract: state.attract === true }
          }
        }
      },
      devServerUrl
    )

    const chosen = chooseDisplay(
      screen.getAllDisplays(),
      screen.getPrimaryDisplay(),
      config.display
    )
    if (chosen.problem) log.warn(`[display] ${chosen.problem}`)
    win = createShowWindow(config.mode, chosen.display.bounds, devServerUrl)
    lockdown = setupLockdown(win, config.mode)
    setupRecovery(win, {
      config,
      state: () => showState,
      pageUrl: (slideId, halted) => rendererUrl(devServerUrl, slideId, halted)
    })
    win.on('closed', () => {
      win = null
    })
  })

  // Quitting the app (the admin's Exit, the OS logging out) may close the kiosk window; a page's
  // window.close() or a close shortcut may not.
  app.on('before-quit', () => lockdown?.allowClose())
  app.on('window-all-closed', () => app.quit())
}
