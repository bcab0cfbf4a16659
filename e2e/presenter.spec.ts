import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { expect, loadDeck, test } from './fixtures'

test.describe('presenter view (browser, BroadcastChannel)', () => {
  test('presenter and audience stay in step, either way', async ({ show, page, context }) => {
    await show.open('?mode=present#/cover')
    const presenter = await context.newPage()
    await presenter.goto('?presenter')
    const view = presenter.getByTestId('presenter')
    await expect(view).toHaveAttribute('data-index', '0')
    await presenter.keyboard.press('PageDown')
    await expect.poll(() => show.index(), { message: 'audience follows the presenter' }).toBe(1)
    await expect(view).toHaveAttribute('data-index', '1')
    await page.keyboard.press('ArrowRight')
    await expect(view, 'presenter follows the audience window').toHaveAttribute('data-index', '2')
    await presenter.locator('[data-list-index="6"]').click()
    await expect.poll(() => show.index(), { message: 'a jump from the slide list' }).toBe(6)
    await presenter.close()
  })

  test('a presenter opened after the audience reached slide 18 takes that state', async ({
    show,
    page,
    context
  }) => {
    const deck = await loadDeck(page)
    await show.open(`#/${deck.slides[17]!.id}`)
    const at = await show.index()
    expect(at, 'the audience is on slide 18').toBe(17)
    await page.keyboard.press('l')
    await page.keyboard.press('b')
    await expect(page.getByTestId('blank')).toBeVisible()
    const presenter = await context.newPage()
    await presenter.goto('?presenter')
    const view = presenter.getByTestId('presenter')
    await expect(view, 'the presenter shows slide 18').toHaveAttribute('data-index', String(at))
    await expect(presenter.getByTestId('blank-black'), 'and the blackout').toHaveAttribute(
      'aria-pressed',
      'true'
    )
    await expect(view).toHaveAttribute('lang', 'en')
    expect(await show.index(), 'the audience did not move').toBe(at)
    await expect(page.getByTestId('blank'), 'nor come out of the blackout').toBeVisible()

    // A second show tab joins the same way: it mirrors the running show, whatever its own hash.
    const second = await context.newPage()
    await second.goto('#/reform')
    await expect(second.getByTestId('stage')).toHaveAttribute('data-index', String(at))
    expect(await show.index(), 'the first tab stays').toBe(at)
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => show.index(), { message: 'the presenter still drives' }).toBe(at + 1)
    await expect(second.getByTestId('stage')).toHaveAttribute('data-index', String(at + 1))
    await second.close()
    await presenter.close()
  })

  test('B and W black and white the audience out; navigation brings it back', async ({
    show,
    page,
    context
  }) => {
    await show.open('?mode=present#/intro')
    const presenter = await context.newPage()
    await presenter.goto('?presenter')
    await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-index', '1')
    const blank = page.getByTestId('blank')
    await presenter.keyboard.press('b')
    await expect(blank).toBeVisible()
    expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(0, 0, 0)')
    await presenter.keyboard.press('ArrowRight')
    await expect(blank, 'a navigation key brings the slide back').toBeHidden()
    await expect.poll(() => show.index()).toBe(2)
    await presenter.keyboard.press('w')
    await expect(blank).toBeVisible()
    expect(await blank.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(255, 255, 255)'
    )
    await presenter.keyboard.press('w')
    await expect(blank, 'W again').toBeHidden()
    await page.keyboard.press('.')
    await expect(
      presenter.getByTestId('blank-black'),
      'the presenter sees the blackout'
    ).toHaveAttribute('aria-pressed', 'true')
    await presenter.close()
  })

  test('notes follow the slide and the language', async ({ page, context }) => {
    const deck = await loadDeck(page)
    const presenter = await context.newPage()
    await presenter.goto('?presenter#/guarantee')
    const notes = presenter.getByTestId('notes')
    const at = deck.slides.findIndex((s) => s.id === 'guarantee')
    await expect(notes).toHaveText(deck.slides[at]!.notes!.zh)
    await presenter.keyboard.press('ArrowRight')
    await expect(notes).toHaveText(deck.slides[at + 1]!.notes!.zh)
    await presenter.keyboard.press('l')
    await expect(notes).toHaveText(deck.slides[at + 1]!.notes!.en)
    await presenter.close()
  })

  test('the timer counts, pauses and resets; the audience has no attract loop', async ({
    show,
    page,
    context
  }) => {
    // Paused clocks: time moves only when the test says (a slow page load is not elapsed time).
    await page.clock.install({ time: 0 })
    await page.clock.pauseAt(1000)
    await show.open('?mode=present#/intro')
    const presenter = await context.newPage()
    await presenter.clock.install({ time: 0 })
    await presenter.clock.pauseAt(1000)
    await presenter.goto('?presenter')
    const elapsed = presenter.getByTestId('elapsed')
    await expect(elapsed).toHaveText('00:00')
    await presenter.clock.runFor(65_000)
    await expect(elapsed).toHaveText('01:05')
    await presenter.getByTestId('timer-toggle').click()
    await presenter.clock.runFor(30_000)
    await expect(elapsed, 'paused').toHaveText('01:05')
    await presenter.getByTestId('timer-toggle').click()
    await presenter.clock.runFor(5_000)
    await expect(elapsed).toHaveText('01:10')
    await presenter.getByTestId('timer-reset').click()
    await expect(elapsed).toHaveText('00:00')
    await page.clock.runFor(5 * 60_000)
    await expect(page.getByTestId('stage'), 'no attract loop while presenting').toHaveAttribute(
      'data-attract',
      'false'
    )
    await presenter.close()
  })
})

test.describe('laptop (windowed) mode', () => {
  test('the play control plays the slides from here and pauses them', async ({ show, page }) => {
    await page.clock.install()
    await show.open('#/intro')
    const play = page.getByTestId('autoplay')
    await play.click()
    await expect(page.getByTestId('stage')).toHaveAttribute('data-attract', 'true')
    expect(await show.slideId(), 'playing starts where we are').toBe('intro')
    await page.clock.runFor(20_000)
    expect(await show.index(), 'it advanced by itself').toBeGreaterThan(1)
    await expect(play, 'the pause control stays in reach').toBeVisible()
    await expect(page.getByTestId('attract-hint'), 'no attract invitation').toHaveCount(0)
    await play.click()
    await expect(page.getByTestId('stage')).toHaveAttribute('data-attract', 'false')
  })

  test('a kiosk has no play control', async ({ show, page }) => {
    await show.open('?kiosk#/intro')
    await expect(page.getByTestId('autoplay')).toHaveCount(0)
  })
})

test.describe('PDF handout', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`print CSS gives one landscape page per slide with its title (${lang})`, async ({
      page
    }) => {
      test.setTimeout(120_000)
      const deck = await loadDeck(page)
      await page.goto(`?print&lang=${lang}`)
      await expect(page.getByTestId('print-view')).toHaveAttribute('data-ready', 'true')
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
      const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
      expect(doc.numPages, 'one page per slide').toBe(deck.slides.length)
      const first = await doc.getPage(1)
      const { width, height } = first.getViewport({ scale: 1 })
      expect(width / height, 'landscape 16:9 pages').toBeCloseTo(16 / 9, 2)
      const squeeze = (s: string) => s.replace(/\s+/g, '')
      for (const [i, slide] of deck.slides.entries()) {
        const page = await doc.getPage(i + 1)
        const text = (await page.getTextContent()).items
          .map((it) => ('str' in it ? it.str : ''))
          .join('')
        const title = 'title' in slide ? slide.title[lang] : slide.quote[lang]
        expect(squeeze(text), `page ${i + 1} shows "${title}"`).toContain(
          squeeze(title).slice(0, 12)
        )
      }
      const charts = await page.locator('canvas').count()
      expect(charts, 'every chart is drawn for print').toBe(
        deck.slides.filter((s) => s.type === 'chart').length
      )
      await doc.destroy()
    })
  }
})
