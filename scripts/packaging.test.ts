/**
 * The packaging configuration, electron-builder.yml, checked without the Electron binaries (which
 * cannot be downloaded here or in CI): it is loaded and schema-validated by electron-builder's own
 * loader, its `files` globs are run over the real build with electron-builder's own matcher, and
 * the app is packaged for Linux (`dir` target) around a stand-in Electron binary, so the layout of
 * the package (app.asar, the content pack beside it) and the flipped fuses are the real thing.
 *
 * Needs the build in out/: `npm test` runs `npm run build` before the unit tests.
 */
import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, resolve, sep } from 'node:path'
import type { Configuration, FileSet, TargetConfiguration } from 'electron-builder'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { APP_MODES } from '../src/shared/options'

const root = resolve(import.meta.dirname, '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string
  productName: string
  dependencies?: Record<string, string>
}

/** The fuses the kiosk must ship with (electron-builder's `electronFuses` option names). */
const FUSES = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false
} as const

/** Files of the build the package cannot run without. */
const BUILD_ENTRIES = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html']

// electron-builder's own modules, resolved from where electron-builder is installed (they are its
// dependencies, not ours), so the test uses exactly the code `electron-builder` runs.
const requireFromBuilder = createRequire(
  createRequire(import.meta.url).resolve('electron-builder/package.json')
)
const requireFromLib = createRequire(requireFromBuilder.resolve('app-builder-lib/package.json'))

interface DebugLogger {
  isEnabled: boolean
  add(key: string, value: unknown): void
}
const { getConfig, validateConfiguration } = requireFromBuilder(
  'app-builder-lib/out/util/config/config'
) as {
  getConfig(dir: string, path: string | null, extra: Configuration | null): Promise<Configuration>
  validateConfiguration(config: Configuration, logger: DebugLogger): Promise<void>
}
type Filter = (file: string, stat: Stats) => boolean
interface FileMatcher {
  from: string
  createFilter(): Filter
}
const { getFileMatchers } = requireFromBuilder('app-builder-lib/out/fileMatcher') as {
  getFileMatchers(
    config: Configuration,
    name: 'files',
    destination: string,
    options: {
      macroExpander: (pattern: string) => string
      customBuildOptions: object
      globalOutDir: string
      defaultSrc: string
    }
  ): FileMatcher[] | null
}
const { walk } = requireFromBuilder('builder-util') as {
  walk(dir: string, filter: Filter): Promise<string[]>
}
const asar = requireFromLib('@electron/asar') as {
  listPackage(archive: string, options: { isPack: boolean }): string[]
}
const fuses = requireFromLib('@electron/fuses') as {
  FuseV1Options: Record<string, number>
  getCurrentFuseWire(binary: string): Promise<Record<number, number>>
}
const { SENTINEL } = requireFromLib('@electron/fuses/dist/constants') as { SENTINEL: string }

/** A fuse's position on Electron's fuse wire (`runAsNode` is @electron/fuses' `RunAsNode`). */
function fuseIndex(name: string): number {
  const index = fuses.FuseV1Options[name.charAt(0).toUpperCase() + name.slice(1)]
  if (index === undefined) throw new Error(`@electron/fuses does not know the fuse ${name}`)
  return index
}

/** Fails with what to do when the build is missing. */
function requireBuild(): void {
  const missing = BUILD_ENTRIES.filter((file) => !existsSync(join(root, file)))
  if (missing.length > 0) {
    throw new Error(
      `The build is missing (${missing.join(', ')}): run \`npm run build\` first ` +
        '(`npm test` builds before the unit tests).'
    )
  }
}

/** Target names of one platform's `target` option. */
function targetNames(target: unknown): string[] {
  const list = Array.isArray(target) ? target : [target]
  return list.map((t: string | TargetConfiguration) => (typeof t === 'string' ? t : t.target))
}

/** The architectures configured for one target of a platform. */
function targetArchs(target: unknown, name: string): string[] {
  const list = (Array.isArray(target) ? target : [target]) as (string | TargetConfiguration)[]
  const entry = list.find((t) => typeof t !== 'string' && t.target === name)
  if (!entry || typeof entry === 'string') return []
  return Array.isArray(entry.arch) ? entry.arch : entry.arch ? [entry.arch] : []
}

/** The bare package names the bundled main process imports at run time (not node:* or electron). */
function runtimeImports(file: string): string[] {
  const code = readFileSync(file, 'utf8')
  const specifiers = [
    // `from` as a keyword (after `}` or a space), not inside a string such as `flagText(f, "from")`.
    ...code.matchAll(/(?<=[\s}])from\s*["']([^"']+)["']/g),
    ...code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
    ...code.matchAll(/\brequire\s*\(\s*["']([^"']+)["']\s*\)/g)
  ].map((m) => m[1] ?? '')
  const packages = specifiers
    .filter((s) => s !== '' && !s.startsWith('.') && !s.startsWith('node:') && s !== 'electron')
    .map((s) =>
      s
        .split('/')
        .slice(0, s.startsWith('@') ? 2 : 1)
        .join('/')
    )
  return [...new Set(packages)].sort()
}

let config: Configuration

beforeAll(async () => {
  config = await getConfig(root, join(root, 'electron-builder.yml'), null)
})

describe('electron-builder.yml', () => {
  // Compiling electron-builder's schema takes seconds on a busy 2-core machine.
  it(
    'is valid for the installed electron-builder (its own schema)',
    { timeout: 60_000 },
    async () => {
      await expect(validateConfiguration(config, { isEnabled: false, add() {} })).resolves.toBe(
        undefined
      )
    }
  )

  it('names the app as package.json does', () => {
    expect(config.appId).toBe('cn.gov.yuzhong.education.exhibition')
    expect(config.productName).toBe(pkg.productName)
    expect(config.directories).toMatchObject({ buildResources: 'build', output: 'dist' })
  })

  it('builds all five targets', () => {
    expect(targetNames(config.linux?.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']))
    expect(targetNames(config.win?.target)).toEqual(expect.arrayContaining(['nsis', 'portable']))
    expect(targetArchs(config.win?.target, 'nsis')).toEqual(['x64'])
    expect(targetArchs(config.win?.target, 'portable')).toEqual(['x64'])
    expect(targetNames(config.mac?.target)).toEqual(['dmg'])
    expect(targetArchs(config.mac?.target, 'dmg')).toEqual(['x64', 'arm64'])
    expect(config.mac?.category).toBe('public.app-category.education')
    expect(config.linux?.category).toBe('Education')
    expect(config.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+>$/)
    expect(config.linux?.synopsis).toBeTruthy()
  })

  it('sets every fuse', () => {
    const { resetAdHocDarwinSignature, ...fuses } = config.electronFuses as Record<string, unknown>
    expect(fuses).toEqual(FUSES)
    expect(
      resetAdHocDarwinSignature,
      'the macOS build is re-signed ad hoc after the fuses flip (Apple Silicon refuses it otherwise)'
    ).toBe(true)
  })

  it('packs only the build into app.asar and puts the content pack beside it', () => {
    expect(config.asar).toBe(true)
    const filters = (config.files as FileSet[]).flatMap((set) => set.filter ?? [])
    expect(filters).toEqual(expect.arrayContaining(['out/**', 'package.json', '!**/*.map']))
    expect(filters.filter((f) => !f.startsWith('!'))).toEqual(['out/**', 'package.json'])
    expect(config.extraResources).toEqual([
      { from: 'resources/content', to: 'content', filter: ['**/*'] }
    ])
  })

  it('has a 1024×1024 PNG icon in build/', () => {
    const png = readFileSync(join(root, 'build/icon.png'))
    expect(png.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    )
    expect(png.toString('latin1', 12, 16)).toBe('IHDR')
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: 1024,
      height: 1024
    })
    expect(png[25], 'colour type 6: RGBA, for the transparent corners').toBe(6)
  })
})

describe('the files the globs select from the build', () => {
  for (const platform of ['linux', 'win', 'mac'] as const) {
    it(`for ${platform}: the build and package.json, nothing else`, async () => {
      requireBuild()
      const matchers = getFileMatchers(config, 'files', join(tmpdir(), 'app'), {
        macroExpander: (pattern) => pattern,
        customBuildOptions: config[platform] ?? {},
        globalOutDir: join(root, 'dist'),
        defaultSrc: root
      })
      expect(matchers?.length, 'one set of files, taken from the project folder').toBe(1)
      const matcher = matchers?.[0]
      if (!matcher) return
      const selected = (await walk(matcher.from, matcher.createFilter()))
        .map((file) => relative(root, file).split(sep).join('/'))
        .sort()

      expect(selected).toEqual(expect.arrayContaining([...BUILD_ENTRIES, 'package.json']))
      expect(selected.filter((f) => /^out\/renderer\/assets\/.+\.woff2$/.test(f))).not.toEqual([])
      expect(selected.filter((f) => f !== 'package.json' && !f.startsWith('out/'))).toEqual([])
      expect(selected.filter((f) => /\.(map|ts|svelte)$/.test(f))).toEqual([])
    })
  }

  it('the sandboxed preload loads nothing but electron (it cannot reach node_modules)', () => {
    requireBuild()
    expect(runtimeImports(join(root, 'out/preload/index.cjs'))).toEqual([])
  })

  it('every package the main process imports at run time is a production dependency', () => {
    requireBuild()
    const shipped = Object.keys(pkg.dependencies ?? {})
    for (const name of runtimeImports(join(root, 'out/main/index.js'))) {
      expect(shipped, `out/main/index.js imports "${name}"`).toContain(name)
    }
  })
})

describe('launchers: nobody who starts the app by hand lands in a locked kiosk', () => {
  const nsh = readFileSync(join(root, 'build/installer.nsh'), 'utf8')
  /** The body of one NSIS macro of build/installer.nsh. */
  const macro = (name: string) =>
    new RegExp(`^!macro ${name}\\n([\\s\\S]*?)^!macroend`, 'm').exec(nsh)?.[1] ?? ''
  /** Every shortcut a macro makes: link → the arguments it starts the app with. */
  const shortcuts = (body: string): Record<string, string> =>
    Object.fromEntries(
      [...body.matchAll(/^\s*CreateShortCut "([^"]+)" "\$appExe" "([^"]*)"/gm)].map((m) => [
        m[1] ?? '',
        m[2] ?? ''
      ])
    )

  it('Windows: electron-builder includes build/installer.nsh (its default name in build/)', () => {
    expect(config.directories?.buildResources).toBe('build')
    expect(config.nsis?.include ?? null, 'no other include file configured').toBeNull()
    expect(nsh).toMatch(/^!macro customInstall$/m)
    expect(nsh).toMatch(/^!macro customUnInstall$/m)
  })

  it('Windows: the plain shortcuts open a window; Present and Kiosk sit beside them', () => {
    expect(shortcuts(macro('customInstall'))).toEqual({
      $newStartMenuLink: '--mode=windowed',
      $newDesktopLink: '--mode=windowed',
      '$SMPROGRAMS\\${PRODUCT_NAME} - Present.lnk': '--mode=present',
      '$SMPROGRAMS\\${PRODUCT_NAME} - Kiosk.lnk': '--mode=kiosk'
    })
    for (const args of Object.values(shortcuts(macro('customInstall'))))
      expect(APP_MODES, args).toContain(args.replace('--mode=', ''))
  })

  it('Windows: uninstalling removes every shortcut the installer added', () => {
    const uninstall = macro('customUnInstall')
    const ours = Object.keys(shortcuts(macro('customInstall'))).filter((l) => !l.startsWith('$new'))
    expect(ours.length).toBe(2)
    for (const link of ours) expect(uninstall, link).toContain(`Delete "${link}"`)
  })

  it('the kiosk guide starts the app unattended as a kiosk: watchdog and cage service pass --mode=kiosk', () => {
    // The program's own default is a window, so every unattended start must name the kiosk.
    const guide = readFileSync(join(root, 'docs/kiosk-setup.md'), 'utf8')
    const starts = guide
      .split('\n')
      .filter((line) =>
        /Start-Process -FilePath \$exe|^\s*ExecStart=.*yuzhong-education-kiosk/.test(line)
      )
    expect(starts.length, 'the watchdog and the two cage ExecStart lines').toBe(3)
    for (const line of starts) expect(line).toMatch(/--mode=kiosk\b/)
    expect(guide, 'Shell Launcher runs the watchdog').toMatch(/SetCustomShell\(.*watchdog\.ps1/)
    expect(guide, 'so does the scheduled task').toMatch(/New-ScheduledTaskAction .*watchdog\.ps1/)
  })
})

describe('a Linux package made around a stand-in Electron binary', () => {
  const work = mkdtempSync(join(tmpdir(), 'yuzhong-packaging-'))
  const output = join(work, 'dist')
  const appDir = join(output, 'linux-unpacked')
  let asarFiles: string[] = []

  beforeAll(() => {
    requireBuild()
    // An "Electron" that is only its fuse wire, every fuse set the opposite way to the config, so a
    // fuse electron-builder failed to flip shows up.
    const electronDist = join(work, 'electron')
    const wire = Array<string>(Object.keys(FUSES).length).fill('r')
    for (const [name, on] of Object.entries(FUSES)) wire[fuseIndex(name)] = on ? '0' : '1'
    const binary = Buffer.concat([
      Buffer.from('#!/bin/sh\n# stand-in Electron for scripts/packaging.test.ts\n# '),
      Buffer.from(SENTINEL),
      Buffer.from([1, wire.length]),
      Buffer.from(wire.join('')),
      Buffer.from('\n')
    ])
    mkdirSync(join(electronDist, 'resources'), { recursive: true })
    writeFileSync(join(electronDist, 'electron'), binary, { mode: 0o755 })
    writeFileSync(join(electronDist, 'LICENSE'), 'stand-in\n')
    writeFileSync(join(electronDist, 'version'), 'stand-in\n')

    const cli = requireFromBuilder.resolve('electron-builder/cli.js')
    const result = spawnSync(
      process.execPath,
      [
        cli,
        '--linux',
        'dir',
        '--x64',
        '--publish',
        'never',
        `-c.electronDist=${electronDist}`,
        `-c.directories.output=${output}`
      ],
      { cwd: root, encoding: 'utf8', env: { ...process.env, CI: 'true' } }
    )
    if (result.status !== 0) {
      throw new Error(
        `electron-builder failed (${result.status}):\n${result.stdout}${result.stderr}`
      )
    }
    asarFiles = asar
      .listPackage(join(appDir, 'resources/app.asar'), { isPack: false })
      .map((f) => f.split(sep).join('/'))
  }, 120_000)

  afterAll(() => rmSync(work, { recursive: true, force: true }))

  it('app.asar holds the build, with its fonts, and package.json', () => {
    for (const file of [...BUILD_ENTRIES, 'package.json']) expect(asarFiles).toContain(`/${file}`)
    expect(asarFiles.some((f) => /^\/out\/renderer\/assets\/.+\.woff2$/.test(f))).toBe(true)
  })

  it('app.asar holds no sources, tests, source maps, content pack or Electron', () => {
    const own = asarFiles.filter((f) => !/^\/node_modules(\/|$)/.test(f))
    expect(own.filter((f) => f !== '/package.json' && !/^\/out(\/|$)/.test(f))).toEqual([])
    expect(own.filter((f) => /\.(map|ts|svelte)$/.test(f))).toEqual([])
    expect(asarFiles.filter((f) => f.endsWith('/deck.json') || f.endsWith('.map'))).toEqual([])
    expect(asarFiles.filter((f) => f.startsWith('/node_modules/electron/'))).toEqual([])
    const native = asarFiles.filter((f) => f.endsWith('.node'))
    expect(native, 'native modules: they need `npmRebuild: true`').toEqual([])
  })

  it('app.asar holds every package the main process imports at run time', () => {
    for (const name of runtimeImports(join(root, 'out/main/index.js'))) {
      expect(asarFiles, `out/main/index.js imports "${name}"`).toContain(
        `/node_modules/${name}/package.json`
      )
    }
  })

  it('the content pack is at <resources>/content, outside app.asar', () => {
    const content = join(appDir, 'resources/content')
    expect(statSync(join(content, 'deck.json')).isFile()).toBe(true)
    expect(readFileSync(join(content, 'deck.json'))).toEqual(
      readFileSync(join(root, 'resources/content/deck.json'))
    )
  })

  it('the .deb menu entry opens a window; Present and Kiosk are its actions (electron-builder’s own .desktop writer)', () => {
    // electron-builder's deb target, on the package above, stopped just before fpm: the
    // .desktop file it would install, as written by its own code from electron-builder.yml.
    const script = join(work, 'desktop-entry.cjs')
    writeFileSync(
      script,
      `const { build, Platform, Arch } = require(${JSON.stringify(requireFromBuilder.resolve('electron-builder'))})
const { readFileSync } = require('node:fs')
const [appDir, output] = process.argv.slice(2)
let entry = null
build({
  targets: Platform.LINUX.createTarget('deb', Arch.x64),
  prepackaged: appDir,
  publish: 'never',
  config: { directories: { output } },
  effectiveOptionComputed: async ([, file]) => { entry = readFileSync(file, 'utf8'); return true }
}).then(() => process.stdout.write('@@' + JSON.stringify(entry)), (e) => { console.error(e); process.exit(1) })
`
    )
    const result = spawnSync(process.execPath, [script, appDir, join(work, 'deb')], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' }
    })
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0)
    const desktop = JSON.parse(result.stdout.slice(result.stdout.lastIndexOf('@@') + 2)) as string
    const sections = Object.fromEntries(
      desktop.split(/^(?=\[)/m).map((section) => {
        const [head = '', ...lines] = section.trim().split('\n')
        return [
          head,
          Object.fromEntries(lines.map((l) => [l.split('=')[0], l.slice(l.indexOf('=') + 1)]))
        ]
      })
    ) as Record<string, Record<string, string>>
    const main = sections['[Desktop Entry]']
    expect(main?.['Exec'], 'the plain entry').toMatch(/ --mode=windowed %U$/)
    expect(main?.['Actions']).toBe('Present;Kiosk;')
    expect(sections['[Desktop Action Present]']).toMatchObject({
      Exec: `/usr/bin/${config.linux?.executableName} --mode=present`
    })
    expect(sections['[Desktop Action Kiosk]']).toMatchObject({
      Exec: `/usr/bin/${config.linux?.executableName} --mode=kiosk`
    })
    for (const action of ['Present', 'Kiosk'])
      expect(
        sections[`[Desktop Action ${action}]`]?.['Name[zh_CN]'],
        `${action} in Chinese`
      ).toBeTruthy()
  }, 120_000)

  it('the executable has every fuse flipped as configured', async () => {
    const binary = join(appDir, config.linux?.executableName ?? pkg.name)
    const wire = await fuses.getCurrentFuseWire(binary)
    // Each fuse is the character '1' (enabled, 49) or '0' (disabled, 48).
    const states = Object.fromEntries(
      Object.keys(FUSES).map((name) => [name, wire[fuseIndex(name)] === 49])
    )
    expect(states).toEqual(FUSES)
  })
})
