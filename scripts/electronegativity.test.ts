/**
 * Electronegativity (Doyensec's scanner for Electron security misconfigurations) over what ships,
 * through its programmatic API: the build in out/ with package.json, as electron-builder packs
 * them, and the TypeScript sources of main and preload. Any finding fails the test, except one
 * waived in security/electronegativity-waivers.json as a false positive; a waiver that matches no
 * finding fails it too, so waivers do not outlive their findings.
 *
 * The scanner's parser predates ES2022 class fields and reads only .js/.ts/.html files, so the
 * built JavaScript is copied to a temporary folder, lowered to ES2019 (line numbers mapped back
 * through a source map) and renamed `.cjs` → `.cjs.js`; nothing is written into the repository.
 *
 * Needs the build in out/: `npm test` runs `npm run build` before the unit tests.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createRequire, SourceMap, type SourceMapPayload } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, extname, join, relative, resolve, sep } from 'node:path'
import { transformWithOxc } from 'vite'
import { afterAll, describe, expect, it, vi } from 'vitest'

const root = resolve(import.meta.dirname, '..')
const WAIVERS_FILE = 'security/electronegativity-waivers.json'

interface Issue {
  id: string
  file: string
  location: { line: number; column: number }
  description: string
}
interface RunResult {
  globalChecks: number
  atomicChecks: number
  errors: { file: string; message: string; tolerable: boolean }[]
  issues: Issue[]
}
interface RunOptions {
  input: string
  isRelative: boolean
  electronVersionOverride: string
  excludeFromScan: string[]
}

const require = createRequire(import.meta.url)
const run = require('@doyensec/electronegativity') as (options: RunOptions) => Promise<RunResult>
type Checks = Record<'CHECKS' | 'GLOBAL_CHECKS', { name: string }[]>
const checks = '@doyensec/electronegativity/dist/finder/checks'
const { CHECKS } = require(`${checks}/AtomicChecks`) as Pick<Checks, 'CHECKS'>
const { GLOBAL_CHECKS } = require(`${checks}/GlobalChecks`) as Pick<Checks, 'GLOBAL_CHECKS'>
const checkNames = [...CHECKS, ...GLOBAL_CHECKS].map((check) => check.name)
const electronVersion = (require('electron/package.json') as { version: string }).version

interface Finding {
  check: string
  /** Path from the repository root; for a finding about the whole app, the folder scanned. */
  file: string
  line: number
  description: string
}
interface Waiver {
  check: string
  file: string
  reason: string
}
interface Waivers {
  about: string
  excludedChecks: { check: string; reason: string }[]
  waivers: Waiver[]
}

const waivers = JSON.parse(readFileSync(join(root, WAIVERS_FILE), 'utf8')) as Waivers
const work = mkdtempSync(join(tmpdir(), 'yuzhong-electronegativity-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const format = (f: Finding): string => `${f.check}: ${f.file}:${f.line}: ${f.description}`

/** Every file under a folder, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

/** Where a staged file came from, and how to map its lines back. */
interface Origin {
  file: string
  map?: SourceMap
}

/**
 * Copies what electron-builder packs (out/ and package.json) into `stage`, lowering the built
 * JavaScript so the scanner can parse it. Returns the origin of each staged file.
 */
async function stageBuild(stage: string): Promise<Map<string, Origin>> {
  const origins = new Map<string, Origin>()
  for (const file of filesUnder(join(root, 'out')).map((f) => `out/${f}`)) {
    const ext = extname(file)
    if (ext === '.map') continue
    const target = ['.cjs', '.mjs'].includes(ext) ? `${file}.js` : file
    mkdirSync(dirname(join(stage, target)), { recursive: true })
    if (['.js', '.cjs', '.mjs'].includes(ext)) {
      const code = readFileSync(join(root, file), 'utf8')
      const lowered = await transformWithOxc(code, file, {
        lang: 'js',
        target: 'es2019',
        sourcemap: true
      })
      writeFileSync(join(stage, target), lowered.code)
      const map = lowered.map
        ? new SourceMap(lowered.map as unknown as SourceMapPayload)
        : undefined
      origins.set(target, map ? { file, map } : { file })
    } else {
      cpSync(join(root, file), join(stage, target))
      origins.set(target, { file })
    }
  }
  cpSync(join(root, 'package.json'), join(stage, 'package.json'))
  origins.set('package.json', { file: 'package.json' })
  return origins
}

/** Copies the main and preload sources, without their tests, into `stage`. */
function stageSources(stage: string): Map<string, Origin> {
  const origins = new Map<string, Origin>()
  for (const dir of ['src/main', 'src/preload']) {
    for (const file of filesUnder(join(root, dir)).map((f) => `${dir}/${f}`)) {
      if (!/\.ts$/.test(file) || /\.test\.ts$/.test(file)) continue
      mkdirSync(dirname(join(stage, file)), { recursive: true })
      cpSync(join(root, file), join(stage, file))
      origins.set(file, { file })
    }
  }
  return origins
}

/** Runs the scanner over a staged folder and reports findings against the original files. */
async function scan(label: string, stage: string, origins: Map<string, Origin>) {
  const unknown = waivers.excludedChecks.filter((c) => !checkNames.includes(c.check))
  expect(unknown, `${WAIVERS_FILE}: excludedChecks not known to the scanner`).toEqual([])

  // The scanner fetches translations for $LANG (failing quickly offline, then using its own
  // English): pin the language so descriptions do not depend on the machine, and drop the notice.
  const lang = process.env['LANG']
  process.env['LANG'] = 'en-US'
  const log = console.log
  const spy = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args)
  })
  let result: RunResult
  try {
    result = await run({
      input: stage,
      isRelative: true,
      electronVersionOverride: electronVersion,
      excludeFromScan: waivers.excludedChecks.map((c) => c.check)
    })
  } finally {
    spy.mockRestore()
    if (lang === undefined) delete process.env['LANG']
    else process.env['LANG'] = lang
  }

  const origin = (file: string): Origin | undefined => origins.get(file.split(sep).join('/'))
  const findings = result.issues.map((issue): Finding => {
    const from = origin(issue.file)
    let line = issue.location.line
    if (from?.map && line > 0) {
      const entry = from.map.findEntry(line - 1, issue.location.column)
      if ('originalLine' in entry) line = entry.originalLine + 1
    }
    return {
      check: issue.id,
      file: issue.file === 'N/A' ? label : (from?.file ?? issue.file),
      line,
      description: issue.description
    }
  })
  // A file that failed to parse was not checked; a tolerable error was parsed with recovery.
  const describeError = (e: RunResult['errors'][number]): string => {
    const file = relative(stage, e.file).split(sep).join('/')
    return `${origin(file)?.file ?? file}: ${e.message}`
  }
  for (const e of result.errors.filter((e) => e.tolerable)) console.warn(describeError(e))
  const unreadable = result.errors.filter((e) => !e.tolerable).map(describeError)
  return { findings, unreadable, checks: result.globalChecks + result.atomicChecks }
}

const isWaived = (f: Finding) => (w: Waiver) => w.check === f.check && w.file === f.file

describe('electronegativity', () => {
  const all: Finding[] = []
  let scanned = 0

  it('reads every file of the build (out/ and package.json)', async () => {
    const missing = [
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html'
    ].filter((file) => !existsSync(join(root, file)))
    if (missing.length > 0) {
      throw new Error(
        `The build is missing (${missing.join(', ')}): run \`npm run build\` first ` +
          '(`npm test` builds before the unit tests).'
      )
    }
    const stage = join(work, 'build')
    const origins = await stageBuild(stage)
    expect([...origins.values()].map((o) => o.file)).toEqual(
      expect.arrayContaining(['out/main/index.js', 'out/preload/index.cjs', 'package.json'])
    )
    const { findings, unreadable, checks } = await scan('out', stage, origins)
    all.push(...findings)
    scanned++
    expect(checks, 'checks run').toBeGreaterThan(30)
    expect(unreadable, 'files the scanner could not read').toEqual([])
  }, 120_000)

  it('reads every source file of main and preload', async () => {
    const stage = join(work, 'sources')
    const origins = stageSources(stage)
    expect(origins.size).toBeGreaterThan(3)
    const { findings, unreadable } = await scan('src', stage, origins)
    all.push(...findings)
    scanned++
    expect(unreadable, 'files the scanner could not read').toEqual([])
  }, 120_000)

  it('finds nothing that is not waived', () => {
    expect(scanned, 'both scans ran').toBe(2)
    const open = all.filter((f) => !waivers.waivers.some(isWaived(f)))
    expect(open.map(format), `findings (waive only false positives, in ${WAIVERS_FILE})`).toEqual(
      []
    )
  })

  it('has no waiver left without its finding', () => {
    expect(scanned, 'both scans ran').toBe(2)
    const stale = waivers.waivers.filter((w) => !all.some((f) => isWaived(f)(w)))
    expect(
      stale.map((w) => `${w.check}: ${w.file}`),
      `waivers in ${WAIVERS_FILE} that match no finding: remove them`
    ).toEqual([])
  })

  it('gives every waiver and excluded check a reason', () => {
    for (const entry of [...waivers.waivers, ...waivers.excludedChecks]) {
      expect(entry.reason.length, `${entry.check}: reason`).toBeGreaterThan(40)
    }
  })
})
