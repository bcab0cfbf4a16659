/**
 * Kiosk lockdown of the show window: no reload, close, zoom, developer tools or leaving
 * fullscreen by keys or gestures, and the display kept awake.
 */
import { app, powerSaveBlocker, type BrowserWindow } from 'electron'
import type { AppMode } from '@shared/app-config'
import { blockedShortcut, windowedFullscreenKey } from './lockdown-rules'
import { log } from './logging'

/** Must run before `app.whenReady()`: pinch never zooms the page. */
export function setupLockdownSwitches(mode: AppMode): void {
  app.commandLine.appendSwitch('disable-pinch')
  if (mode === 'kiosk') app.commandLine.appendSwitch('overscroll-history-navigation', '0')
}

export interface Lockdown {
  /** Lets the window close (the admin's Exit). */
  allowClose(): void
  /** Whether the kiosk window is put back into fullscreen when it leaves it (the admin's Windowed turns this off). */
  holdFullscreen(hold: boolean): void
}

export function setupLockdown(win: BrowserWindow, mode: AppMode): Lockdown {
  let closable = mode !== 'kiosk'
  let held = mode === 'kiosk'
  const contents = win.webContents

  contents.on('before-input-event', (event, input) => {
    const reason = blockedShortcut(input, mode)
    if (reason) {
      event.preventDefault()
      return
    }
    if (mode !== 'windowed') return
    const fullscreen = windowedFullscreenKey(input, win.isFullScreen())
    if (fullscreen !== null) {
      win.setFullScreen(fullscreen)
      event.preventDefault()
    }
  })
  contents.on('did-finish-load', () => void contents.setVisualZoomLevelLimits(1, 1))
  contents.on('zoom-changed', () => contents.setZoomFactor(1))

  if (mode === 'kiosk') {
    win.on('close', (event) => {
      if (!closable) event.preventDefault()
    })
    win.on('leave-full-screen', () => {
      if (!closable && held) win.setFullScreen(true)
    })
    contents.on('devtools-opened', () => contents.closeDevTools())
  }

  if (mode === 'kiosk' || mode === 'present') {
    const id = powerSaveBlocker.start('prevent-display-sleep')
    win.on('closed', () => powerSaveBlocker.stop(id))
  }

  log.info(`[lockdown] mode ${mode}`)
  return {
    allowClose() {
      closable = true
    },
    holdFullscreen(hold) {
      held = hold && mode === 'kiosk'
    }
  }
}
