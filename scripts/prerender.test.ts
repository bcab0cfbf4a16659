import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanFrame, renderFirstFrame } from './prerender.mjs'

const root = join(import.meta.dirname, '..')
const deckFile = join(root, 'resources/content/deck.json')

describe('the prerendered first frame', () => {
  it("draws the app on the bundled deck's first slide, ready for the page's policy and for hydration", async () => {
    const deck = JSON.parse(readFileSync(deckFile, 'utf8')) as {
      slides: { id: string; title: { zh: string; en: string } }[]
    }
    const first = deck.slides[0]!
    const frame = await renderFirstFrame(root, deckFile)
    if (!frame.ok) throw new Error(frame.problems.join('\n'))
    expect(frame.html).toContain(`data-slide="${first.id}"`)
    expect(frame.html).toContain(`>${first.title.zh}</h1>`)
    expect(frame.html).toMatch(/class="stage svelte-\w+"/)
    // Svelte's hydration markers, from the app's root: hydration starts at the first one.
    expect(frame.html).toMatch(/^<!--\[-->/)
    // The stage's test id comes with hydration (it marks the running app's stage).
    expect(frame.html).not.toContain('data-testid="stage"')
    // A kiosk's controls (every mode has them; the others add the autoplay button on hydration),
    // and nothing the policy refuses.
    expect(frame.html).toContain('data-testid="next"')
    expect(frame.html).not.toContain('data-testid="autoplay"')
    expect(frame.html).not.toContain(' style="')
  }, 60_000)

  it('names the file and the field of a deck it cannot draw', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'prerender-'))
    const broken = join(dir, 'deck.json')
    const deck = JSON.parse(readFileSync(deckFile, 'utf8')) as { slides: unknown[] }
    writeFileSync(broken, JSON.stringify({ ...deck, slides: 'none' }))
    const frame = await renderFirstFrame(root, broken)
    expect(frame.ok).toBe(false)
    if (!frame.ok) expect(frame.problems.join('\n')).toMatch(/deck\.json.*slides/)
  }, 60_000)

  it('drops inline styles, and nothing else', () => {
    expect(
      cleanFrame(
        '<!--[--><div class="a" data-testid="x" style="--u: 1;" data-slide="cover"><p>重庆</p></div><!--]-->'
      )
    ).toBe('<!--[--><div class="a" data-testid="x" data-slide="cover"><p>重庆</p></div><!--]-->')
  })
})
