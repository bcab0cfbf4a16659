/**
 * Where the app's own scheme, `app://bundle/...`, finds its files: the renderer build and the
 * content pack, never anything outside them. Pure (no Electron), so it is unit-tested with
 * hostile paths.
 */
import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import directives from '@shared/content-security-policy.json'

export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The Content-Security-Policy of every page the app serves (shared with `npm run web`). */
export const CONTENT_SECURITY_POLICY = directives.join('; ')

export const MIME: Record<string, string> = {
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
