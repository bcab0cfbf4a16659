/**
 * The npm scripts people type, as they type them, on every system: `npm start -- --mode=present`
 * must reach the app (electron-vite takes `--mode` for itself unless it follows `--`), and no
 * script may rely on a POSIX shell: npm runs scripts with cmd.exe on Windows, which has no
 * `/dev/null`, no `VAR=value command` prefix, no `rm -rf`, `cp` or `mkdir -p`, no `$(…)`, and
 * passes single quotes through as part of the argument.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
}

/** What cmd.exe cannot run, each with the reason a reader of the failure needs. */
const POSIX_ONLY: [pattern: RegExp, why: string][] = [
  [/\/dev\/null/, '/dev/null does not exist on Windows (drop the redirect, or use a flag)'],
  [
    /(?:^|&&|\|\||;|\|)\s*[A-Za-z_][A-Za-z0-9_]*=\S*\s/,
    'a VAR=value prefix is not a command in cmd (use a command-line flag handled in Node)'
  ],
  [/\brm\s+-/, 'rm -rf is not a Windows command (remove files from a Node script)'],
  [/\b(?:cp|mv)\s/, 'cp and mv are not Windows commands (copy from a Node script)'],
  [/\bmkdir\s+-p\b/, 'mkdir -p is not a Windows command'],
  [/\$\(|`/, 'command substitution is POSIX shell only'],
  [/\bexport\s/, 'export is POSIX shell only'],
  [/;\s/, 'cmd does not separate commands with ;, use &&'],
  [/'/, 'cmd passes single quotes on as part of the argument (a quoted glob is never expanded)']
]

describe('npm scripts', () => {
  it('npm start -- FLAGS and npm run dev -- FLAGS hand the flags to the app, after electron-vite’s own', () => {
    expect(pkg.scripts['start']).toMatch(/^electron-vite preview --$/)
    expect(pkg.scripts['dev']).toMatch(/^electron-vite dev --$/)
    expect(pkg.scripts['start:windowed']).toMatch(/^electron-vite preview -- --windowed$/)
  })

  it('run in Windows’ cmd as well as in a POSIX shell', () => {
    const problems = Object.entries(pkg.scripts).flatMap(([name, script]) =>
      POSIX_ONLY.filter(([pattern]) => pattern.test(script)).map(
        ([, why]) => `${name}: "${script}": ${why}`
      )
    )
    expect(problems).toEqual([])
  })

  it('the check catches each thing cmd cannot run', () => {
    const caught = (script: string) => POSIX_ONLY.some(([pattern]) => pattern.test(script))
    for (const bad of [
      'electron-vite build >/dev/null && node out/main/check-content.js',
      'UPDATE_SCHEMA=1 vitest run src/shared/json-schema.test.ts',
      'npm run build && CI=1 playwright test',
      'rm -rf dist && electron-builder',
      'cp -r resources/content out/',
      'mkdir -p out && node x.mjs',
      "prettier --check 'src/**/*.ts'",
      'echo $(date)'
    ])
      expect(caught(bad), bad).toBe(true)
    for (const good of [
      'electron-vite preview --',
      'vitest run src/shared/json-schema.test.ts --update',
      'node scripts/serve.mjs --port=0',
      'electron-vite build --logLevel warn && node out/main/check-content.js'
    ])
      expect(caught(good), good).toBe(false)
  })

  it.skipIf(process.platform === 'win32')(
    'npm start -- --mode=present reaches Electron as written (the real electron-vite CLI, a stand-in Electron)',
    () => {
      // The stand-in writes the arguments it was started with, as Electron would receive them.
      const dir = mkdtempSync(join(tmpdir(), 'npm-start-'))
      const record = join(dir, 'argv.json')
      const electron = join(dir, 'electron')
      writeFileSync(
        electron,
        `#!${process.execPath}\nrequire('node:fs').writeFileSync(${JSON.stringify(record)}, JSON.stringify(process.argv.slice(2)))\n`
      )
      chmodSync(electron, 0o755)
      const cli = join(
        dirname(createRequire(import.meta.url).resolve('electron-vite/package.json')),
        'bin/electron-vite.js'
      )
      // The start script as npm runs `npm start -- --mode=present --display=1`: the words after
      // npm's `--` are appended to the script. `--skipBuild` (before the script's own `--`) only
      // spares the test a build; it is electron-vite's option, not the app's.
      const [command, ...words] = pkg.scripts['start']!.split(' ')
      expect(command).toBe('electron-vite')
      const args = [...words.slice(0, 1), '--skipBuild', ...words.slice(1)]
      const result = spawnSync(process.execPath, [cli, ...args, '--mode=present', '--display=1'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ELECTRON_EXEC_PATH: electron }
      })
      expect(result.status, `${result.stdout}${result.stderr}`).toBe(0)
      expect(JSON.parse(readFileSync(record, 'utf8'))).toEqual([
        '.',
        '--mode=present',
        '--display=1'
      ])
    },
    60_000
  )
})
