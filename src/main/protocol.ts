/**
 * The app's own scheme, `app://bundle/...`, which serves the renderer build and the content pack
 * instead of `file://` (so the page has a real origin, a CSP header and no access to the disk).
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { protocol } from 'electron'
import { PACK_RESPONSE_HEADERS } from '@shared/pack-rules'
import { withoutPrerender } from '@shared/prerender'
import { APP_SCHEME, CONTENT_SECURITY_POLICY, resolveAppFile, type ServedRoots } from './app-paths'

/** Headers of the app's own files: its page policy, and no type sniffing. */
const PAGE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff'
}

/** What the scheme serves at the moment. */
export interface ServedPage extends ServedRoots {
  /**
   * The page keeps the first frame the build prerendered into it (shared/prerender.ts): only when
   * that frame is the app's first view, i.e. the bundled pack is shown and there are no opening
   * hours (the first view may be the closed screen).
   */
  keepFirstFrame: boolean
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
    // The page's prerendered first frame goes when it would not be the app's first view.
    const strip =
      !served.keepFirstFrame && !found.pack && found.file === join(served.renderer, 'index.html')
    return new Response(strip ? withoutPrerender(body.toString('utf8')) : new Uint8Array(body), {
      headers: {
        'content-type': found.type,
        // A pack file is sandboxed: an opaque origin of its own, whatever it holds.
        ...(found.pack ? PACK_RESPONSE_HEADERS : PAGE_HEADERS)
      }
    })
  })
}
