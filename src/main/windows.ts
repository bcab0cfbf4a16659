/**
 * Opens the app's windows for its mode: the kiosk or laptop show window on the chosen display,
 * or, in present mode, the audience fullscreen on the external display and the presenter view on
 * the laptop. Each is locked down for its mode; the show window is watched for crashes.
 */
import { app, screen } from 'electron'
import type { AppContext } from './app-context'
import { chooseDisplay } from './display-rules'
import type { Lockdown } from './lockdown'
import { log } from './logging'
import type { PresenterHub } from './presenter'
import { choosePresentDisplays } from './presenter-rules'
import { setupRecovery } from './recovery'
import { createShowWindow } from './window'
import { presenterUrl } from './window-options'
import { savedBounds, trackWindowState } from './window-state'

type Context = Pick<
  AppContext,
  'config' | 'devServerUrl' | 'pageUrl' | 'addWindow' | 'windows' | 'showState'
>

export function openWindows(
  ctx: Context,
  features: { lockdown: Lockdown; presenter: PresenterHub }
): void {
  // A second launch only brings the running show to the front.
  app.on('second-instance', () => {
    const win = ctx.windows()[0]
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })
  app.on('window-all-closed', () => app.quit())
  if (ctx.config.mode === 'present') openPresentation(ctx, features)
  else openShow(ctx, features.lockdown)
}

/** The kiosk or laptop window. */
function openShow(ctx: Context, lockdown: Lockdown): void {
  const { config } = ctx
  const chosen = chooseDisplay(screen.getAllDisplays(), screen.getPrimaryDisplay(), config.display)
  if (chosen.problem) log.warn(`[display] ${chosen.problem}`)
  const bounds =
    config.mode === 'windowed' ? (savedBounds() ?? chosen.display.bounds) : chosen.display.bounds
  const win = createShowWindow(config.mode, bounds, ctx.pageUrl(), ctx.devServerUrl)
  if (config.mode === 'windowed') trackWindowState(win)
  ctx.addWindow(win)
  lockdown.attach(win, config.mode)
  setupRecovery(win, { config, state: ctx.showState, pageUrl: ctx.pageUrl })
}

/** Present mode: the audience fullscreen on the external display, the presenter view on the laptop. */
function openPresentation(
  ctx: Context,
  { lockdown, presenter }: { lockdown: Lockdown; presenter: PresenterHub }
): void {
  const displays = choosePresentDisplays(
    screen.getAllDisplays(),
    screen.getPrimaryDisplay(),
    ctx.config.display
  )
  const audience = createShowWindow(
    'present',
    displays.audience.bounds,
    ctx.pageUrl(),
    ctx.devServerUrl
  )
  ctx.addWindow(audience)
  // The presentation starts from the audience's state; a presenter that joins takes it.
  presenter.setAudience(audience.webContents.id)
  lockdown.attach(audience, 'present')
  const presenterWin = createShowWindow(
    'windowed',
    displays.presenter.bounds,
    presenterUrl(ctx.devServerUrl),
    ctx.devServerUrl
  )
  presenterWin.setTitle('Presenter · 演讲者视图')
  if (displays.separate) presenterWin.maximize()
  ctx.addWindow(presenterWin)
  lockdown.attach(presenterWin, 'windowed')
  // Closing either window ends the presentation.
  for (const win of [audience, presenterWin]) win.on('closed', () => app.quit())
}
