/**
 * The app's own scheme, `app://bundle/...`, which serves the renderer build and the content pack
 * instead of `file://` (so the page has a real origin, a CSP header and no access to the disk).
 */
import { realpathSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { protocol } from 'electron'

export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The Content-Security-Policy of every page the app serves. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff'
}

/** Folders the scheme serves: `content/...` from the content pack, the rest from the renderer. */
export interface ServedRoots {
  renderer: string
  content: string
}

/**
 * Maps a request URL to a file inside one of the served roots, or `null` when the URL is not
 * ours or would leave its root (`..`, encoded `%2e%2e`, backslashes, absolute paths, symlinks
 * pointing outside). Pure apart from `realpath`, which resolves symlinks.
 */
export function resolveAppPath(url: string, roots: ServedRoots): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\')) return null
  const segments = path.split('/').filter((s) => s !== '')
  if (segments.some((s) => s === '..' || s === '.')) return null
  let root = roots.renderer
  if (segments[0] === 'content') {
    root = roots.content
    segments.shift()
  }
  if (segments.length === 0) {
    if (root !== roots.renderer) return null
    segments.push('index.html')
  }
  const candidate = resolve(root, ...segments)
  if (!isInside(root, candidate)) return null
  try {
    const real = realpathSync(candidate)
    if (!isInside(realpathSync(root), real) || !statSync(real).isFile()) return null
    return real
  } catch {
    return null
  }
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
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

/** Serves the scheme from the given roots, with the CSP on every response. */
export function setupProtocol(roots: ServedRoots): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppPath(request.url, roots)
    if (!file) return new Response('Not found', { status: 404 })
    const body = await readFile(file)
    return new Response(body, {
      headers: {
        'content-type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff'
      }
    })
  })
}
