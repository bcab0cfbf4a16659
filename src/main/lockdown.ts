/**
 * Kiosk lockdown of the app's windows: no reload, close, zoom, developer tools or leaving
 * fullscreen by keys or gestures, and the display kept awake. The rules are pure and tested in
 * lockdown-rules.ts; this wires them to each window the app opens.
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
  /** Locks a window down for its mode. */
  attach(win: BrowserWindow, mode: AppMode): void
  /** Lets kiosk windows close (the admin's Exit; quitting the app does this too). */
  allowClose(): void
  /** Whether a kiosk window is put back into fullscreen when it leaves it (the admin's Windowed turns this off). */
  holdFullscreen(hold: boolean): void
  /** Lets the display sleep (outside opening hours), or keeps it awake again. */
  allowDisplaySleep(allow: boolean): void
}

/** The lockdown feature; quitting the app (the admin's Exit, the OS logging out) may close. */
export function setupLockdown(): Lockdown {
  let closable = false
  let held = true
  let sleepAllowed = false
  /** Windows that keep the display awake, with their power-save blocker (when one runs). */
  const awake = new Map<BrowserWindow, number | null>()
  const block = (win: BrowserWindow): void => {
    if (sleepAllowed || awake.get(win) != null) return
    awake.set(win, powerSaveBlocker.start('prevent-display-sleep'))
  }
  const unblock = (win: BrowserWindow): void => {
    const id = awake.get(win)
    if (id != null) powerSaveBlocker.stop(id)
    awake.set(win, null)
  }
  app.on('before-quit', () => {
    closable = true
  })

  return {
    attach(win, mode) {
      const contents = win.webContents
      contents.on('before-input-event', (event, input) => {
        if (blockedShortcut(input, mode)) {
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
        awake.set(win, null)
        block(win)
        win.on('closed', () => {
          unblock(win)
          awake.delete(win)
        })
      }
      log.info(`[lockdown] mode ${mode}`)
    },
    allowClose() {
      closable = true
    },
    holdFullscreen(hold) {
      held = hold
    },
    allowDisplaySleep(allow) {
      sleepAllowed = allow
      for (const win of awake.keys()) {
        if (allow) unblock(win)
        else block(win)
      }
    }
  }
}
