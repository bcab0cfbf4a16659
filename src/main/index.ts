/**
 * Composition root of the main process: it only wires the feature modules together.
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, Menu, screen } from 'electron'
import { helpText, type AppConfig } from '@shared/app-config'
import type { HostInfo, ShowState } from '@shared/ipc'
import { adminHandlers } from './admin'
import { AnalyticsStore } from './analytics-store'
import { hashPin, pinProblem } from './admin-pin'
import { loadAppConfig } from './config'
import { setupContent } from './content'
import { checkPack } from './content-pack'
import { chooseDisplay } from './display-rules'
import { setupIpc } from './ipc'
import { setupLockdown, setupLockdownSwitches, type Lockdown } from './lockdown'
import { log, setupLogging } from './logging'
import { setupStartAtLogin } from './login'
import { exportPdf, printReady } from './pdf'
import { presenterHub } from './presenter'
import { choosePresentDisplays } from './presenter-rules'
import { registerAppScheme, setupProtocol } from './protocol'
import { setupRecovery } from './recovery'
import { setupSecurity } from './security'
import { RateLimit, LOG_RATE_MAX, LOG_RATE_WINDOW_MS, sanitizeLogEntry } from './renderer-log'
import { createShowWindow } from './window'
import { presenterUrl, rendererUrl } from './window-options'
import { savedBounds, trackWindowState } from './window-state'

const argv = process.argv
const flag = (name: string): string | undefined =>
  argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const pin = flag('hash-pin') ?? (argv.includes('--hash-pin') ? '' : undefined)
const badPin = pin === undefined ? null : pinProblem(pin)
// `--help` and `--hash-pin` print and exit before anything starts.
const early = argv.includes('--help')
  ? helpText(`${app.getName()} ${app.getVersion()}`)
  : pin !== undefined && badPin === null
    ? `${hashPin(pin)}\n`
    : null
if (badPin !== null) {
  process.stderr.write(`--hash-pin: ${badPin}; nothing was hashed\n`)
  app.exit(2)
} else if (early !== null) {
  process.stdout.write(early)
  app.exit(0)
} else {
  start()
}

function start(): void {
  // A separate user-data folder (config, logs, single-instance lock), e.g. for a second kiosk
  // profile or an isolated test run. Must be set before anything reads the path.
  const userData = flag('user-data')
  if (userData) app.setPath('userData', userData)

  setupLogging()
  const { config, problems, refused } = loadAppConfig(app.getPath('userData'), argv)
  for (const problem of problems) log.warn(`[config] ${problem}`)
  // `--check-content=DIR` checks a pack, prints the result and exits (like npm run content:check).
  const packToCheck = flag('check-content')
  if (packToCheck !== undefined) {
    const result = checkPack(packToCheck)
    if (result.ok) process.stdout.write(`${result.summary}\n`)
    else process.stderr.write(`${result.problems.join('\n')}\n`)
    app.exit(result.ok ? 0 : 1)
    return
  }
  const analytics = new AnalyticsStore(join(app.getPath('userData'), 'analytics'))
  // `--export-analytics=FILE` writes the visitor analytics as CSV and exits.
  const analyticsFile = flag('export-analytics')
  if (analyticsFile !== undefined) {
    analytics.exportCsv(analyticsFile).then(
      (file) => {
        process.stdout.write(`${file}\n`)
        app.exit(0)
      },
      (err: unknown) => {
        process.stderr.write(`--export-analytics: ${String(err)}\n`)
        app.exit(1)
      }
    )
    return
  }
  const pdfFile = flag('export-pdf')
  const pdfLang = flag('lang') === 'en' ? 'en' : 'zh'

  // A second launch only brings the running show to the front (a PDF export runs alongside).
  if (!pdfFile && !app.requestSingleInstanceLock()) {
    log.info('[app] another instance is running; exiting')
    app.exit(0)
    return
  }

  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
  const windows: BrowserWindow[] = []
  let lockdown: Lockdown | null = null
  let showState: ShowState | null = null
  let contentSource = (): string => 'bundled'
  let applyPendingContent = (): boolean => false
  const presenter = presenterHub(() => windows)

  registerAppScheme()
  setupLockdownSwitches(config.mode)
  Menu.setApplicationMenu(null)

  app.on('second-instance', () => {
    const win = windows[0]
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })

  void app.whenReady().then(async () => {
    const resources = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources')
    setupSecurity(devServerUrl)
    const content = setupContent(
      config.content,
      app.getPath('userData'),
      join(resources, 'content'),
      log
    )
    contentSource = () => {
      const { label, dir } = content.current()
      return label === 'bundled' ? 'bundled' : `${label}: ${dir}`
    }
    applyPendingContent = () => content.applyPending()
    app.on('will-quit', () => content.dispose())
    setupProtocol(() => ({
      renderer: join(import.meta.dirname, '../renderer'),
      content: content.current().dir
    }))
    setupChannels(config)

    if (pdfFile) {
      try {
        log.info(`[pdf] wrote ${await exportPdf(pdfFile, pdfLang, devServerUrl)}`)
        app.exit(0)
      } catch (err) {
        log.error(`[pdf] ${String(err)}`)
        app.exit(1)
      }
      return
    }

    setupStartAtLogin(config.startAtLogin)
    if (config.mode === 'present') openPresentation(config)
    else openShow(config)
  })

  /** The kiosk or laptop window. */
  function openShow(config: AppConfig): void {
    const chosen = chooseDisplay(
      screen.getAllDisplays(),
      screen.getPrimaryDisplay(),
      config.display
    )
    if (chosen.problem) log.warn(`[display] ${chosen.problem}`)
    const bounds =
      config.mode === 'windowed' ? (savedBounds() ?? chosen.display.bounds) : chosen.display.bounds
    const win = createShowWindow(config.mode, bounds, rendererUrl(devServerUrl), devServerUrl)
    if (config.mode === 'windowed') trackWindowState(win)
    register(win)
    lockdown = setupLockdown(win, config.mode)
    setupRecovery(win, {
      config,
      state: () => showState,
      pageUrl: (slideId, halted) => rendererUrl(devServerUrl, slideId, halted)
    })
  }

  /** Present mode: the audience fullscreen on the external display, the presenter view on the laptop. */
  function openPresentation(config: AppConfig): void {
    const displays = choosePresentDisplays(
      screen.getAllDisplays(),
      screen.getPrimaryDisplay(),
      config.display
    )
    const audience = createShowWindow(
      'present',
      displays.audience.bounds,
      rendererUrl(devServerUrl),
      devServerUrl
    )
    register(audience)
    // The presentation starts from the audience's state; a presenter that joins takes it.
    presenter.setAudience(audience.webContents.id)
    lockdown = setupLockdown(audience, 'present')
    const presenterWin = createShowWindow(
      'windowed',
      displays.presenter.bounds,
      presenterUrl(devServerUrl),
      devServerUrl
    )
    presenterWin.setTitle('Presenter · 演讲者视图')
    if (displays.separate) presenterWin.maximize()
    register(presenterWin)
    setupLockdown(presenterWin, 'windowed')
    // Closing either window ends the presentation.
    for (const win of [audience, presenterWin]) win.on('closed', () => app.quit())
  }

  function register(win: BrowserWindow): void {
    windows.push(win)
    win.on('closed', () => windows.splice(windows.indexOf(win), 1))
  }

  function setupChannels(config: AppConfig): void {
    const admin = adminHandlers({
      config,
      refused,
      stateFolder: app.getPath('userData'),
      window: (senderId) => windows.find((w) => w.webContents.id === senderId) ?? null,
      contentSource: () => contentSource(),
      reload: () => void windows[0]?.loadURL(rendererUrl(devServerUrl)),
      exit: () => {
        lockdown?.allowClose()
        app.quit()
      },
      holdFullscreen: (hold) => lockdown?.holdFullscreen(hold)
    })
    const info: HostInfo = {
      host: 'electron',
      mode: config.mode,
      version: app.getVersion(),
      showOverrides: { idleSeconds: config.idleSeconds, slideSeconds: config.slideSeconds },
      adminPin: admin.pin
    }
    const rendererLog = new RateLimit(LOG_RATE_MAX, LOG_RATE_WINDOW_MS)
    let pdfExport: Promise<string | null> | null = null
    setupIpc(
      {
        'host:info': () => info,
        'admin:unlock': (ctx, pin) => admin.unlock(ctx.senderId, pin),
        'admin:action': (ctx, action) => admin.action(ctx.senderId, action),
        'presenter:get': async (ctx) =>
          config.mode === 'present' ? presenter.get(ctx.senderId) : null,
        'analytics:status': async (ctx) =>
          admin.unlocked(ctx.senderId) ? analytics.status() : null,
        'analytics:export': async (ctx) => {
          if (!admin.unlocked(ctx.senderId)) return null
          const parent = windows[0]
          const options = {
            title: 'Export visitor analytics (CSV)',
            properties: ['openDirectory', 'createDirectory'] as (
              'openDirectory' | 'createDirectory'
            )[]
          }
          const choice = parent
            ? await dialog.showOpenDialog(parent, options)
            : await dialog.showOpenDialog(options)
          const folder = choice.filePaths[0]
          if (choice.canceled || !folder) return null
          try {
            return await analytics.exportCsv(
              join(folder, `yuzhong-analytics-${new Date().toISOString().slice(0, 10)}.csv`)
            )
          } catch (err) {
            log.warn(`[analytics] export failed: ${String(err)}`)
            return null
          }
        },
        'presenter:export-pdf': async (ctx, lang) => {
          // A presenter's or laptop's feature: a kiosk visitor cannot start one, and one runs at a time.
          if (config.mode === 'kiosk' && !admin.unlocked(ctx.senderId)) return null
          if (pdfExport) return null
          const language = lang === 'en' ? 'en' : 'zh'
          const file = join(app.getPath('documents'), `yuzhong-education-${language}.pdf`)
          pdfExport = exportPdf(file, language, devServerUrl).catch((err: unknown) => {
            log.error(`[pdf] ${String(err)}`)
            return null
          })
          try {
            return await pdfExport
          } finally {
            pdfExport = null
          }
        }
      },
      {
        'host:log': (_ctx, raw) => {
          const entry = sanitizeLogEntry(raw)
          if (!entry || !rendererLog.allow()) return
          const dropped = rendererLog.takeDropped()
          if (dropped > 0) log.warn(`[renderer] ${dropped} more lines were dropped (rate limit)`)
          log[entry.level](`[renderer] ${entry.message}`)
        },
        'admin:lock': (ctx) => admin.lock(ctx.senderId),
        'show:state': (_ctx, state: ShowState) => {
          if (typeof state?.slideId !== 'string') return
          const wasAttract = showState?.attract === true
          showState = { slideId: state.slideId.slice(0, 100), attract: state.attract === true }
          // An unattended kiosk never stays unlocked.
          if (showState.attract) admin.lock()
          // A changed content pack is applied when the kiosk returns to its attract loop.
          if (!wasAttract && showState.attract && applyPendingContent()) {
            log.info('[content] applying the updated pack')
            for (const win of windows) void win.loadURL(rendererUrl(devServerUrl))
          }
        },
        'presenter:set': (ctx, state) => {
          if (config.mode === 'present') presenter.set(ctx.senderId, state)
        },
        'print:ready': (ctx) => printReady(ctx.senderId),
        'analytics:record': (_ctx, events) => {
          const wasPaused = analytics.paused
          void analytics.record(events).then(() => {
            if (!wasPaused && analytics.paused)
              log.warn(`[analytics] recording paused: ${analytics.paused}`)
          })
        }
      },
      devServerUrl
    )
  }

  // Quitting the app (the admin's Exit, the OS logging out) may close the kiosk window; a page's
  // window.close() or a close shortcut may not.
  app.on('before-quit', () => lockdown?.allowClose())
  app.on('window-all-closed', () => app.quit())
}
