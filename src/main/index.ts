/**
 * Composition root of the main process: it reads the command line and the configuration, then
 * lists the features in order. Each feature registers its own IPC channels and events.
 */
import { join } from 'node:path'
import { app, Menu } from 'electron'
import { setupAdmin } from './admin'
import { analyticsStore, sessionsToday, setupAnalytics } from './analytics'
import { createAppContext } from './app-context'
import { dataCommand, earlyCommand, finish, flagText, parseFlags } from './cli'
import { loadAppConfig } from './config'
import { setupContent } from './content'
import { setupHost } from './host'
import { trustDevServer } from './ipc'
import { setupLockdown, setupLockdownSwitches } from './lockdown'
import { log, setupLogging } from './logging'
import { setupStartAtLogin } from './login'
import { setupOpeningHours } from './opening-hours'
import { handoutFlags, runPdfExport, setupPdf } from './pdf'
import { setupPresenter } from './presenter'
import { registerAppScheme, setupProtocol } from './protocol'
import { setupSecurity } from './security'
import { setupStatus } from './status'
import { openWindows } from './windows'

const flags = parseFlags(process.argv)
const early = earlyCommand(flags, `${app.getName()} ${app.getVersion()}`)
if (early) finish(early, (code) => app.exit(code))
else void start()

async function start(): Promise<void> {
  // A separate user-data folder (config, logs, state), set before anything reads the path.
  const userData = flagText(flags, 'user-data')
  if (userData) app.setPath('userData', userData)
  setupLogging()
  const { config, problems, refused, fromFile } = loadAppConfig(app.getPath('userData'), flags)
  for (const problem of problems) log.warn(`[config] ${problem}`)
  // Before the app is ready: the app's scheme and Chromium switches.
  registerAppScheme()
  setupLockdownSwitches(config.mode)
  Menu.setApplicationMenu(null)

  const command = await dataCommand(flags, analyticsStore)
  if (command) return finish(command, (code) => app.exit(code))
  const pdfFile = flagText(flags, 'export-pdf')
  // A second launch exits (the first comes to the front); a PDF export runs alongside.
  if (!pdfFile && !app.requestSingleInstanceLock()) {
    log.info('[app] another instance is running; exiting')
    return app.exit(0)
  }

  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
  trustDevServer(devServerUrl)
  const ctx = createAppContext(config, devServerUrl)
  await app.whenReady()
  setupSecurity(devServerUrl)
  const resources = app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources')
  const content = await setupContent(ctx, join(resources, 'content'))
  setupProtocol(() => ({
    renderer: join(import.meta.dirname, '../renderer'),
    content: content.current().dir,
    firstViewIsShow: !config.schedule
  }))
  const lockdown = setupLockdown()
  const hours = setupOpeningHours(ctx, { lockdown, content })
  const admin = setupAdmin(ctx, { refused, lockdown, content, hours })
  setupHost(ctx, admin)
  const analytics = setupAnalytics(ctx, admin, hours.open)
  setupPdf(ctx, admin)
  const presenter = setupPresenter(ctx)
  if (pdfFile) return runPdfExport(ctx, pdfFile, handoutFlags(flags))
  setupStatus(ctx, { content, hours, sessionsToday: () => sessionsToday(analytics) })
  setupStartAtLogin(config, { fileMode: fromFile.mode, userData })
  openWindows(ctx, { lockdown, presenter })
}
