/**
 * Where the app's own scheme, `app://bundle/...`, finds its files: the renderer build and the
 * content pack, never anything outside them. Pure (no Electron), so it is unit-tested with
 * hostile paths.
 */
import { realpathSync, statSync } from 'node:fs'
import { extname, isAbsolute, relative, resolve, sep } from 'node:path'
import { pageContentSecurityPolicy } from '@shared/pack-rules'
import { resolvePackFile } from './pack-files'

export const APP_SCHEME = 'app'
export const APP_HOST = 'bundle'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** The Content-Security-Policy of every page the app serves (shared with `npm run web`). */
export const CONTENT_SECURITY_POLICY = pageContentSecurityPolicy(APP_ORIGIN)

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

/** A file the scheme serves: from the renderer build, or from the content pack. */
export interface AppFile {
  file: string
  /** The content type it is served as. */
  type: string
  /** It comes from the content pack (served sandboxed, see `PACK_RESPONSE_HEADERS`). */
  pack: boolean
}

/**
 * Maps a request URL to a file inside one of the served roots, or `null` when the URL is not
 * ours or would leave its root (`..`, encoded `%2e%2e`, backslashes, absolute paths, symlinks
 * pointing outside). Content-pack files follow the one rule `npm run web` and the checker share
 * (`resolvePackFile`): only deck.json and the schema's image types. Pure apart from `realpath`.
 */
export function resolveAppFile(url: string, roots: ServedRoots): AppFile | null {
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
  if (segments[0] === 'content') {
    const found = resolvePackFile(roots.content, segments.slice(1).join('/'))
    return found.ok ? { file: found.file, type: found.type, pack: true } : null
  }
  const root = roots.renderer
  if (segments.length === 0) segments.push('index.html')
  const candidate = resolve(root, ...segments)
  if (!isInside(root, candidate)) return null
  try {
    const real = realpathSync(candidate)
    if (!isInside(realpathSync(root), real) || !statSync(real).isFile()) return null
    const type = MIME[extname(real).toLowerCase()] ?? 'application/octet-stream'
    return { file: real, type, pack: false }
  } catch {
    return null
  }
}

/** The file {@link resolveAppFile} finds for a URL, or null. */
export function resolveAppPath(url: string, roots: ServedRoots): string | null {
  return resolveAppFile(url, roots)?.file ?? null
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}
