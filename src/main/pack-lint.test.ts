import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCheck } from './check-content'
import { lintPack } from './pack-lint'
import { checkPack } from './content-pack'

const BUNDLED = 'resources/content'

function check(dir: string): { code: number; out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  const code = runCheck(
    dir,
    (l) => out.push(l),
    (l) => err.push(l)
  )
  return { code, out, err }
}

describe('content:check editorial warnings', () => {
  it('passes the bundled pack without a warning', () => {
    const { code, out, err } = check(BUNDLED)
    expect(code, 'exit code').toBe(0)
    expect(err, 'warnings for the bundled pack').toEqual([])
    expect(out.join('\n')).toMatch(/no problems/)
  })

  it('warns (exit 0) about a relative date, half-width punctuation and a glossary miss', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-lint-'))
    cpSync(BUNDLED, dir, { recursive: true })
    const file = join(dir, 'deck.json')
    const text = readFileSync(file, 'utf8')
      .replace('2024年2月', '今年2月')
      .replace('千年潮未落，风起再扬帆', '千年潮未落,风起再扬帆')
      .replace('learn the Hongyan spirit on foot', 'learn the Red Crag spirit on foot')
    writeFileSync(file, text)
    const { code, out, err } = check(dir)
    expect(code, 'warnings do not fail the check').toBe(0)
    const lines = err.join('\n')
    expect(lines).toMatch(
      /^warning: deck\.json: slide \d+ \("[a-z0-9-]+"\), kicker: relative date: zh "今年"/m
    )
    expect(lines).toMatch(/lead\.zh: half-width punctuation "," \(use ，\)/)
    expect(lines).toMatch(/"red crag" is not used for 红岩/i)
    expect(out.at(-1)).toMatch(/^\d+ warnings$/)
  })

  it('warns when two files differ only in capitals (one is lost on Windows, macOS or a USB stick)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-lint-'))
    cpSync('examples/content-pack', dir, { recursive: true })
    cpSync(join(dir, 'media/emblem.png'), join(dir, 'media/Emblem.png'))
    const { code, err } = check(dir)
    expect(code, 'a warning does not fail the check').toBe(0)
    expect(err).toContain(
      'warning: media/emblem.png: $: differs from "media/Emblem.png" only in capital letters or ' +
        'Unicode form: copied to Windows, macOS or a USB stick, one file replaces the other; ' +
        'rename or remove one'
    )
  })

  it('reports a malformed glossary and still lints without it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-lint-'))
    cpSync(BUNDLED, dir, { recursive: true })
    writeFileSync(join(dir, 'glossary.json'), '{ "terms": [ { "zh": "x" } ] }')
    const result = checkPack(dir)
    if (!result.ok) throw new Error(result.problems.join('\n'))
    const warnings = lintPack(dir, result.deck)
    expect(warnings[0]).toMatch(/^glossary\.json: \$: /)
  })
})
