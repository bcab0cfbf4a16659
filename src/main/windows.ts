/**
 * Opens the app's windows for its mode: the kiosk or laptop show window on the chosen display,
 * or, in present mode, the audience fullscreen on the external display and the presenter view on
 * the laptop. Each is locked down for its mode; the show window is watched for crashes.
 */
import { app, screen, type BrowserWindow } from 'electron'
import type { AppContext } from './app-context'
import {
  centreOn,
  chooseDisplay,
  describeDisplays,
  windowedBounds,
  type Bounds
} from './display-rules'
import type { Lockdown } from './lockdown'
import { log } from './logging'
import type { PresenterHub } from './presenter'
import { placementMoved, presentPlacement, type PresentPlacement } from './presenter-rules'
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
  const place = (): PresentPlacement =>
    presentPlacement(screen.getAllDisplays(), screen.getPrimaryDisplay(), ctx.config.display)
  log.info(`[display] ${describeDisplays(screen.getAllDisplays(), screen.getPrimaryDisplay())}`)
  let placement = place()
  // Without a projector the audience is a normal window beside the presenter view (see
  // presentPlacement); `present` lockdown either way.
  const audience = createShowWindow(
    placement.audience.fullscreen ? 'present' : 'windowed',
    placement.audience.bounds,
    ctx.pageUrl(),
    ctx.devServerUrl
  )
  ctx.addWindow(audience)
  // The presentation starts from the audience's state; a presenter that joins takes it.
  presenter.setAudience(audience.webContents.id)
  lockdown.attach(audience, 'present')
  const presenterWin = createShowWindow(
    'windowed',
    placement.presenter.bounds,
    presenterUrl(ctx.devServerUrl),
    ctx.devServerUrl
  )
  presenterWin.setTitle('Presenter · 演讲者视图')
  if (placement.separate) presenterWin.maximize()
  ctx.addWindow(presenterWin)
  lockdown.attach(presenterWin, 'windowed')
  // Closing either window ends the presentation.
  for (const win of [audience, presenterWin]) win.on('closed', () => app.quit())

  // A projector plugged in (or out) after the start: the audience follows it.
  const follow = (): void => {
    if (audience.isDestroyed() || presenterWin.isDestroyed()) return
    const next = place()
    if (!placementMoved(placement, next)) return
    placement = next
    log.info(
      `[display] ${describeDisplays(screen.getAllDisplays(), screen.getPrimaryDisplay())}; ` +
        `audience ${next.separate ? 'fullscreen on its own display' : 'windowed on the laptop'}`
    )
    moveWindow(audience, next.audience.bounds, next.audience.fullscreen)
    if (!centreOn(presenterWin.getBounds(), next.presenter.bounds))
      moveWindow(presenterWin, windowedBounds(next.presenter.bounds), false)
    if (next.separate) presenterWin.maximize()
  }
  screen.on('display-added', follow)
  screen.on('display-removed', follow)
}

/**
 * Moves a window to `bounds`, fullscreen or not. A fullscreen window leaves fullscreen first and
 * moves once it has (macOS animates the change, and a window moved meanwhile stays put).
 */
function moveWindow(win: BrowserWindow, bounds: Bounds, fullscreen: boolean): void {
  const move = (): void => {
    win.setBounds(bounds)
    if (fullscreen) win.setFullScreen(true)
  }
  if (!win.isFullScreen()) return move()
  win.once('leave-full-screen', move)
  win.setFullScreen(false)
}
