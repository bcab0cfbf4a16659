import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DECK_FAMILIES_ID, FIRST_SLIDE_FAMILIES, buildDeckFonts, deckFonts } from './deck-fonts.mjs'

const root = join(import.meta.dirname, '..')

describe('the deck font families', () => {
  it('are named once: the stylesheet, its font stacks and the app script get the same names', async () => {
    // A folder of its own (never the build's files), seeded with the build's cache when there is
    // one: its files are named by their content, so nothing is subset again.
    const outDir = mkdtempSync(join(tmpdir(), 'deck-fonts-'))
    const cache = join(root, 'node_modules/.cache/deck-fonts')
    if (existsSync(cache)) cpSync(cache, outDir, { recursive: true })
    const { cssFile } = await buildDeckFonts(root, outDir)
    const css = readFileSync(cssFile, 'utf8')
    const declared = new Set([...css.matchAll(/font-family: '([^']+)';/g)].map((m) => m[1]))
    // The custom properties that start the app's stacks (styles/app.css), in stack order.
    const stacks: Record<string, string[]> = Object.fromEntries(
      [...css.matchAll(/(--font-deck-\w+): ([^;]+);/g)].map((m) => [
        m[1],
        m[2]!.split(', ').map((f) => f.replace(/'/g, ''))
      ])
    )
    expect(Object.keys(stacks).sort()).toEqual(['--font-deck-latin', '--font-deck-zh'])
    expect(new Set(Object.values(stacks).flat())).toEqual(declared)
    for (const stack of Object.values(stacks))
      expect(FIRST_SLIDE_FAMILIES, "a stack starts with its font's first-slide family").toContain(
        stack[0]
      )
    const app = readFileSync(join(root, 'src/renderer/src/styles/app.css'), 'utf8')
    expect(app).toContain('var(--font-deck-zh)')
    expect(app).toContain('var(--font-deck-latin)')
    // The app's script: every family, to load the rest of them at idle.
    const plugin = deckFonts(root) as unknown as {
      resolveId(id: string): Promise<string | null>
      load(id: string): string | null
    }
    const resolved = await plugin.resolveId(DECK_FAMILIES_ID)
    const source = plugin.load(resolved!)!
    const families = JSON.parse(/DECK_FAMILIES = (\[.*\])/.exec(source)![1]!) as string[]
    expect(new Set(families)).toEqual(declared)
  }, 120_000)
})
