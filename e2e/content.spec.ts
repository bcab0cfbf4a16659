import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import {
  canvasContexts,
  countCanvasContexts,
  expect,
  neighboursOnShow,
  slidesMovingAtContexts,
  test
} from './fixtures'

/**
 * The sizes of the canvases on the page that hold a backing store other than the default
 * 300 × 150 a canvas has when nothing is drawn on it (Chart.js gives it back so when destroyed).
 */
async function drawnCanvases(page: Page): Promise<string[]> {
  const sizes = await page
    .locator('canvas')
    .evaluateAll((list) =>
      list.map((c) => `${(c as HTMLCanvasElement).width}×${(c as HTMLCanvasElement).height}`)
    )
  return sizes.filter((size) => size !== '300×150')
}

/**
 * The slides (their indexes) whose chart canvas holds a chart (drawn, or retired and still
 * drawn), as the page's Chart.js knows it: a canvas only sized for a chart to come holds none.
 */
async function slidesWithDrawnCharts(page: Page): Promise<number[]> {
  return page
    .locator('.slide canvas[data-testid="chart"]')
    .evaluateAll((list) =>
      list
        .filter((canvas) => window.kioskDiagnostics.hasChart(canvas as HTMLCanvasElement))
        .map((canvas) => Number(canvas.closest<HTMLElement>('.slide')?.dataset.slideIndex))
    )
}

declare global {
  interface Window {
    kioskDiagnostics: {
      liveCharts(): number
      chartWarmUps(): number
      hasChart(canvas: HTMLCanvasElement): boolean
    }
    chartWatch: { most: number }
  }
}

/**
 * From the page's first script on: the most Chart.js instances alive at once, looked at every
 * frame, and the 2D contexts taken on the page's own canvases (Chart.js takes one for each chart
 * it creates; the warm-up draws on OffscreenCanvas, not counted).
 */
async function watchCharts(page: Page): Promise<void> {
  await page.addInitScript(countCanvasContexts, 'canvas')
  await page.addInitScript(() => {
    const watch = (window.chartWatch = { most: 0 })
    const look = (): void => {
      watch.most = Math.max(watch.most, window.kioskDiagnostics?.liveCharts() ?? 0)
      requestAnimationFrame(look)
    }
    requestAnimationFrame(look)
  })
}

/** Waits until `n` charts are alive. */
async function liveChartsAre(page: Page, n: number, message: string): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => window.kioskDiagnostics.liveCharts()), { message })
    .toBe(n)
}

test.describe('content and design', () => {
  test('glyphs come from the bundled fonts, in Chinese and English', async ({ show, page }) => {
    await show.open('#/cover')
    await page.evaluate(() => document.fonts.ready)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const fontsOf = async (selector: string) => {
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector })
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      return fonts
    }
    const zh = await fontsOf('.slide.current h1')
    expect(zh.length, 'fonts used by the Chinese title').toBeGreaterThan(0)
    for (const f of zh) {
      expect(f.isCustomFont, `${f.familyName} is a bundled web font`).toBe(true)
      expect(f.familyName).toMatch(/Noto Sans SC/)
    }
    // The bundled deck's glyphs come from its build-time subsets, not the full font's slices.
    const fontFiles = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name.split('/').pop() ?? '')
        .filter((name) => name.endsWith('.woff2'))
    )
    expect(fontFiles.length, 'font files of the first slide').toBeGreaterThan(0)
    for (const name of fontFiles) expect(name, 'a deck subset file').toMatch(/^deck-/)
    await page.keyboard.press('l')
    await expect(page.getByTestId('stage')).toHaveAttribute('lang', 'en')
    await page.waitForFunction(() => document.fonts.check('800 40px "Source Sans 3 Deck"'))
    const en = await fontsOf('.slide.current h1')
    for (const f of en) expect(f.isCustomFont, `${f.familyName} is a bundled web font`).toBe(true)
    expect(en.map((f) => f.familyName).join(), 'English uses Source Sans').toMatch(/Source Sans 3/)
  })

  test("each section's big numeral renders from the deck's font subsets at its weight, zh and en", async ({
    show,
    page,
    deck
  }) => {
    const sections = deck.slides.filter((s) => s.type === 'section')
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    await show.sweep(sections, async (slide, lang) => {
      const numeral = page.locator('.slide.current .number[data-ornament]')
      await expect(numeral).toHaveCSS('font-weight', '800')
      await page.evaluate(() => document.fonts.ready)
      const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
      const { nodeId } = await cdp.send('DOM.querySelector', {
        nodeId: root.nodeId,
        selector: '.slide.current .number[data-ornament]'
      })
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
      expect(fonts.length, `${slide.id} (${lang}): fonts of the numeral`).toBeGreaterThan(0)
      for (const f of fonts) {
        expect(f.isCustomFont, `${slide.id} (${lang}): ${f.familyName} is bundled`).toBe(true)
        expect(f.familyName).toMatch(lang === 'zh' ? /Noto Sans SC/ : /Source Sans 3/)
      }
    })
    const fontFiles = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name.split('/').pop() ?? '')
        .filter((name) => name.endsWith('.woff2'))
    )
    for (const name of fontFiles) expect(name, 'a deck subset file').toMatch(/^deck-/)
  })

  test('a character a content pack adds outside the bundled deck renders from the bundled full font', async ({
    show,
    page
  }) => {
    // 龘 is in no bundled deck text, so in no subset: the fontsource slice that holds it serves it.
    const rare = '龘'
    await page.route('**/content/deck.json', async (route) => {
      const deck = await (await route.fetch()).json()
      expect(JSON.stringify(deck), 'the test character is outside the bundled deck').not.toContain(
        rare
      )
      deck.slides[0].title.zh = rare
      await route.fulfill({ json: deck })
    })
    await show.open('#/cover')
    await expect(page.locator('.slide.current h1')).toHaveText(rare)
    await page.evaluate(() => document.fonts.ready)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('DOM.enable')
    await cdp.send('CSS.enable')
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 })
    const { nodeId } = await cdp.send('DOM.querySelector', {
      nodeId: root.nodeId,
      selector: '.slide.current h1'
    })
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId })
    expect(fonts.length, 'fonts used by the pack title').toBeGreaterThan(0)
    for (const f of fonts) {
      expect(f.isCustomFont, `${f.familyName} is a bundled web font, not a system one`).toBe(true)
      expect(f.familyName).toMatch(/Noto Sans SC/)
    }
    const slices = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => r.name.split('/').pop() ?? '')
        .filter((name) => /^noto-sans-sc-\d+-wght-normal/.test(name))
    )
    expect(slices, 'the full font slice holding the character was fetched').toHaveLength(1)
  })

  test('figures count up as their slide appears and end exactly as written', async ({
    show,
    page
  }) => {
    await page.clock.install()
    await page.clock.pauseAt(Date.now() + 1000)
    await show.open('#/supply-preschool')
    const figure = page.locator('.slide.current [data-figure="92.38%"] .live').first()
    await page.clock.runFor(300)
    const early = await figure.textContent()
    expect(Number(early), `a figure mid-count (${early})`).toBeLessThan(92.38)
    await page.clock.runFor(2000)
    await expect(figure, 'the figure as written in the article').toHaveText('92.38')
  })

  test('a figure waits at zero while its slide moves in, then counts up once it stands', async ({
    show,
    page
  }) => {
    await show.open('#/supply-quote', { clock: true })
    // Only the test moves time from here: the transition and the count-up by the page clock.
    await page.clock.pauseAt(Date.now() + 1000)
    await page.keyboard.press('ArrowRight')
    const figure = page.locator('.slide.current [data-figure="92.38%"] .live').first()
    for (const ms of [100, 200, 200]) {
      await page.clock.runFor(ms)
      await expect(figure, 'no text changes during the movement').toHaveText('0.00')
    }
    await page.clock.runFor(400)
    const counting = Number(await figure.textContent())
    expect(counting, `counting once the slide stands (${counting})`).toBeGreaterThan(0)
    expect(counting).toBeLessThan(92.38)
    await page.clock.runFor(2000)
    await expect(figure).toHaveText('92.38')
  })

  test('no figure changes in the frame a key press starts a movement; one left waits at zero off screen', async ({
    show,
    page
  }) => {
    await show.open('#/supply-preschool', { clock: true })
    await page.clock.pauseAt(Date.now() + 1000)
    const figures = page.locator('.slide:not(.kept, .warming) .live')
    const index = await show.index()
    const figure = page.locator(`.slide[data-slide-index="${index}"] [data-figure="92.38%"] .live`)
    // Counted to the end, and the neighbours built (frames run only when the clock moves).
    await expect
      .poll(async () => (await page.clock.runFor(100), figure.textContent()))
      .toBe('92.38')
    await neighboursOnShow(page)
    const before = await figures.allTextContents()
    await page.keyboard.press('ArrowLeft')
    expect(await figures.allTextContents(), 'the texts as they were').toEqual(before)
    await page.clock.runFor(300)
    await expect(figure, 'the slide being left keeps its figure while it moves out').toHaveText(
      '92.38'
    )
    await page.clock.runFor(700)
    await expect(figure, 'off screen, it waits at zero').toHaveText('0.00')
    const waiting = await figures.allTextContents()
    await page.keyboard.press('ArrowRight')
    expect(await figures.allTextContents(), 'it comes back in at zero').toEqual(waiting)
  })

  test('a chart exists only while its slide is shown; instances stay bounded', async ({
    show,
    page,
    deck
  }) => {
    await watchCharts(page)
    await show.open('#/cover')
    for (const slide of deck.slides) {
      await show.goTo(slide.id)
      // A chart is created once its slide has settled (never in the frame that moves it); the
      // chart of a slide left is destroyed once that slide is off screen.
      const index = Number(await page.locator('.slide.current').getAttribute('data-slide-index'))
      await expect
        .poll(() => slidesWithDrawnCharts(page), { message: `the chart drawn on ${slide.id}` })
        .toEqual(slide.type === 'chart' ? [index] : [])
      await liveChartsAre(page, slide.type === 'chart' ? 1 : 0, `live charts on ${slide.id}`)
    }
    const watch = await page.evaluate(() => window.chartWatch)
    expect(watch.most, 'never more than one chart alive, frame by frame').toBe(1)
    const chartSlides = deck.slides.filter((s) => s.type === 'chart').length
    expect(await canvasContexts(page), 'each chart slide drew its chart once').toBe(chartSlides)
    // A chart slide keeps its canvas, given back at the default 300 × 150 once its chart is gone: no
    // backing store the size of the stage is held by a slide that is not current.
    const canvases = page.locator('canvas[data-testid="chart"]')
    expect(await canvases.count(), 'each chart slide keeps its canvas').toBe(chartSlides)
    expect(await drawnCanvases(page), 'no canvas keeps a chart-sized backing store').toEqual([])
  })

  test('a chart is drawn again when its slide comes back, and in the language switched to, never leaving the canvas empty between the two', async ({
    show,
    page
  }) => {
    await watchCharts(page)
    await show.open('#/supply-courses')
    await liveChartsAre(page, 1, 'the chart is drawn')
    const drawn = async (): Promise<number> => canvasContexts(page)
    expect(await drawn()).toBe(1)
    // Mutation records are delivered at each microtask checkpoint, at the latest when a task
    // ends, before any frame: the canvas's size then is what a frame would show (300 × 150,
    // the canvas given back when a chart is destroyed, is an empty canvas).
    await page.locator('.slide.current canvas[data-testid="chart"]').evaluate((canvas) => {
      const c = canvas as HTMLCanvasElement
      const sizes: string[] = []
      new MutationObserver(() => sizes.push(`${c.width}×${c.height}`)).observe(c, {
        attributes: true
      })
      Object.assign(window, { canvasSizes: sizes })
    })
    await page.getByTestId('language').click()
    await expect.poll(drawn, { message: 'drawn again in English' }).toBe(2)
    await liveChartsAre(page, 1, 'the Chinese one destroyed')
    const sizes = await page.evaluate(
      () => (window as unknown as { canvasSizes: string[] }).canvasSizes
    )
    expect(sizes.length, 'the canvas was drawn on again').toBeGreaterThan(0)
    expect(sizes, 'its size at the end of each task of the switch').not.toContain('300×150')
    await show.goTo('cover')
    await liveChartsAre(page, 0, 'gone with its slide')
    await show.goTo('supply-courses')
    await expect.poll(drawn, { message: 'drawn again when it comes back' }).toBe(3)
    await liveChartsAre(page, 1, 'one chart')
    expect(await page.evaluate(() => window.chartWatch.most), 'never two at once').toBe(1)
  })

  test('a chart stays drawn while its slide moves off, and is destroyed once it is off screen', async ({
    show,
    page,
    deck
  }) => {
    await show.open('#/cover')
    // Every chart slide, left towards the next slide: a chart or not.
    for (const [index, slide] of deck.slides.entries()) {
      if (slide.type !== 'chart' || index === deck.slides.length - 1) continue
      await show.goTo(slide.id)
      await expect.poll(() => slidesWithDrawnCharts(page)).toEqual([index])
      await page.keyboard.press('ArrowRight')
      // The movement takes longer than this look: the chart is not blanked as its slide leaves.
      expect(await slidesWithDrawnCharts(page), `${slide.id} drawn as it moves off`).toEqual([
        index
      ])
      const next = deck.slides[index + 1]!.type === 'chart' ? [index + 1] : []
      await expect
        .poll(() => slidesWithDrawnCharts(page), { message: `${slide.id} destroyed off screen` })
        .toEqual(next)
      await liveChartsAre(page, next.length, "the current slide's chart only")
    }
    // A jump leaves the slide in place under the one fading in: its chart stays drawn until then.
    const first = deck.slides.findIndex((s) => s.type === 'chart')
    await show.goTo(deck.slides[first]!.id)
    await expect.poll(() => slidesWithDrawnCharts(page)).toEqual([first])
    await page.evaluate(() => (location.hash = '#/cover'))
    await expect(page.getByTestId('stage')).toHaveAttribute('data-slide', 'cover')
    expect(await slidesWithDrawnCharts(page), 'drawn under the cover fading in').toEqual([first])
    await expect
      .poll(() => slidesWithDrawnCharts(page), { message: 'destroyed once the cover stands' })
      .toEqual([])
  })

  test('a chart is made only once every slide stands, also after an interrupted movement', async ({
    show,
    page,
    deck
  }) => {
    const index = deck.slides.findIndex((s) => s.type === 'chart')
    const before = deck.slides[index - 1]!
    expect(before.type, 'the slide before the first chart slide has no chart').not.toBe('chart')
    // Chart.js takes a 2D context on the canvas for each chart it makes: at that moment, the
    // slides' movements still running are counted, in the page.
    await page.addInitScript(countCanvasContexts, 'canvas[data-testid="chart"]')
    const chartsMade = (): Promise<number[]> => slidesMovingAtContexts(page)
    await show.open(`#/${before.id}`, { clock: true })
    await page.clock.pauseAt(Date.now() + 1000)
    await neighboursOnShow(page)
    /** Moves the page clock until one more chart is made (the movements run in real time). */
    const oneMore = async (what: string): Promise<void> => {
      const made = (await chartsMade()).length
      await expect
        .poll(async () => (await page.clock.runFor(16), (await chartsMade()).length), {
          message: `${what}: the chart made`
        })
        .toBe(made + 1)
      expect(await slidesWithDrawnCharts(page), `${what}: drawn`).toEqual([index])
    }
    await page.keyboard.press('ArrowRight')
    await oneMore('moving in')
    // Left, and at once back: the slides turn round mid-way. The chart left stays drawn
    // meanwhile; it is made again once the slides stand.
    await page.keyboard.press('ArrowLeft')
    await page.clock.runFor(160)
    await page.keyboard.press('ArrowRight')
    await oneMore('turned round and back')
    expect(await chartsMade(), 'slides moving as each chart was made').toEqual([0, 0])
  })

  for (const scale of [1, 1.5, 2])
    test.describe(`at ${scale}× pixels`, () => {
      test.use({ deviceScaleFactor: scale })
      test('a chart finds its canvas at its size, its bitmap made a task before the chart', async ({
        show,
        page,
        deck
      }) => {
        // Sizing a canvas makes its bitmap (at 4K some 11 MB, cleared): in the task Chart.js makes
        // the chart in, under a slow CPU the longest task of a change. The slide does it a task
        // before, so Chart.js finds the canvas at the size it gives it and keeps its bitmap. Each 2D
        // context taken on the chart's canvas is recorded with the canvas's size then, and a
        // number that changes only from one task to a later one (reset by a timer).
        await page.addInitScript(() => {
          const w = window as unknown as { contextsTaken: { size: string; task: number }[] }
          w.contextsTaken = []
          let task = 0
          let counted = false
          const proto = HTMLCanvasElement.prototype as unknown as {
            getContext(this: HTMLCanvasElement, ...args: unknown[]): unknown
          }
          const getContext = proto.getContext
          proto.getContext = function (...args) {
            if (args[0] === '2d' && this.matches('.slide.current canvas[data-testid="chart"]')) {
              if (!counted) {
                counted = true
                task += 1
                setTimeout(() => (counted = false), 0)
              }
              w.contextsTaken.push({ size: `${this.width}×${this.height}`, task })
            }
            return getContext.apply(this, args)
          }
        })
        const index = deck.slides.findIndex((s) => s.type === 'chart')
        expect(index, 'a slide before the first chart slide').toBeGreaterThan(0)
        await show.open(`#/${deck.slides[index - 1]!.id}`)
        await page.keyboard.press('ArrowRight')
        await expect
          .poll(() => slidesWithDrawnCharts(page), { message: 'the chart drawn' })
          .toEqual([index])
        await expect
          .poll(() => page.evaluate(() => window.kioskDiagnostics.liveCharts()), {
            message: 'the chart made'
          })
          .toBe(1)
        const canvas = page.locator('.slide.current canvas[data-testid="chart"]')
        const size = await canvas.evaluate((c: HTMLCanvasElement) => `${c.width}×${c.height}`)
        const taken = await page.evaluate(
          () =>
            (window as unknown as { contextsTaken: { size: string; task: number }[] }).contextsTaken
        )
        expect(taken.length, 'a context taken before the one Chart.js takes').toBeGreaterThan(1)
        expect(
          taken.map((t) => t.size),
          "the canvas at the chart's size each time"
        ).toEqual(taken.map(() => size))
        expect(taken[0]!.task, 'the bitmap made in an earlier task').toBeLessThan(
          taken.at(-1)!.task
        )
      })
    })

  test('Chart.js is set up at idle: each kind of chart in the deck drawn once off the page', async ({
    show,
    page,
    deck
  }) => {
    await watchCharts(page)
    await show.open('#/cover')
    const kinds = new Set(deck.slides.flatMap((s) => (s.type === 'chart' ? [s.chart.kind] : [])))
    expect(kinds.size, 'the bundled deck has charts of several kinds').toBeGreaterThan(1)
    await expect
      .poll(() => page.evaluate(() => window.kioskDiagnostics.chartWarmUps()), {
        message: 'charts drawn off the page while the cover stands'
      })
      .toBe(kinds.size)
    expect(await page.evaluate(() => window.kioskDiagnostics.liveCharts()), 'none kept').toBe(0)
    expect(await page.evaluate(() => window.chartWatch.most), 'no chart on the page').toBe(0)
    expect(await canvasContexts(page), 'nothing drawn on the page').toBe(0)
    expect(await drawnCanvases(page), 'no canvas holds a drawing').toEqual([])
  })

  test('each chart has a text alternative with its numbers', async ({ show, page }) => {
    await show.open('#/supply-courses')
    const alt = page.locator('.slide.current figcaption')
    await expect(alt).toContainText('2022年 28节')
    await expect(alt).toContainText('2024年 108节')
  })

  test('every chart draws its axis labels level, none slanted, in both languages', async ({
    show,
    page,
    deck
  }) => {
    // Chart.js slants the labels of an axis that has too little room for them level: hard to
    // read from three metres. The live chart of the current slide, read from Chart.js itself
    // (the page's own module: imported again, it is the same instance).
    const charts = deck.slides.filter((s) => s.type === 'chart')
    const rotations = () =>
      page.evaluate(async () => {
        const url = performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .find((name) => /\/charts-[^/]*\.js$/.test(name))
        // Chart.js is fetched at idle: until it has arrived, no chart is drawn yet.
        if (!url) return null
        const { Chart } = (await import(url)) as typeof import('chart.js')
        const canvas = document.querySelector<HTMLCanvasElement>('.slide.current canvas')
        const chart = canvas ? Chart.getChart(canvas) : undefined
        if (!chart) return null
        return Object.values(chart.scales).map((scale) => `${scale.id} ${scale.labelRotation}°`)
      })
    await show.sweep(charts, async (slide, lang) => {
      await expect
        .poll(rotations, { message: `${lang} ${slide.id}: its chart drawn` })
        .not.toBeNull()
      const drawn = (await rotations())!
      expect(drawn, `${lang} ${slide.id}: label rotation of each axis`).toEqual(
        drawn.map((axis) => axis.replace(/ \S+°$/, ' 0°'))
      )
    })
  })

  test('slide changes are announced politely; attract-loop steps are not', async ({
    show,
    page
  }) => {
    await show.open('#/cover', { clock: true })
    const announcer = page.getByTestId('announcer')
    await expect(announcer).toHaveAttribute('aria-live', 'polite')
    await page.keyboard.press('ArrowRight')
    await expect(announcer).toContainText('第 2 页')
    await page.clock.runFor(61_000)
    await expect(page.getByTestId('stage')).toHaveAttribute('data-attract', 'true')
    const before = await announcer.textContent()
    await page.clock.runFor(30_000)
    expect(await show.index(), 'the loop moved on').toBeGreaterThan(0)
    expect(await announcer.textContent(), 'no announcement for auto-play steps').toBe(before)
  })

  test('a hub card opens its section', async ({ show, page }) => {
    await show.open('#/five-strengths')
    for (const [key, id] of [
      ['guarantee', 'guarantee'],
      ['leadership', 'leadership'],
      ['teachers', 'teachers'],
      ['supply', 'supply'],
      ['reform', 'reform']
    ]) {
      await page.evaluate(() => (location.hash = '#/five-strengths'))
      await page.getByTestId(`hub-${key}`).click()
      await expect.poll(() => show.slideId(), { message: `hub card ${key}` }).toBe(id)
      // The URL follows after the frame: wait for it, or the next hash would be no change.
      await page.waitForFunction((slide) => location.hash === `#/${slide}`, id)
    }
  })

  test("each strength's colour marks its hub card, its slides and its overview cards", async ({
    show,
    page
  }) => {
    const colours = {
      guarantee: '--gold',
      leadership: '--coral',
      teachers: '--jade',
      supply: '--azure',
      reform: '--plum'
    }
    const token = (name: string) =>
      page.evaluate((n) => getComputedStyle(document.documentElement).getPropertyValue(n), name)
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => parseInt(hex.trim().slice(i, i + 2), 16)).join(', ')})`
    await show.open('#/five-strengths')
    for (const [strength, name] of Object.entries(colours)) {
      const colour = rgb(await token(name))
      await expect(page.getByTestId(`hub-${strength}`), `hub card ${strength}`).toHaveCSS(
        'border-top-color',
        colour
      )
    }
    await show.goTo('cover')
    await expect(page.locator('.slide.current .slide-root'), 'no strength: gold').toHaveCSS(
      '--accent',
      (await token('--gold')).trim()
    )
    for (const [strength, name] of Object.entries(colours)) {
      await show.goTo(strength)
      await expect(page.locator('.slide.current .slide-root'), `${strength} slide`).toHaveCSS(
        '--accent',
        (await token(name)).trim()
      )
    }
    await page.getByTestId('overview-button').click()
    const cards = page.getByTestId('overview').locator('.card')
    await expect(cards.first(), 'the cover has no strength').toHaveCSS(
      'border-top-color',
      'rgba(255, 255, 255, 0.24)'
    )
    await expect(
      page.getByTestId('overview').locator('.card[data-section="teachers"]').first(),
      'a teachers card'
    ).toHaveCSS('border-top-color', rgb(await token('--jade')))
  })

  test('Chinese headlines break only between phrases and never leave one character alone', async ({
    show,
    page,
    deck
  }) => {
    test.setTimeout(120_000)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await show.open('?transition=0&idle=86400#/cover')
    await page.evaluate(() => document.fonts.ready)
    const problems: string[] = []
    let measured = 0
    for (const slide of deck.slides) {
      await show.goTo(slide.id)
      // Each headline's lines as laid out: the characters grouped by the top of their box.
      const headlines = await page
        .locator('.slide.current :is(.headline, h1.title)')
        .evaluateAll((els) =>
          els.map((el) => {
            for (const a of el.getAnimations({ subtree: true })) a.finish()
            const lines: string[] = []
            let top: number | null = null
            const size = parseFloat(getComputedStyle(el).fontSize)
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent ?? ''
              for (let i = 0; i < text.length; i++) {
                const range = document.createRange()
                range.setStart(node, i)
                range.setEnd(node, i + 1)
                const box = range.getClientRects()[0]
                if (box && box.width > 0 && (top === null || box.top > top + size / 2)) {
                  if (top !== null) lines.push('')
                  top = box.top
                }
                if (lines.length === 0) lines.push('')
                lines.push(`${lines.pop() ?? ''}${text.charAt(i)}`)
              }
            }
            return lines
          })
        )
      for (const lines of headlines) {
        measured++
        const last = (lines.at(-1) ?? '').replace(/[\s\p{P}]/gu, '')
        if (lines.length > 1 && [...last].length < 2)
          problems.push(`${slide.id}: one character alone on the last line: ${lines.join(' / ')}`)
        for (let i = 1; i < lines.length; i++) {
          // A phrase break: a space, or punctuation closing the line or opening the next.
          const before = lines[i - 1] ?? ''
          const after = lines[i] ?? ''
          if (!/(\s|[，、：；。！？）》”])$/.test(before) && !/^(\s|[（《“])/.test(after))
            problems.push(`${slide.id}: a line break inside a phrase: ${lines.join(' / ')}`)
        }
      }
    }
    expect(measured, 'headlines measured').toBeGreaterThan(deck.slides.length / 2)
    expect(problems, 'Chinese headlines').toEqual([])
  })

  test('every layout passes axe with no serious or critical violations, zh and en', async ({
    show,
    page,
    deck
  }) => {
    test.setTimeout(120_000)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    const oneOfEach = [...new Map(deck.slides.map((s) => [s.type, s])).values()]
    await show.open('#/cover')
    const problems: string[] = []
    await show.visitSlides(oneOfEach, async (slide, lang) => {
      await page
        .locator('.slide.current')
        .evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)))
      const { violations } = await new AxeBuilder({ page }).analyze()
      for (const v of violations) {
        if (v.impact === 'serious' || v.impact === 'critical') {
          problems.push(
            `${slide.type} (${lang}): ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
          )
        }
      }
    })
    expect(problems, 'serious or critical accessibility violations').toEqual([])
  })
})

test('a story shows a photo instead of its illustration when the pack provides one', async ({
  show,
  page,
  deck
}) => {
  // A pack with a photo: the bundled deck, with the intro story pointing at media/photo.svg.
  const story = deck.slides.find((s) => s.id === 'intro')
  if (story?.type !== 'story') throw new Error('the bundled deck has an intro story')
  story.image = 'media/photo.svg'
  await page.route('**/content/deck.json', (route) => route.fulfill({ json: deck }))
  await page.route('**/content/media/photo.svg', (route) =>
    route.fulfill({ path: 'src/renderer/public/favicon.svg', contentType: 'image/svg+xml' })
  )
  await show.open('#/intro')
  const img = page.locator('.slide.current .art img')
  await expect(img).toBeVisible()
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(
    true
  )
  await expect(
    page.locator('.slide.current .art svg'),
    'no illustration beside the photo'
  ).toHaveCount(0)
})
