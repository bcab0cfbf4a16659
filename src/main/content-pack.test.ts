import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, truncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkPack, choosePack } from './content-pack'

const PACKS = 'test/packs'
const EXAMPLE = 'examples/content-pack'
const BUNDLED = 'resources/content'

/** One broken pack per problem the checker must catch, with its exact message. */
const CORPUS: Record<string, string> = {
  'malformed-json': 'deck.json: $: not valid JSON (Unexpected end of JSON input)',
  'unknown-type':
    'deck.json: $.slides[1].type: unknown slide type "video" (expected one of ("cover" | "section" | "hub" | "stats" | "chart" | "timeline" | "story" | "quote" | "wall" | "credits"))',
  'missing-field': 'deck.json: $.slides[0].title: missing (a required field)',
  'wrong-type': 'deck.json: $.slides[0].title.en: Invalid type: Expected string but received 3',
  'empty-deck': 'deck.json: $.slides: the deck has no slides',
  'duplicate-ids': 'deck.json: $.slides[1].id: duplicate slide id "cover" (also slides[0])',
  'missing-link':
    'deck.json: $.slides[1].items[0].target: links to slide "nowhere", which does not exist',
  'absurd-number':
    'deck.json: $.slides[1].chart.series[0].values[1]: is absurdly large (at most 10,000,000)',
  'non-finite-number': 'deck.json: $.slides[1].chart.series[0].values[0]: must be a finite number',
  'series-length': 'deck.json: $.slides[1].chart: every series must have one value per label',
  'media-dotdot': 'deck.json: $.slides[1].image: "media/.." must not leave the pack (no "..")',
  'media-url': 'deck.json: $.slides[1].image: must be media/<file name>',
  'media-absolute': 'deck.json: $.slides[1].image: must be media/<file name>',
  'media-symlink-out':
    'deck.json: $.slides[1].image: "media/link.png" links to a file outside the pack',
  'media-missing': 'deck.json: $.slides[1].image: "media/nope.png" is missing from the pack',
  'media-not-image': 'media/photo.png: $: is not a png image',
  'text-too-long':
    'deck.json: $.slides[0].title.zh: text too long for its layout (60 characters, at most 40)',
  'no-deck': 'deck.json: $: missing (a pack needs a deck.json)'
}

describe('checkPack', () => {
  it('passes the bundled pack and the example pack', () => {
    const bundled = checkPack(BUNDLED)
    expect(bundled.ok ? [] : bundled.problems, 'bundled pack problems').toEqual([])
    const example = checkPack(EXAMPLE)
    expect(example.ok ? example.summary : example.problems).toMatch(
      /5 slides, 2 media files, no problems$/
    )
  })

  for (const [name, message] of Object.entries(CORPUS)) {
    it(`catches ${name}`, () => {
      const result = checkPack(join(PACKS, name))
      expect(result.ok, `${name} is refused`).toBe(false)
      if (!result.ok) expect(result.problems[0], `${name}: message`).toBe(message)
    })
  }

  it('refuses media over the size limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'))
    cpSync(EXAMPLE, dir, { recursive: true })
    truncateSync(join(dir, 'media/emblem.png'), 9 * 1024 * 1024)
    const result = checkPack(dir)
    expect(result.ok ? [] : result.problems).toEqual([
      'media/emblem.png: $: 9.0 MB is over the 8 MB limit'
    ])
  })
})

describe('choosePack', () => {
  const exists = (dir: string) => existsSync(dir)

  it('takes --content first, then the user-data pack, then the bundled one', () => {
    const choice = choosePack(
      [
        { label: '--content', dir: EXAMPLE },
        { label: 'user data', dir: '/nonexistent/content', optional: true },
        { label: 'bundled', dir: BUNDLED }
      ],
      exists
    )
    expect(choice.label).toBe('--content')
    expect(choice.problems).toEqual([])
  })

  it('falls back to the bundled pack, keeping every problem, when a pack is broken', () => {
    const choice = choosePack(
      [
        { label: '--content', dir: join(PACKS, 'unknown-type') },
        { label: 'user data', dir: '/nonexistent/content', optional: true },
        { label: 'bundled', dir: BUNDLED }
      ],
      exists
    )
    expect(choice.label, 'the last good content').toBe('bundled')
    expect(choice.problems[0]).toMatch(
      /^--content: deck\.json: \$\.slides\[1\]\.type: unknown slide type/
    )
  })
})

describe('npm run content:check', () => {
  const cli = 'out/main/check-content.js'
  const run = (dir: string) => spawnSync(process.execPath, [cli, dir], { encoding: 'utf8' })

  it('exits 0 with a summary for a good pack, 1 with every problem for a broken one', () => {
    expect(existsSync(cli), `${cli} is built by npm run build`).toBe(true)
    const good = run(EXAMPLE)
    expect(good.status).toBe(0)
    expect(good.stdout).toMatch(/no problems/)
    const bad = run(join(PACKS, 'duplicate-ids'))
    expect(bad.status).toBe(1)
    expect(bad.stderr).toContain(CORPUS['duplicate-ids'])
    expect(run('').status, 'no folder given').toBe(2)
  })
})
