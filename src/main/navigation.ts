/**
 * Keeps every window on the app: navigation elsewhere and new windows are refused.
 */
import type { WebContents, WebFrameMain } from 'electron'
import { APP_HOST, APP_SCHEME } from './app-paths'

/**
 * Whether a URL may be loaded in an app window: only the app's own origin, or the dev server
 * while developing.
 */
export function isAllowedUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  // Node's URL gives custom schemes an opaque origin ("null"), so compare scheme and host.
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  if (devServerUrl) {
    try {
      return parsed.origin === new URL(devServerUrl).origin
    } catch {
      return false
    }
  }
  return false
}

/** Denies `window.open` and navigation away from the app for one window's contents. */
export function guardNavigation(contents: WebContents, devServerUrl?: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedUrl(url, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/**
 * Whether a URL is the app's page itself: `app://bundle/index.html` (any query or hash), or the
 * dev server's page while developing. Any other file of the origin (a pack's SVG opened
 * top-level, a script, the favicon) is not.
 */
export function isAppPage(url: string, devServerUrl?: string): boolean {
  if (!isAllowedUrl(url, devServerUrl)) return false
  const { pathname, protocol } = new URL(url)
  if (protocol === `${APP_SCHEME}:`) return pathname === '/index.html'
  return pathname === '/' || pathname === '/index.html'
}

/** Whether a message comes from the top frame of the app's page (not a foreign page, another
 * file of the app's origin or a sub-frame). */
export function isTrustedSender(
  frame: Pick<WebFrameMain, 'url' | 'parent'> | null | undefined,
  devServerUrl?: string
): boolean {
  return !!frame && frame.parent === null && isAppPage(frame.url, devServerUrl)
}
