import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { BUNDLED, newPack } from './content-new.mjs'

const temps: string[] = []
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), 'content-new-'))
  temps.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('npm run content:new -- DIR', () => {
  it('copies the full bundled deck, its glossary and schema, and adds media/', () => {
    const dir = join(temp(), 'spring-2027')
    expect(newPack(dir)).toEqual({ ok: true, dir })
    expect(readdirSync(dir).sort()).toEqual(
      [...readdirSync(BUNDLED), 'media'].filter((v, i, a) => a.indexOf(v) === i).sort()
    )
    for (const file of ['deck.json', 'glossary.json'])
      expect(readFileSync(join(dir, file), 'utf8')).toBe(readFileSync(join(BUNDLED, file), 'utf8'))
    expect(readdirSync(join(dir, 'media'))).toEqual([])
  })

  it('never overwrites: an existing folder is refused and left as it was', () => {
    const dir = temp()
    writeFileSync(join(dir, 'deck.json'), '{"mine":true}')
    const result = newPack(dir)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.message).toMatch(/already exists; nothing was copied/)
    expect(readFileSync(join(dir, 'deck.json'), 'utf8')).toBe('{"mine":true}')
    const empty = join(temp(), 'empty')
    mkdirSync(empty)
    expect(newPack(empty).ok).toBe(false)
    expect(readdirSync(empty)).toEqual([])
  })

  it('runs as npm runs it, with a usage line when the folder is missing', () => {
    const script = join(import.meta.dirname, 'content-new.mjs')
    const dir = join(temp(), 'pack')
    const made = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' })
    expect(made.status).toBe(0)
    expect(made.stdout).toContain(`New pack: ${dir}`)
    const again = spawnSync(process.execPath, [script, dir], { encoding: 'utf8' })
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/already exists/)
    const bare = spawnSync(process.execPath, [script], { encoding: 'utf8' })
    expect(bare.status).toBe(2)
    expect(bare.stderr).toMatch(/^usage: npm run content:new -- DIR/)
  })
})
