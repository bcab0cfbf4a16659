/**
 * Reach mode, for a visitor in a wheelchair: every control a visitor uses sits in the bottom
 * `reachBand` of the screen (the option's default, 0.5), on every slide, in both languages, in
 * the orientation of the project (landscape 1920×1080, portrait 1080×1920). Also: the toggle is
 * a real touch target near the bottom edge, large text makes body text larger, and the attract
 * loop ends both. Writes e2e-output/reach-<project>.json (the highest control per slide).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { DEFAULT_SHOW_CONFIG } from '../src/shared/config'
import { expect, test } from './fixtures'
import { MIN_TARGET, targetProblems, touchTargets } from './layout-probe'

test.describe('reach mode', () => {
  test('the toggle is near the bottom edge, a real touch target, named by its visible label', async ({
    show,
    page
  }) => {
    await show.open('?transition=0&idle=86400#/cover')
    const toggle = page.getByTestId('reach-toggle')
    const viewport = page.viewportSize()!
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') await page.keyboard.press('l')
      const box = (await toggle.boundingBox())!
      expect(box.width, `${lang}: toggle width`).toBeGreaterThanOrEqual(MIN_TARGET)
      expect(box.height, `${lang}: toggle height`).toBeGreaterThanOrEqual(MIN_TARGET)
      expect(
        box.y + box.height,
        `${lang}: the toggle's bottom is within 15% of the bottom edge`
      ).toBeGreaterThan(viewport.height * 0.85)
      const visible = ((await toggle.innerText()) ?? '').replace(/\s+/g, ' ').trim()
      const name = (await toggle.getAttribute('aria-label')) ?? ''
      expect(name, `${lang}: the accessible name contains the visible label`).toContain(visible)
      await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    }
    await toggle.click()
    await expect(page.getByTestId('stage')).toHaveAttribute('data-reach', 'true')
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(
      page.getByTestId('large-text-toggle'),
      'reach mode makes text larger'
    ).toHaveAttribute('aria-pressed', 'true')
  })

  test('every control a visitor uses is in the bottom band, 44 px or more and apart, on every slide, zh and en', async ({
    show,
    page,
    deck
  }) => {
    test.setTimeout(120_000)
    const project = test.info().project.name
    const band = DEFAULT_SHOW_CONFIG.reachBand
    // Windowed: the play control shows too.
    await show.open('?transition=0&idle=86400&mode=windowed#/cover')
    await page.evaluate(() => document.fonts.ready)
    await page.getByTestId('reach-toggle').click()
    const height = page.viewportSize()!.height
    const limit = height * (1 - band)
    const problems: string[] = []
    const highest: Record<string, number> = {}
    let detailButtons = 0
    let measured = 0
    await show.visitSlides(deck.slides, async (slide, lang) => {
      const found = await touchTargets(page)
      measured += found.length
      if (lang === 'zh')
        detailButtons += await page.locator('.slide.current button[aria-expanded]').count()
      const key = `${lang} ${slide.id}`
      highest[key] = Math.min(...found.map((c) => c.top)) / height
      for (const c of found) {
        if (c.top < limit - 0.5)
          problems.push(`${key}: "${c.name}" top at ${((100 * c.top) / height).toFixed(1)}%`)
      }
      // Brought together in the band, the controls still must be touch-sized and apart.
      problems.push(...targetProblems(found, key))
    })
    // The overview's close button.
    await page.getByTestId('overview-button').click()
    await expect(page.getByTestId('overview')).toBeVisible()
    const close = (await page
      .getByTestId('overview')
      .getByRole('button', { name: /关闭|Close/ })
      .boundingBox())!
    highest['overview close'] = close.y / height
    if (close.y < limit - 0.5)
      problems.push(`overview: close button top at ${((100 * close.y) / height).toFixed(1)}%`)

    const worst = Math.min(...Object.values(highest))
    console.log(
      `${project}: highest control top at ${(100 * worst).toFixed(1)}% of the height (band starts at ${(100 * (1 - band)).toFixed(0)}%)`
    )
    mkdirSync('e2e-output', { recursive: true })
    writeFileSync(`e2e-output/reach-${project}.json`, JSON.stringify({ worst, highest }, null, 2))
    expect(detailButtons, 'the ＋ detail buttons were measured').toBeGreaterThan(0)
    expect(measured, 'controls were found').toBeGreaterThan(deck.slides.length * 2 * 5)
    expect(problems, `controls above the reach band (${project})`).toEqual([])
  })

  test('swiping works anywhere in reach mode', async ({ show, page }) => {
    await show.open('?transition=0&idle=86400#/intro')
    await page.getByTestId('reach-toggle').click()
    const stage = (await page.getByTestId('stage').boundingBox())!
    // High on the screen, where no control is: a swipe from right to left goes on.
    const y = stage.y + stage.height * 0.2
    await page.mouse.move(stage.x + stage.width * 0.8, y)
    await page.mouse.down()
    await page.mouse.move(stage.x + stage.width * 0.2, y, { steps: 12 })
    await page.mouse.up()
    await expect.poll(() => show.slideId(), { message: 'a swipe in reach mode' }).not.toBe('intro')
  })

  test('large text makes body text larger without moving the controls', async ({ show, page }) => {
    await show.open('?transition=0&idle=86400#/intro')
    const body = page.locator('.slide.current .body-text').first()
    const size = async (): Promise<number> =>
      body.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    const before = await size()
    const next = (await page.getByTestId('next').boundingBox())!
    await page.getByTestId('large-text-toggle').click()
    await expect(page.getByTestId('stage')).toHaveAttribute('data-text-step', '1')
    await expect(page.getByTestId('stage')).toHaveAttribute('data-reach', 'false')
    const after = await size()
    expect(after, 'body text size with large text').toBeGreaterThan(before * 1.1)
    expect((await page.getByTestId('next').boundingBox())!, 'the next button stays').toEqual(next)
  })

  test('the attract loop ends reach mode and large text: the next visitor starts from the default', async ({
    show,
    page
  }) => {
    await show.open('?transition=0#/intro', { clock: true })
    const stage = page.getByTestId('stage')
    await page.getByTestId('reach-toggle').click()
    await expect(stage).toHaveAttribute('data-reach', 'true')
    await page.clock.runFor((DEFAULT_SHOW_CONFIG.idleSeconds + 1) * 1000)
    await expect(stage, 'the attract loop started').toHaveAttribute('data-attract', 'true')
    await expect(stage, 'reach mode ended').toHaveAttribute('data-reach', 'false')
    await expect(stage, 'large text ended').toHaveAttribute('data-text-step', '0')
  })
})
