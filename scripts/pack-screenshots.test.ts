/**
 * `npm run screenshots -- DIR` on the example pack, one slide in one size and language, in the
 * real browser: the PNG is there, a real 1920×1080 image with something drawn on it. Needs the
 * build in out/ (`npm test` builds before the unit tests) and a Chromium (find-browser.mjs).
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseRun } from './pack-screenshots.mjs'

const root = resolve(import.meta.dirname, '..')
const script = join(root, 'scripts/pack-screenshots.mjs')
const run = (args: string[]) =>
  spawnSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 })

describe('npm run screenshots -- DIR', () => {
  it('writes the PNG of a slide of the example pack, 1920×1080, and names the folder', () => {
    const out = mkdtempSync(join(tmpdir(), 'shots-'))
    const result = run([
      'examples/content-pack',
      '--slide=emblem',
      '--orientation=landscape',
      '--lang=zh',
      `--out=${out}`
    ])
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0)
    expect(result.stdout.trim().split('\n').at(-1), 'the last line is the folder').toBe(out)
    expect(readdirSync(out)).toEqual(['landscape-zh-03-emblem.png'])
    const png = readFileSync(join(out, 'landscape-zh-03-emblem.png'))
    expect(png.subarray(0, 8), 'a PNG file').toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    )
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual({
      width: 1920,
      height: 1080
    })
    // A blank 1920×1080 PNG compresses to a few KB; a slide with text and a photo is far more.
    expect(png.length, 'bytes: the slide was drawn').toBeGreaterThan(50_000)
  }, 120_000)

  it('photographs nothing of a pack with problems, and says so', () => {
    const out = mkdtempSync(join(tmpdir(), 'shots-'))
    const result = run(['test/packs/duplicate-ids', `--out=${out}`])
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('deck.json: slide 2 ("cover"), id: duplicate slide id')
    expect(result.stderr).toMatch(/fix them first .*nothing was photographed/)
    expect(readdirSync(out)).toEqual([])
  })

  it('puts the pictures beside the pack unless told otherwise', () => {
    expect(parseRun(['--', 'packs/my-pack']).out).toBe(resolve('packs/my-pack-screenshots'))
    expect(parseRun([]).out).toBe(join(root, 'e2e-output', 'screenshots'))
    expect(() => parseRun(['x', '--orientation=square'])).toThrow(/landscape or portrait/)
  })
})
