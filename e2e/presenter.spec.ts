import type { BrowserContext, Page } from '@playwright/test'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { expect, loadDeck, test, type ShowPage } from './fixtures'

/**
 * The audience in present mode at `hash`, and a presenter view (a second tab) that has joined it
 * on slide index `at`. Both have joined (`data-linked`): a key pressed in a window still joining
 * is not shared, since it takes the running show's state when it joins.
 */
async function present(
  show: ShowPage,
  context: BrowserContext,
  hash: string,
  at: number
): Promise<Page> {
  await show.open(`?mode=present${hash}`)
  const presenter = await context.newPage()
  await presenter.goto('?presenter')
  await expect(show.page.locator('.screen[data-linked]'), 'the audience joined').toHaveCount(1)
  await expect(presenter.locator('.screen[data-linked]'), 'the presenter joined').toHaveCount(1)
  await expect(presenter.getByTestId('presenter'), 'on the same slide').toHaveAttribute(
    'data-index',
    String(at)
  )
  return presenter
}

test.describe('presenter view (browser, BroadcastChannel)', () => {
  test('presenter and audience stay in step, either way', async ({ show, page, context }) => {
    const presenter = await present(show, context, '#/cover', 0)
    const view = presenter.getByTestId('presenter')
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
    const presenter = await present(show, context, '#/intro', 1)
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

  test('Esc (a clicker start/stop button) never opens the overview on the audience', async ({
    show,
    page,
    context
  }) => {
    const presenter = await present(show, context, '#/intro', 1)
    const overview = page.getByTestId('overview')
    await page.keyboard.press('Escape')
    await presenter.keyboard.press('Escape')
    await page.keyboard.press('Escape')
    // The presenter's next key is heard by the audience: the Esc presses have all been handled.
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => show.index()).toBe(2)
    await expect(overview, 'Esc on either window opens no overview').toHaveCount(0)
    await page.keyboard.press('o')
    await expect(overview, 'O still opens it').toBeVisible()
    await page.keyboard.press('Escape')
    await expect(overview, 'and Esc closes it').toHaveCount(0)
    await presenter.close()
  })

  test('End talk asks first; the audience then sees the calm end screen, and can come back', async ({
    show,
    page,
    context
  }) => {
    const presenter = await present(show, context, '#/intro', 1)
    const view = presenter.getByTestId('presenter')
    const dialog = presenter.getByTestId('end-confirm')
    await presenter.getByTestId('end-talk').click()
    await expect(dialog, 'a question first').toBeVisible()
    await presenter.getByTestId('end-cancel').click()
    await expect(dialog).toBeHidden()
    await presenter.getByTestId('end-talk').click()
    await presenter.keyboard.press('ArrowRight')
    await expect(view, 'keys in the question move no slide').toHaveAttribute('data-index', '1')
    await presenter.keyboard.press('Escape')
    await expect(dialog, 'Esc cancels').toBeHidden()
    await expect(page.getByTestId('blank'), 'nothing ended yet').toHaveCount(0)

    await presenter.getByTestId('end-talk').click()
    await presenter.getByTestId('end-confirm-yes').click()
    const end = page.getByTestId('end-screen')
    await expect(end, 'the audience sees the end screen').toHaveText('演示结束')
    expect(
      await page.getByTestId('blank').evaluate((el) => getComputedStyle(el).backgroundColor),
      'black'
    ).toBe('rgb(0, 0, 0)')
    await expect(presenter.getByTestId('talk-ended')).toBeVisible()
    await expect(presenter.getByTestId('end-talk'), 'ended already').toBeDisabled()
    await expect(presenter.getByTestId('close-app'), 'a browser cannot close its tabs').toHaveCount(
      0
    )
    await presenter.getByTestId('resume-talk').click()
    await expect(end, 'back to the slides').toHaveCount(0)
    expect(await show.index(), 'on the slide where the talk ended').toBe(1)
    await presenter.close()
  })

  test('notes text size: A− / A+ and - / = in the presenter window, remembered, bounded', async ({
    show,
    page,
    context
  }) => {
    await show.open('?mode=present#/guarantee')
    const presenter = await context.newPage()
    await presenter.goto('?presenter')
    const notes = presenter.getByTestId('notes')
    const px = () => notes.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    await expect.poll(px, 'the first size').toBe(24)
    await presenter.getByTestId('notes-larger').click()
    await expect.poll(px).toBe(28)
    await presenter.keyboard.press('=')
    await expect.poll(px).toBe(32)
    await presenter.keyboard.press('-')
    await expect.poll(px).toBe(28)
    await page.keyboard.press('-')
    await page.keyboard.press('=')
    await presenter.reload()
    await expect.poll(px, 'remembered; the audience window has no notes keys').toBe(28)
    for (let i = 0; i < 8; i++) await presenter.keyboard.press('=')
    await expect.poll(px, 'the largest').toBe(48)
    await expect(presenter.getByTestId('notes-larger')).toBeDisabled()
    for (let i = 0; i < 12; i++) await presenter.getByTestId('notes-smaller').click({ force: true })
    await expect.poll(px, 'the smallest').toBe(16)
    await expect(presenter.getByTestId('notes-smaller')).toBeDisabled()
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
  test('the presenter prints the handout with notes; the status says what happened', async ({
    page,
    context
  }) => {
    const deck = await loadDeck(page)
    const presenter = await context.newPage()
    // The browser's print dialog cannot be driven: this one prints as the browser does (the page
    // hears beforeprint, is printed, then hears afterprint) and records what it printed.
    await presenter.addInitScript(() => {
      const record = window as unknown as { printed: { pages: number; notes: string[] }[] }
      record.printed = []
      window.print = () => {
        dispatchEvent(new Event('beforeprint'))
        record.printed.push({
          pages: document.querySelectorAll('[data-testid="print-view"] .page').length,
          notes: [...document.querySelectorAll('[data-testid="print-notes"]')].map(
            (n) => n.textContent?.trim() ?? ''
          )
        })
        dispatchEvent(new Event('afterprint'))
      }
    })
    await presenter.goto('?presenter')
    await presenter.getByTestId('export-pdf').click()
    await presenter.getByTestId('pdf-notes').check()
    await presenter.getByTestId('export-pdf').click()
    await expect(presenter.getByTestId('handout-status')).toHaveText(/另存为 PDF/)
    const printed = await presenter.evaluate(
      () => (window as unknown as { printed: { pages: number; notes: string[] }[] }).printed
    )
    expect(
      printed.map((p) => p.pages),
      'every slide, both times'
    ).toEqual([deck.slides.length, deck.slides.length])
    expect(printed[0]!.notes, 'without notes').toEqual([])
    expect(printed[1]!.notes, 'with notes: every slide that has them').toEqual(
      deck.slides.flatMap((s) => (s.notes ? [s.notes.zh] : []))
    )
    await expect(presenter.getByTestId('presenter'), 'the presenter view is back').toBeVisible()
    await expect(presenter.getByTestId('pdf-notes'), 'and still with notes').toBeChecked()
    await presenter.close()
  })

  test('the print view is ready only once every chart is drawn, however late Chart.js arrives', async ({
    page
  }) => {
    // Chart.js (loaded on demand) arrives well after the fonts.
    await page.route(/\/assets\/charts-[^/]*\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await route.continue()
    })
    await page.goto('?print&lang=zh')
    await expect(page.getByTestId('print-view')).toHaveAttribute('data-ready', 'true', {
      timeout: 15_000
    })
    const canvases = page.locator('[data-testid="print-view"] canvas[data-testid="chart"]')
    expect(await canvases.count(), 'the chart slides').toBeGreaterThan(0)
    // Chart.js sizes the canvas it draws on; an undrawn one keeps the default 300 × 150.
    const blank = await canvases.evaluateAll(
      (list) =>
        list.filter(
          (c) => (c as HTMLCanvasElement).width === 300 && (c as HTMLCanvasElement).height === 150
        ).length
    )
    expect(blank, 'charts not yet drawn when the print view says it is ready').toBe(0)
  })

  for (const lang of ['zh', 'en'] as const) {
    test(`with notes (${lang}): each slide's notes under it, whole, on its page`, async ({
      page
    }) => {
      test.setTimeout(120_000)
      const deck = await loadDeck(page)
      await page.goto(`?print&lang=${lang}&notes`)
      await expect(page.getByTestId('print-view')).toHaveAttribute('data-ready', 'true')
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('.page')].flatMap((pageBox, i) => {
          const notes = pageBox.querySelector('.notes')
          if (!notes) return []
          const bottom = notes.getBoundingClientRect().bottom
          return bottom > pageBox.getBoundingClientRect().bottom ? [i + 1] : []
        })
      )
      expect(cut, 'pages whose notes run off the page').toEqual([])
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
      const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
      expect(doc.numPages, 'one page per slide').toBe(deck.slides.length)
      const squeeze = (s: string) => s.replace(/\s+/g, '')
      for (const [i, slide] of deck.slides.entries()) {
        if (!slide.notes) continue
        const text = (await (await doc.getPage(i + 1)).getTextContent()).items
          .map((it) => ('str' in it ? it.str : ''))
          .join('')
        const notes = squeeze(slide.notes[lang])
        expect(squeeze(text), `page ${i + 1} has its notes`).toContain(notes.slice(0, 16))
        expect(squeeze(text), `page ${i + 1} has its notes to the end`).toContain(notes.slice(-12))
      }
      await doc.destroy()
    })
  }

  test("the browser's own print (Ctrl+P) finds every chart drawn when it takes its snapshot", async ({
    page
  }) => {
    // The browser takes its snapshot of the page right after the beforeprint handlers, in the
    // same task: the print view is rendered in them, and so must its charts be (Chart.js
    // loaded at idle beforehand, as it is in a show that has been up a moment).
    const deck = await loadDeck(page)
    await page.goto('')
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            (
              window as unknown as { kioskDiagnostics: { chartWarmUps(): number } }
            ).kioskDiagnostics.chartWarmUps()
          ),
        { message: 'Chart.js loaded and set up at idle' }
      )
      .toBeGreaterThan(0)
    const drawn = await page.evaluate(() => {
      type Diagnostics = { kioskDiagnostics: { hasChart(c: HTMLCanvasElement): boolean } }
      dispatchEvent(new Event('beforeprint'))
      const canvases = [
        ...document.querySelectorAll<HTMLCanvasElement>(
          '[data-testid="print-view"] canvas[data-testid="chart"]'
        )
      ]
      const result = canvases.map((c) =>
        (window as unknown as Diagnostics).kioskDiagnostics.hasChart(c)
      )
      dispatchEvent(new Event('afterprint'))
      return result
    })
    expect(drawn, 'each chart of the print view, in the beforeprint task').toEqual(
      deck.slides.filter((s) => s.type === 'chart').map(() => true)
    )
  })

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
