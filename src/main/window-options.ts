/**
 * The show window's options, as plain data so its security settings are unit-tested.
 */
import type { BrowserWindowConstructorOptions } from 'electron'
import type { HostMode } from '@shared/ipc'
import { APP_ORIGIN } from './app-paths'

/** The letterbox colour, shown before the first paint too (no white flash). */
export const BACKGROUND_COLOR = '#0b1526'

/** Window options for a mode; a plain function so the security settings are testable. */
export function windowOptions(mode: HostMode, preload: string): BrowserWindowConstructorOptions {
  const fullscreen = mode === 'kiosk'
  return {
    width: 1600,
    height: 900,
    minWidth: 480,
    minHeight: 360,
    title: 'Yuzhong Education · 渝中教育',
    backgroundColor: BACKGROUND_COLOR,
    show: false,
    fullscreen,
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      webviewTag: false,
      navigateOnDragDrop: false
    }
  }
}

/** Where the renderer is loaded from: the dev server while developing, else the app scheme. */
export function rendererUrl(devServerUrl: string | undefined): string {
  return devServerUrl ?? `${APP_ORIGIN}/index.html`
}
