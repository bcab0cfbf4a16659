/**
 * The app's own scheme, `app://bundle/...`, which serves the renderer build and the content pack
 * instead of `file://` (so the page has a real origin, a CSP header and no access to the disk).
 */
import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { PACK_RESPONSE_HEADERS } from '@shared/pack-rules'
import { APP_SCHEME, CONTENT_SECURITY_POLICY, resolveAppFile, type ServedRoots } from './app-paths'

/** Headers of the app's own files: its page policy, and no type sniffing. */
const PAGE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff'
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
export function setupProtocol(roots: () => ServedRoots): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const found = resolveAppFile(request.url, roots())
    if (!found) return new Response('Not found', { status: 404 })
    let body: Buffer
    try {
      body = await readFile(found.file)
    } catch {
      return new Response('Not found', { status: 404 })
    }
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': found.type,
        // A pack file is sandboxed: an opaque origin of its own, whatever it holds.
        ...(found.pack ? PACK_RESPONSE_HEADERS : PAGE_HEADERS)
      }
    })
  })
}
