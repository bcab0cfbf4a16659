/**
 * The app's own scheme, `app://bundle/...`, which serves the renderer build and the content pack
 * instead of `file://` (so the page has a real origin, a CSP header and no access to the disk).
 */
import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { PACK_RESPONSE_HEADERS } from '@shared/pack-rules'
import { servedPage } from './first-frame'
import { APP_SCHEME, CONTENT_SECURITY_POLICY, resolveAppFile, type ServedRoots } from './app-paths'

/** Headers of the app's own files: its page policy, and no type sniffing. */
const PAGE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff'
}

/** What the scheme serves at the moment. */
export interface ServedPage extends ServedRoots {
  /**
   * No opening hours: the app's first view is the show (with them it may be the closed screen, so
   * the page comes without its prerendered first frame; see first-frame.ts).
   */
  firstViewIsShow: boolean
}

/** Must run before `app.whenReady()`: gives the scheme the standing of https. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
    }
  ])
}

/**
 * Serves the scheme from the roots of the moment (the content pack can change): the app's files
 * with the page CSP, pack files sandboxed (`PACK_RESPONSE_HEADERS`).
 */
export function setupProtocol(roots: () => ServedPage): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const served = roots()
    const found = resolveAppFile(request.url, served)
    if (!found) return new Response('Not found', { status: 404 })
    let body: Buffer
    try {
      body = await readFile(found.file)
    } catch {
      return new Response('Not found', { status: 404 })
    }
    // The page keeps its prerendered first frame only when it shows what the app will show.
    const { pathname } = new URL(request.url)
    const page = !found.pack && (pathname === '/' || pathname === '/index.html')
    return new Response(
      page
        ? await servedPage(body.toString('utf8'), served.content, served.firstViewIsShow)
        : new Uint8Array(body),
      {
        headers: {
          'content-type': found.type,
          // A pack file is sandboxed: an opaque origin of its own, whatever it holds.
          ...(found.pack ? PACK_RESPONSE_HEADERS : PAGE_HEADERS)
        }
      }
    )
  })
}
