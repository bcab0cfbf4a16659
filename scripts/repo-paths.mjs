/**
 * The repository stands alone: a clone with nothing beside it must build and pass its tests. This
 * finds, in the tracked files, every relative path that climbs above the repository's root and
 * every absolute path that only exists on one machine (a home folder, a build farm's work tree).
 * Standard install paths (/usr/bin/…, /Applications/…, %PROGRAMFILES%) are not machine-specific.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, posix, relative, sep } from 'node:path'

/**
 * @typedef {object} PathProblem
 * @property {string} file   repository-relative path, with forward slashes
 * @property {number} line   1-based
 * @property {string} text   the offending path
 * @property {string} why
 */

/** A run of `../` (or `..\`) with what follows it, up to a quote, space or bracket. */
const RELATIVE = /(?:\.\.[/\\])+[^\s'"`)\]>},;]*/g

/**
 * Absolute paths that name one machine or one person: POSIX home folders and work trees, and
 * Windows user folders with a real name in them (placeholders such as <user> or %USERNAME% are
 * fine). The letters are split so this file does not match itself.
 */
const MACHINE_SPECIFIC = [
  new RegExp('(?<![\\w.~-])/(?:wo' + 'rk|fa' + 'rm|ro' + 'ot)/[\\w.-]', 'g'),
  new RegExp('(?<![\\w.~-])/(?:ho' + 'me|Us' + 'ers)/(?![<$%{])[A-Za-z]', 'g'),
  new RegExp('\\b[A-Za-z]:\\\\+Us' + 'ers\\\\+(?![<$%{]|Public\\b|Default\\b)[A-Za-z]', 'g')
]

/** Files whose contents are not ours to police (generated lock data, binary assets). */
const SKIP = /(^|\/)package-lock\.json$|\.(png|jpe?g|webp|gif|ico|icns|woff2?|ttf|otf|pdf)$/i

/**
 * Scans file contents for references outside the repository.
 * @param {{ path: string, text: string }[]} files  repository-relative paths (forward slashes)
 * @returns {PathProblem[]}
 */
export function findOutsideReferences(files) {
  /** @type {PathProblem[]} */
  const problems = []
  for (const { path, text } of files) {
    if (SKIP.test(path)) continue
    const dir = posix.dirname(path)
    const lines = text.split('\n')
    lines.forEach((line, i) => {
      for (const match of line.matchAll(RELATIVE)) {
        const target = posix.normalize(posix.join(dir, match[0].replaceAll('\\', '/')))
        if (target === '..' || target.startsWith('../'))
          problems.push({
            file: path,
            line: i + 1,
            text: match[0],
            why: 'relative path climbs above the repository root'
          })
      }
      for (const pattern of MACHINE_SPECIFIC) {
        for (const match of line.matchAll(pattern))
          problems.push({
            file: path,
            line: i + 1,
            text: line.slice(match.index, match.index + 40).trim(),
            why: 'absolute path that only exists on one machine'
          })
      }
    })
  }
  return problems
}

/**
 * The repository's tracked files (git), or every file outside node_modules/out when there is no
 * git (an unpacked archive).
 * @param {string} root
 * @returns {string[]}
 */
export function trackedFiles(root) {
  try {
    const out = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    return out.split('\0').filter((f) => f.length > 0)
  } catch {
    /** @type {string[]} */
    const files = []
    const walk = (/** @type {string} */ dir) => {
      for (const name of readdirSync(dir)) {
        if (['node_modules', 'out', 'dist', '.git', 'reports', 'test-results'].includes(name))
          continue
        const full = join(dir, name)
        if (statSync(full).isDirectory()) walk(full)
        else files.push(relative(root, full).split(sep).join('/'))
      }
    }
    walk(root)
    return files
  }
}

/**
 * Reads the tracked text files of the repository at `root`.
 * @param {string} root
 */
export function readRepoFiles(root) {
  return trackedFiles(root)
    .filter((path) => !SKIP.test(path))
    .flatMap((path) => {
      try {
        return [{ path, text: readFileSync(join(root, path), 'utf8') }]
      } catch {
        return [] // deleted in the work tree but still in the index
      }
    })
}
