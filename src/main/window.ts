/**
 * The one show window: fullscreen by default, a normal resizable window with `--windowed`.
 */
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import type { HostMode } from '@shared/ipc'
import { guardNavigation } from './navigation'
import { rendererUrl, windowOptions } from './window-options'

/** Creates and shows the show window. */
export function createShowWindow(mode: HostMode, devServerUrl?: string): BrowserWindow {
  const win = new BrowserWindow(
    windowOptions(mode, join(import.meta.dirname, '../preload/index.cjs'))
  )
  guardNavigation(win.webContents, devServerUrl)
  win.once('ready-to-show', () => win.show())
  void win.loadURL(rendererUrl(devServerUrl))
  return win
}
