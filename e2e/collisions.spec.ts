/**
 * The collision check: every slide, zh and en, on the screens these machines have, and with large
 * text and with reach mode on the two kiosk screens (1920×1080, 1080×1920). Measured from the DOM
 * by e2e/layout-probe.ts (which includes the slide content's clearance from the stage's controls).
 * Writes e2e-output/collisions.json (the count per size and language, and every problem) and
 * fails on any problem.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { probeLayout } from './layout-probe'

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 3840, height: 2160 },
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
  { width: 1024, height: 768 }
] as const

/** The visitor's modes that change the layout (their toggles), checked on the two kiosk screens. */
const MODES = { 'large text': 'large-text-toggle', 'reach mode': 'reach-toggle' } as const
type Mode = keyof typeof MODES
const CASES: { size: { width: number; height: number }; mode?: Mode }[] = [
  ...SIZES.map((size) => ({ size })),
  ...(Object.keys(MODES) as Mode[]).flatMap((mode) =>
    SIZES.slice(0, 2).map((size) => ({ size, mode }))
  )
]

const OUT = 'e2e-output'
const SUMMARY = `${OUT}/collisions.json`

type Summary = Record<string, { zh: number; en: number; problems: string[] }>

function record(size: string, lang: 'zh' | 'en', problems: string[]): void {
  mkdirSync(OUT, { recursive: true })
  let summary: Summary = {}
  try {
    summary = JSON.parse(readFileSync(SUMMARY, 'utf8')) as Summary
  } catch {
    // first size of the run
  }
  const entry = summary[size] ?? { zh: 0, en: 0, problems: [] }
  entry[lang] = problems.length
  entry.problems = [...entry.problems.filter((p) => !p.startsWith(`${lang} `)), ...problems]
  summary[size] = entry
  writeFileSync(SUMMARY, JSON.stringify(summary, null, 2))
}

test.describe('collision check', () => {
  test.skip(() => test.info().project.name !== 'landscape', 'the sizes are set here')

  for (const { size, mode } of CASES) {
    const name = `${size.width}×${size.height}${mode ? ` with ${mode}` : ''}`
    test(`no text collides, leaves the window or is clipped at ${name}`, async ({ page, deck }) => {
      test.setTimeout(60_000)
      await page.setViewportSize(size)
      await page.clock.install()
      await page.goto('?transition=0&idle=86400#/cover')
      await expect(page.getByTestId('stage')).toBeVisible()
      if (mode) await page.getByTestId(MODES[mode]).click()
      await page.evaluate(() => document.fonts.ready)
      // The probe once in the page, then one round trip per slide: go, let it rest, measure.
      await page.evaluate(`window.__probeLayout = ${probeLayout.toString()}`)
      for (const lang of ['zh', 'en'] as const) {
        if (lang === 'en') await page.keyboard.press('l')
        const problems: string[] = []
        for (const [i, slide] of deck.slides.entries()) {
          const measure = (navigate: boolean): Promise<string[] | null> =>
            page.evaluate(
              async ({ id, i, navigate }) => {
                if (navigate && location.hash !== `#/${id}`) {
                  const changed = new Promise((r) =>
                    addEventListener('hashchange', r, { once: true })
                  )
                  location.hash = `#/${id}`
                  await changed
                  // Svelte applies the change in a microtask; a task later it is usually there.
                  await new Promise((r) => setTimeout(r, 0))
                }
                const current = document.querySelector('.slide.current')
                if (current?.getAttribute('data-slide-index') !== String(i)) return null
                // A chart is measured once drawn at its size: its canvas fills its box.
                const chart = current.querySelector('.canvas-box')
                const canvas = chart?.querySelector('canvas')
                if (
                  chart &&
                  (!canvas ||
                    Math.abs(
                      canvas.getBoundingClientRect().height - chart.getBoundingClientRect().height
                    ) > 1)
                )
                  return null
                await document.fonts.ready
                // Entrances end now: the check sees the slide as it rests.
                for (const a of document.getAnimations()) {
                  const timing = a.effect?.getComputedTiming()
                  if (timing && timing.iterations !== Infinity) a.finish()
                }
                const probe = (window as unknown as { __probeLayout: () => string[] }).__probeLayout
                return probe()
              },
              { id: slide.id, i, navigate }
            )
          let found = await measure(true)
          if (found === null) {
            // Not there yet (a busy machine, a timer the page clock holds, Chart.js still
            // loading or sizing its canvas): let time run until it is.
            await expect
              .poll(async () => (await page.clock.runFor(250), (found = await measure(false))), {
                message: `slide ${slide.id} became current (and drew its chart)`,
                timeout: 20_000
              })
              .not.toBeNull()
          }
          for (const p of found ?? []) problems.push(`${lang} ${slide.id}: ${p}`)
        }
        record(name, lang, problems)
        expect.soft(problems, `collisions at ${name} in ${lang}`).toEqual([])
      }
    })
  }
})

test.describe('4K', () => {
  test.skip(() => test.info().project.name !== 'landscape', 'the sizes are set here')

  for (const screen of [
    { name: '3840×2160 physical (1920×1080 CSS at DPR 2)', width: 1920, height: 1080, dpr: 2 },
    { name: '3840×2160 CSS', width: 3840, height: 2160, dpr: 1 }
  ]) {
    test(`charts draw at the device pixel ratio on ${screen.name}`, async ({ browser, deck }) => {
      const charts = deck.slides.filter((s) => s.type === 'chart').map((s) => s.id)
      expect(charts.length, 'the deck has charts').toBeGreaterThan(0)
      const context = await browser.newContext({
        viewport: { width: screen.width, height: screen.height },
        deviceScaleFactor: screen.dpr
      })
      const tab = await context.newPage()
      await tab.goto(`?transition=0&idle=86400#/${charts[0]}`)
      for (const id of charts) {
        await tab.evaluate((id) => (location.hash = `#/${id}`), id)
        const canvas = tab.locator('.slide.current canvas')
        await expect(canvas).toBeVisible()
        await expect
          .poll(
            () =>
              canvas.evaluate((c: HTMLCanvasElement) => ({
                // Canvas widths are whole pixels: compare to two decimals.
                ratio: Math.round((c.width / c.getBoundingClientRect().width) * 100) / 100,
                dpr: devicePixelRatio
              })),
            { message: `${id}: canvas pixels per CSS px` }
          )
          .toEqual({ ratio: screen.dpr, dpr: screen.dpr })
      }
      await context.close()
    })
  }
})
