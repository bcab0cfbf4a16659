/**
 * The one show window: fullscreen on the chosen display by default, a normal resizable window
 * with `--windowed`.
 */
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import type { AppMode } from '@shared/app-config'
import { guardNavigation } from './navigation'
import { windowOptions, type Bounds } from './window-options'

/** Creates a window of the app on the given screen area and loads `url` (an app page). */
export function createShowWindow(
  mode: AppMode,
  display: Bounds,
  url: string,
  devServerUrl?: string
): BrowserWindow {
  const preload = join(import.meta.dirname, '../preload/index.cjs')
  const win = new BrowserWindow(windowOptions(mode, preload, display))
  guardNavigation(win.webContents, devServerUrl)
  win.once('ready-to-show', () => win.show())
  void win.loadURL(url)
  return win
}
