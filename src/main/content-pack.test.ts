import { spawnSync } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { MEDIA_PATH_MESSAGE } from '@shared/content'
import {
  DECK_MAX_BYTES,
  HEIC_MESSAGE,
  MAX_SLIDES,
  MAX_STRING_LENGTH,
  packFileUrl
} from '@shared/pack-rules'
import { resolveAppFile } from './app-paths'
import { checkPack, checkPackInWorker, choosePack, resolvePackFile } from './content-pack'
import { buildWorker } from './pack-worker.test-helper'

const PACKS = 'test/packs'
const EXAMPLE = 'examples/content-pack'
const BUNDLED = 'resources/content'

/** One broken pack per problem the checker must catch, with its exact message. */
const CORPUS: Record<string, string> = {
  'malformed-json': 'deck.json: $: not valid JSON (Unexpected end of JSON input)',
  'unknown-type':
    'deck.json: slide 2 ("video"), type: unknown slide type "video" (expected one of ("cover" | "section" | "hub" | "stats" | "chart" | "timeline" | "story" | "quote" | "wall" | "credits"))',
  'missing-field': 'deck.json: slide 1 ("cover"), title: missing (a required field)',
  'wrong-type':
    'deck.json: slide 1 ("cover"), title.en: Invalid type: Expected string but received 3',
  'empty-deck': 'deck.json: $.slides: the deck has no slides',
  'duplicate-ids': 'deck.json: slide 2 ("cover"), id: duplicate slide id "cover" (also slide 1)',
  'missing-link':
    'deck.json: slide 2 ("hub"), items[0].target: links to slide "nowhere", which does not exist',
  'absurd-number':
    'deck.json: slide 2 ("chart"), chart.series[0].values[1]: is absurdly large (at most 10,000,000)',
  'non-finite-number':
    'deck.json: slide 2 ("chart"), chart.series[0].values[0]: must be a finite number',
  'series-length':
    'deck.json: slide 2 ("chart"), chart: every series must have one value per label',
  'media-dotdot': `deck.json: slide 2 ("story"), image: ${MEDIA_PATH_MESSAGE}`,
  'media-url': `deck.json: slide 2 ("story"), image: ${MEDIA_PATH_MESSAGE}`,
  'media-absolute': `deck.json: slide 2 ("story"), image: ${MEDIA_PATH_MESSAGE}`,
  'media-symlink-out':
    'deck.json: slide 2 ("story"), image: "media/link.png" links to a file outside the pack',
  'media-missing': 'deck.json: slide 2 ("story"), image: "media/nope.png" is missing from the pack',
  'media-not-image': 'media/photo.png: $: is not a png image',
  'text-too-long':
    'deck.json: slide 1 ("cover"), title.zh: text too long for its layout (60 characters, at most 40)',
  'no-deck': 'deck.json: $: missing (a pack needs a deck.json)',
  'deck-symlink-out': 'deck.json: $: links to a file outside the pack',
  'not-utf8': 'deck.json: $: is not UTF-8 text (save it as UTF-8)'
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

describe("checkPack: an editor's photos and figures (real files in temp folders)", () => {
  const PNG = readFileSync(join(EXAMPLE, 'media/emblem.png'))
  /** The example pack, its photo slide showing `image`, with `files` added to the pack. */
  const photoPack = (image: string, files: Record<string, Buffer | string> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'))
    cpSync(EXAMPLE, dir, { recursive: true })
    const deckFile = join(dir, 'deck.json')
    const deck = JSON.parse(readFileSync(deckFile, 'utf8')) as { slides: Record<string, unknown>[] }
    deck.slides[2]!['image'] = image
    writeFileSync(deckFile, JSON.stringify(deck))
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes)
    return dir
  }
  const problems = (dir: string) => {
    const result = checkPack(dir)
    return result.ok ? [] : result.problems
  }

  it('accepts photo names with Chinese and spaces, and both hosts serve them at their URL', () => {
    const name = '校园 照片 2024 (1).png'
    const dir = photoPack(`media/${name}`, { [`media/${name}`]: PNG })
    expect(problems(dir), 'a Unicode name with spaces passes').toEqual([])
    const url = packFileUrl(`media/${name}`)
    expect(url).toBe('content/media/%E6%A0%A1%E5%9B%AD%20%E7%85%A7%E7%89%87%202024%20(1).png')
    // The Electron protocol decodes the URL it is asked for; npm run web does the same.
    const served = resolveAppFile(`app://bundle/${url}`, { renderer: dir, content: dir })
    expect(served?.file, 'served from the pack by its decoded name').toBe(
      join(realpathSync(dir), 'media', name)
    )
    expect(served?.type).toBe('image/png')
  })

  it('refuses a name Windows cannot hold, saying which characters', () => {
    const dir = photoPack('media/a:b.png')
    expect(problems(dir)).toEqual([`deck.json: slide 3 ("emblem"), image: ${MEDIA_PATH_MESSAGE}`])
    expect(MEDIA_PATH_MESSAGE).toContain('/ \\ : * ? " < > |')
  })

  it('refuses a name that differs from the file only in capitals, the same on every system', () => {
    const dir = photoPack('media/Hall.PNG', { 'media/hall.png': PNG })
    expect(problems(dir)).toEqual([
      'deck.json: slide 3 ("emblem"), image: "media/Hall.PNG" differs from the file ' +
        '"media/hall.png" in capital letters: Windows and macOS ignore that, the Linux kiosk ' +
        'does not and would not find the photo; write the name exactly as the file is named'
    ])
  })

  it('refuses a name written in another Unicode form than the file (as macOS names files)', () => {
    const composed = 'media/caf\u00e9.png'
    const dir = photoPack(composed, { 'media/cafe\u0301.png': PNG })
    expect(problems(dir)[0]).toContain(
      `deck.json: slide 3 ("emblem"), image: "${composed}" and the file "media/cafe\u0301.png" ` +
        'look alike but are written with different Unicode characters'
    )
  })

  it('refuses HEIC photos by name and by content, saying to export as JPEG', () => {
    const named = photoPack('media/IMG_0001.HEIC', { 'media/IMG_0001.HEIC': PNG })
    expect(problems(named)).toEqual([
      `deck.json: slide 3 ("emblem"), image: "media/IMG_0001.HEIC": ${HEIC_MESSAGE}`
    ])
    expect(HEIC_MESSAGE).toMatch(/^HEIC photos are not supported: export as JPEG/)
    // An iPhone photo renamed to .jpg is still HEIC inside.
    const heic = Buffer.concat([
      Buffer.from([0, 0, 0, 0x18]),
      Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
      Buffer.alloc(64)
    ])
    const renamed = photoPack('media/IMG_0001.jpg', { 'media/IMG_0001.jpg': heic })
    expect(problems(renamed)).toEqual([
      `media/IMG_0001.jpg: $: is a HEIC photo named .jpg: ${HEIC_MESSAGE}`
    ])
  })
})

describe('checkPack: figures and places in the full bundled deck', () => {
  /** A copy of the bundled deck with slide 12's third stat given `value`. */
  const withValue = (value: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'))
    cpSync(BUNDLED, dir, { recursive: true })
    const deckFile = join(dir, 'deck.json')
    const deck = JSON.parse(readFileSync(deckFile, 'utf8')) as {
      slides: { id: string; stats: { figure: { value: string } }[] }[]
    }
    expect(deck.slides[11]!.id, 'slide 12 of the bundled deck').toBe('leadership-all-round')
    deck.slides[11]!.stats[2]!.figure.value = value
    writeFileSync(deckFile, JSON.stringify(deck, null, 2))
    const result = checkPack(dir)
    return result.ok ? [] : result.problems
  }
  const at = 'deck.json: slide 12 ("leadership-all-round"), stats[2].figure.value'

  it('accepts a figure with thousands commas', () => {
    expect(withValue('1,200')).toEqual([])
    expect(withValue('12,000.5')).toEqual([])
  })

  it('counts slides from 1, names the slide, and says where the rest of 1.2万 belongs', () => {
    expect(withValue('1.2万')).toEqual([
      `${at}: "1.2万": 万 belongs in the unit: "value": "1.2", "unit": { "zh": "万…", "en": "…" } (see "Figures" in docs/content-packs.md)`
    ])
  })

  it('explains other figures it refuses', () => {
    expect(withValue('12,00')[0]).toBe(
      `${at}: "12,00": thousands commas group exactly three digits ("1,200", "12,000"); write it as "92.38" or "1,200" (digits, thousands commas, one decimal point)`
    )
    expect(withValue('１２')[0]).toMatch(/"１２" has full-width digits or marks: use 0-9/)
    expect(withValue('92.38%')[0]).toBe(
      `${at}: "92.38%" is not only a number: put what comes after the digits in "unit" and what comes before in "prefix", per language (see "Figures" in docs/content-packs.md)`
    )
  })
})

describe('checkPack limits (what no real pack reaches)', () => {
  /** A pack folder holding the given deck.json text (or bytes). */
  const pack = (deck: string | Buffer): string => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'))
    writeFileSync(join(dir, 'deck.json'), deck)
    return dir
  }
  const slide = (i: number) => ({ id: `s-${i}`, type: 'cover', title: { zh: '封面', en: 'Cover' } })
  const deck = (slides: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({ version: 1, title: { zh: '测试', en: 'Test' }, slides, ...extra })
  const problems = (dir: string) => {
    const result = checkPack(dir)
    return result.ok ? [] : result.problems
  }

  it('accepts a deck.json that starts with a byte-order mark (as the renderer does)', () => {
    const result = checkPack(join(PACKS, 'bom'))
    expect(result.ok ? result.summary : result.problems).toMatch(/1 slides?, 0 media files/)
  })

  it(`refuses a deck.json over ${DECK_MAX_BYTES / 1048576} MB without reading it`, () => {
    const dir = pack('')
    truncateSync(join(dir, 'deck.json'), 120 * 1024 * 1024)
    expect(problems(dir)).toEqual([
      `deck.json: $: 120.0 MB is over the ${DECK_MAX_BYTES / 1048576} MB limit`
    ])
  })

  it(`refuses more than ${MAX_SLIDES} slides`, () => {
    const dir = pack(deck(Array.from({ length: MAX_SLIDES + 1 }, (_, i) => slide(i))))
    expect(problems(dir)).toEqual([
      `deck.json: $.slides: ${MAX_SLIDES + 1} slides is over the limit of ${MAX_SLIDES}`
    ])
    const huge = pack(deck(Array.from({ length: 200_000 }, (_, i) => slide(i))))
    expect(problems(huge), '200,000 slides are over the size cap first').toEqual([
      `deck.json: $: 13.2 MB is over the ${DECK_MAX_BYTES / 1048576} MB limit`
    ])
  })

  it(`refuses a string over ${MAX_STRING_LENGTH.toLocaleString('en')} characters, even in an unknown field`, () => {
    const dir = pack(deck([slide(0)], { padding: 'x'.repeat(MAX_STRING_LENGTH + 1) }))
    expect(problems(dir)).toEqual([
      `deck.json: $.padding: text of ${(MAX_STRING_LENGTH + 1).toLocaleString('en')} characters is over the limit of ${MAX_STRING_LENGTH.toLocaleString('en')}`
    ])
  })

  it('refuses JSON nested deeper than any deck needs', () => {
    const text = deck([slide(0)], { deep: 0 }).replace(
      '0}',
      `${'['.repeat(5000)}${']'.repeat(5000)}}`
    )
    const dir = pack(text)
    expect(problems(dir)[0]).toMatch(
      /^deck\.json: \$\.deep(\[0\])+: nested deeper than \d+ levels$/
    )
  })
})

describe('resolvePackFile (what both hosts serve from a pack)', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'pack-'))
    cpSync(EXAMPLE, dir, { recursive: true })
    writeFileSync(join(dir, '.env'), 'SECRET=1')
    writeFileSync(join(dir, 'media', '.hidden.png'), 'x')
    writeFileSync(join(dir, 'media', 'app.js'), 'alert(1)')
    writeFileSync(join(dir, 'media', 'page.html'), '<script>alert(1)</script>')
    writeFileSync(join(dir, 'notes.json'), '{}')
    symlinkSync('/', join(dir, 'root'))
    symlinkSync('/etc/passwd', join(dir, 'media', 'passwd.png'))
  })

  it('serves deck.json and the schema media types, with their types', () => {
    expect(resolvePackFile(dir, 'deck.json')).toMatchObject({
      ok: true,
      type: 'application/json; charset=utf-8'
    })
    expect(resolvePackFile(dir, 'media/skyline.svg')).toMatchObject({
      ok: true,
      type: 'image/svg+xml'
    })
    expect(resolvePackFile(dir, 'media/emblem.png')).toMatchObject({ ok: true, type: 'image/png' })
  })

  for (const path of [
    'root/etc/passwd',
    '.env',
    'media/.hidden.png',
    'media/app.js',
    'media/page.html',
    'notes.json',
    'media/passwd.png',
    'media/../deck.json',
    '../deck.json',
    'media',
    '',
    'media/nope.png'
  ]) {
    it(`refuses ${path || '(empty)'}`, () => {
      expect(resolvePackFile(dir, path).ok, path).toBe(false)
    })
  }
})

describe('checkPackInWorker', () => {
  it('checks a pack on a worker thread with the same result as checkPack', async () => {
    const worker = await buildWorker()
    const onThread = await checkPackInWorker(EXAMPLE, worker)
    expect(onThread).toEqual(checkPack(EXAMPLE))
    const broken = await checkPackInWorker(join(PACKS, 'duplicate-ids'), worker)
    expect(broken.ok ? [] : broken.problems[0]).toBe(CORPUS['duplicate-ids'])
  })

  it('leaves the main thread free while a big pack is checked', async () => {
    const worker = await buildWorker()
    const dir = mkdtempSync(join(tmpdir(), 'pack-'))
    writeFileSync(
      join(dir, 'deck.json'),
      JSON.stringify({
        version: 1,
        title: { zh: 'x', en: 'x' },
        slides: [],
        pad: 'x'.repeat(1.9e6)
      })
    )
    let ticks = 0
    const timer = setInterval(() => (ticks += 1), 1)
    const results = await Promise.all(
      Array.from({ length: 4 }, () => checkPackInWorker(dir, worker))
    )
    clearInterval(timer)
    expect(results.every((r) => !r.ok)).toBe(true)
    expect(ticks, 'timers ran during the check').toBeGreaterThan(0)
  })

  it('checks on this thread when the worker cannot start (not built), never throws', async () => {
    const result = await checkPackInWorker(EXAMPLE, join(tmpdir(), 'no-such-worker.js'))
    expect(result).toEqual(checkPack(EXAMPLE))
  })

  it('refuses the pack when the check runs out of memory on its worker', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oom-worker-'))
    const worker = join(dir, 'oom-worker.mjs')
    writeFileSync(worker, 'const hog = []; for (;;) hog.push(new Array(1e6).fill(1))\n')
    const result = await checkPackInWorker(EXAMPLE, worker)
    expect(result.ok ? 'passed' : result.problems[0]).toMatch(
      /^deck\.json: \$: could not be checked/
    )
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
      /^--content: deck\.json: slide 2 \("video"\), type: unknown slide type/
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
