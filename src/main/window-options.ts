/**
 * The show window's options, as plain data so its security settings are unit-tested.
 */
import type { Lang } from '@shared/content'
import type { BrowserWindowConstructorOptions } from 'electron'
import type { AppMode } from '@shared/app-config'
import { APP_ORIGIN } from './app-paths'
import { windowedBounds, type Bounds } from './display-rules'

/** The letterbox colour, shown before the first paint too (no white flash). */
export const BACKGROUND_COLOR = '#0b1526'

export type { Bounds } from './display-rules'

/**
 * Window options for a mode on a display; a plain function so the security settings are testable.
 * Fullscreen modes cover the display's own bounds (not the primary's); windowed opens centred on it.
 */
export function windowOptions(
  mode: AppMode,
  preload: string,
  display: Bounds = { x: 0, y: 0, width: 1920, height: 1080 },
  /** An installed (packaged) build: developer tools cannot be opened at all. */
  packaged = false
): BrowserWindowConstructorOptions {
  const fullscreen = mode !== 'windowed'
  const { x, y, width, height } = fullscreen ? display : windowedBounds(display)
  return {
    x,
    y,
    width,
    height,
    minWidth: 480,
    minHeight: 360,
    title: 'Yuzhong Education · 渝中教育',
    backgroundColor: BACKGROUND_COLOR,
    show: false,
    fullscreen,
    kiosk: mode === 'kiosk',
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
      navigateOnDragDrop: false,
      devTools: !packaged
    }
  }
}

/**
 * Where the renderer is loaded from: the dev server while developing, else the app scheme;
 * optionally at a slide (`#/<id>`) or as the calm "halted" page after repeated crashes.
 */
export function rendererUrl(
  devServerUrl: string | undefined,
  slideId: string | null = null,
  halted = false
): string {
  const base = devServerUrl ?? `${APP_ORIGIN}/index.html`
  const query = halted ? '?halted=1' : ''
  const hash = slideId ? `#/${encodeURIComponent(slideId)}` : ''
  return `${base}${query}${hash}`
}

/** The print view (every slide, for the PDF handout) in a language, with the speaker notes or not. */
export function printUrl(devServerUrl: string | undefined, lang: Lang, notes = false): string {
  const base = devServerUrl ?? `${APP_ORIGIN}/index.html`
  return `${base}?print&lang=${lang}${notes ? '&notes' : ''}`
}

/** The presenter view (current and next slide, notes, timer). */
export function presenterUrl(devServerUrl: string | undefined): string {
  return `${devServerUrl ?? `${APP_ORIGIN}/index.html`}?presenter`
}
