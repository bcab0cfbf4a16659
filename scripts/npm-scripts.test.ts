/**
 * The npm scripts people type, as they type them, on every system: `npm start -- --mode=present`
 * must reach the app (electron-vite takes `--mode` for itself unless it follows `--`), and no
 * script may rely on a POSIX shell (`>/dev/null` fails in Windows' cmd).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
}

describe('npm scripts', () => {
  it('npm start -- FLAGS hands the flags to the app, after electron-vite’s own', () => {
    expect(pkg.scripts['start']).toMatch(/^electron-vite preview --$/)
    expect(pkg.scripts['start:windowed']).toMatch(/^electron-vite preview -- --windowed$/)
  })

  it('run in Windows’ cmd as well as in a POSIX shell', () => {
    for (const [name, script] of Object.entries(pkg.scripts))
      expect(script, name).not.toMatch(/\/dev\/null|\$\(|\bexport\b|;\s/)
  })
})
