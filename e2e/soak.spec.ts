/**
 * Soak: about a thousand attract-loop transitions, every chart slide many times over, under
 * Playwright's clock. Nothing may pile up: DOM nodes, event listeners and Chart.js instances are
 * the same after as before (on the same slide), and the JS heap after a forced GC stays bounded.
 * `npm run bench` measures the same over 5,000 transitions beside reveal.js and Swiper.
 */
import type { CDPSession, Page } from '@playwright/test'
import { codeBytes } from '../bench/heap.mjs'
import { canvasContexts, countCanvasContexts, expect, slideSeconds, test } from './fixtures'

/** Transitions the soak drives at least (rounded up to whole loops of the deck). */
const TRANSITIONS = 1000
/** Clock time for the current slide's animations (count-ups, the chart's 900 ms) to finish. */
const SETTLE_MS = 2000

interface Sample {
  /** JSHeapUsedSize after a forced GC. */
  heap: number
  /** The same less V8's compiled code (which grows as functions get hot: not a leak). */
  data: number
  nodes: number
  listeners: number
  charts: number
}

interface SoakWindow {
  kioskDiagnostics: { liveCharts(): number }
  soak: { changes: number }
}

/**
 * Counts slide changes and charts drawn from now on: Chart.js takes its canvas's 2D context once
 * for each chart it creates (the canvas itself stays with its slide).
 */
async function watch(page: Page): Promise<void> {
  await page.evaluate(countCanvasContexts, 'canvas[data-testid="chart"]')
  await page.getByTestId('stage').evaluate((stage) => {
    const w = window as unknown as SoakWindow
    w.soak = { changes: 0 }
    new MutationObserver((records) => (w.soak.changes += records.length)).observe(stage, {
      attributes: true,
      attributeFilter: ['data-index']
    })
  })
}

/**
 * Lets the chart slide draw its chart: it is created once no slide of the track moves (none,
 * with instant transitions), a task after its slide is current (the page clock), so the clock
 * moves in small steps until the chart is there — a few hundred ms of a slide that stays up 16 s
 * or more.
 */
async function chartDrawn(page: Page): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.clock.runFor(50)
        return page.evaluate(() => (window as unknown as SoakWindow).kioskDiagnostics.liveCharts())
      },
      { message: 'the chart slide draws its chart', intervals: [50], timeout: 10_000 }
    )
    .toBe(1)
}

/** Heap after a forced GC, DOM nodes and listeners (CDP), live Chart.js instances. */
async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
  await page.clock.runFor(SETTLE_MS)
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0
  const code = await codeBytes(cdp)
  return {
    heap: metric('JSHeapUsedSize'),
    data: metric('JSHeapUsedSize') - code,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    charts: await page.evaluate(() =>
      (window as unknown as SoakWindow).kioskDiagnostics.liveCharts()
    )
  }
}

test('soak: a thousand auto-play transitions leave no nodes, listeners or charts behind', async ({
  show,
  page,
  deck
}, testInfo) => {
  test.skip(testInfo.project.name !== 'landscape', 'the soak runs once, in the landscape viewport')
  test.setTimeout(300_000)
  const ms = (i: number): number => slideSeconds(deck, deck.slides[i]!) * 1000
  const loopMs = deck.slides.reduce((sum, _, i) => sum + ms(i), 0)
  const loops = Math.ceil(TRANSITIONS / deck.slides.length)
  const firstChart = deck.slides.findIndex((s) => s.type === 'chart')
  const chartSlides = deck.slides.filter((s) => s.type === 'chart').length
  expect(firstChart, 'the deck has a chart slide').toBeGreaterThan(0)

  // Instant transitions, as in the bench's memory run: a chart is drawn once its slide's movement
  // has finished, and CSS movements run in real time, which the clock's loops outpace.
  await show.open('?idle=3&transition=0', { clock: true })
  // Pause the fake clock: from here only runFor moves time, so slow heap snapshots on a busy
  // machine cannot push the show on to another slide.
  await page.clock.pauseAt(Date.now() + 1000)
  const stage = page.getByTestId('stage')
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')

  // The attract loop starts after 3 s at the first slide; move to the first chart slide.
  await page.clock.runFor(3_100)
  await expect(stage).toHaveAttribute('data-attract', 'true')
  let toChart = 0
  for (let i = 0; i < firstChart; i++) toChart += ms(i)
  await page.clock.runFor(toChart)
  await expect(stage).toHaveAttribute('data-index', String(firstChart))

  // Warm up with one whole loop (every layout, chart and font once), then the baseline. The
  // counters go in first: Playwright's own page script adds listeners the first time it is used.
  await page.clock.runFor(loopMs)
  await expect(stage).toHaveAttribute('data-index', String(firstChart))
  // The chart on screen is drawn before the count starts: each loop then draws every chart once.
  await chartDrawn(page)
  await watch(page)
  const before = await sample(page, cdp)
  expect(before.charts, 'the chart slide has its chart').toBe(1)

  for (let i = 0; i < loops; i++) await page.clock.runFor(loopMs)
  await chartDrawn(page)
  const after = await sample(page, cdp)
  const soak = {
    ...(await page.evaluate(() => (window as unknown as SoakWindow).soak)),
    charts: await canvasContexts(page)
  }
  await expect(stage, 'whole loops later: the same slide').toHaveAttribute(
    'data-index',
    String(firstChart)
  )
  await expect(stage).toHaveAttribute('data-attract', 'true')

  const report = `before ${JSON.stringify(before)}, after ${JSON.stringify(after)}, ${JSON.stringify(soak)}`
  testInfo.annotations.push({ type: 'soak', description: report })
  expect(soak.changes, 'transitions driven').toBe(loops * deck.slides.length)
  expect(soak.charts, 'every chart slide drew its chart each loop').toBe(loops * chartSlides)
  expect(after.nodes, `DOM nodes do not grow (${report})`).toBeLessThanOrEqual(before.nodes)
  expect(after.listeners, `listeners do not grow (${report})`).toBeLessThanOrEqual(before.listeners)
  expect(after.charts, 'one live chart, as before').toBe(before.charts)
  expect(after.data / before.data, `heap less code stays bounded (${report})`).toBeLessThan(1.1)
  expect(after.heap / before.heap, `heap after GC stays bounded (${report})`).toBeLessThan(1.6)
})
