/**
 * The files a content pack may serve, checked on disk: the rule of `packFileType` (only
 * `deck.json` and media of the schema's image types), confined to the pack by real path (no
 * symlink may lead out), and within the size caps. The Electron protocol, `npm run web` and the
 * checker all call this one function, so what passes the checker is exactly what the hosts serve.
 * Plain Node (no Electron).
 */
import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { packFileMaxBytes, packFileType } from '@shared/pack-rules'

/** Why a pack file is not served. */
export type PackFileRefusal = 'type' | 'missing' | 'outside' | 'not-file' | 'too-big'

export type PackFile =
  | { ok: true; file: string; type: string; size: number }
  | { ok: false; reason: PackFileRefusal; size?: number }

/** Whether `path` is strictly inside `root` (both absolute). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

/**
 * Finds the file a pack serves at `path` (relative to the pack, `/`-separated, already
 * URL-decoded), or why it does not.
 */
export function resolvePackFile(root: string, path: string): PackFile {
  const type = packFileType(path)
  if (!type) return { ok: false, reason: 'type' }
  let real: string
  let realRoot: string
  try {
    realRoot = realpathSync(root)
    real = realpathSync(resolve(root, path))
  } catch {
    return { ok: false, reason: 'missing' }
  }
  if (!isInside(realRoot, real)) return { ok: false, reason: 'outside' }
  let size: number
  try {
    const stat = statSync(real)
    if (!stat.isFile()) return { ok: false, reason: 'not-file' }
    size = stat.size
  } catch {
    return { ok: false, reason: 'missing' }
  }
  if (size > packFileMaxBytes(path)) return { ok: false, reason: 'too-big', size }
  return { ok: true, file: real, type, size }
}
