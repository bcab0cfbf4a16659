/**
 * The one show window: fullscreen on the chosen display by default, a normal resizable window
 * with `--windowed`.
 */
import { join } from 'node:path'
import { BrowserWindow } from 'electron'
import type { AppMode } from '@shared/app-config'
import { guardNavigation } from './navigation'
import { rendererUrl, windowOptions, type Bounds } from './window-options'

/** Creates and shows the show window. */
export function createShowWindow(
  mode: AppMode,
  display: Bounds,
  devServerUrl?: string
): BrowserWindow {
  const preload = join(import.meta.dirname, '../preload/index.cjs')
  const win = new BrowserWindow(windowOptions(mode, preload, display))
  guardNavigation(win.webContents, devServerUrl)
  win.once('ready-to-show', () => win.show())
  void win.loadURL(rendererUrl(devServerUrl))
  return win
}
