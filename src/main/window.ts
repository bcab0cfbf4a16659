/**
 * The app's window factory: the show (fullscreen on the chosen display by default, a normal
 * resizable window with `--windowed`), the presenter view and the PDF export's hidden window.
 */
import { join } from 'node:path'
import { app, BrowserWindow } from 'electron'
import type { AppMode } from '@shared/app-config'
import { guardNavigation } from './navigation'
import { windowOptions, type Bounds } from './window-options'

/**
 * Creates a window of the app on the given screen area and loads `url` (an app page); a hidden
 * window (the PDF export's) is never shown.
 */
export function createShowWindow(
  mode: AppMode,
  display: Bounds,
  url: string,
  devServerUrl?: string,
  { hidden = false }: { hidden?: boolean } = {}
): BrowserWindow {
  const preload = join(import.meta.dirname, '../preload/index.cjs')
  // The app's only `new BrowserWindow`: every window gets the same locked-down options.
  const win = new BrowserWindow(windowOptions(mode, preload, display, app.isPackaged))
  guardNavigation(win.webContents, devServerUrl)
  if (!hidden) win.once('ready-to-show', () => win.show())
  void win.loadURL(url)
  return win
}
