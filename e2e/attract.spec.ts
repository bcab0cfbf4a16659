import { expect, slideSeconds, test } from './fixtures'

test.describe('idle attract loop', () => {
  test('idle → plays by itself → a touch stops it without pressing the control under the finger', async ({
    show,
    page,
    deck
  }) => {
    const seconds = (i: number) => slideSeconds(deck, deck.slides[i]!)
    const hubIndex = deck.slides.findIndex((s) => s.type === 'hub')
    expect(hubIndex, 'the deck has a hub slide').toBeGreaterThan(0)

    await show.open('#/credits', { clock: true })
    const stage = page.getByTestId('stage')
    await page.keyboard.press('l')
    await expect(stage).toHaveAttribute('lang', 'en')

    await page.clock.runFor(59_000)
    await expect(stage, 'not idle after 59 s').toHaveAttribute('data-attract', 'false')
    await page.clock.runFor(1_500)
    await expect(stage, 'idle after 60 s').toHaveAttribute('data-attract', 'true')
    await expect(page.getByTestId('attract-hint')).toBeVisible()
    expect(await show.index(), 'the loop starts at the first slide').toBe(0)
    await expect(stage, 'the loop returns to Chinese').toHaveAttribute('lang', 'zh-CN')

    // It advances by itself, each slide for its own duration, up to the hub.
    let elapsed = 1_500 - 1_000
    for (let i = 0; i < hubIndex; i++) {
      await page.clock.runFor(seconds(i) * 1000 - elapsed)
      elapsed = 0
      await expect
        .poll(() => show.index(), { message: `auto-play reached slide ${i + 1}` })
        .toBe(i + 1)
    }

    // A touch on a hub item wakes the show but does not open the item. (The attract loop's
    // burn-in drift keeps the stage moving, so tap the item's centre like a finger would.)
    const item = page.getByTestId('hub-supply')
    await page
      .locator('.slide.current')
      .evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)))
    const box = (await item.boundingBox())!
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await expect(stage, 'a touch stops the loop').toHaveAttribute('data-attract', 'false')
    await page.clock.runFor(2_000)
    expect(await show.index(), 'the waking touch pressed nothing').toBe(hubIndex)
    await page.clock.runFor(20_000)
    expect(await show.index(), 'nothing advances once a person has control').toBe(hubIndex)

    // The next touch acts.
    await item.click()
    await expect
      .poll(() => show.slideId(), { message: 'the second tap opens the section' })
      .toBe('supply')
  })

  test('the loop wraps from the last slide to the first', async ({ show, page, deck }) => {
    // The fake clock plays the whole loop (about ten minutes of slides, each timed to be read),
    // rendering every slide on the way: more than the default minute of real time.
    test.setTimeout(240_000)
    const total = deck.slides.reduce((sum, s) => sum + slideSeconds(deck, s), 0)
    await show.open('', { clock: true })
    await page.clock.runFor(60_500)
    await expect(page.getByTestId('stage')).toHaveAttribute('data-attract', 'true')
    await page.clock.runFor(total * 1000 - deck.slides.at(-1)!.duration! * 1000)
    expect(await show.index(), 'on the last slide').toBe(deck.slides.length - 1)
    await page.clock.runFor(deck.slides.at(-1)!.duration! * 1000)
    await expect.poll(() => show.index(), { message: 'wrapped to the first slide' }).toBe(0)
    await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('stage')).toHaveAttribute('data-attract', 'false')
    expect(await show.index(), 'the waking key press does not also navigate').toBe(0)
  })
})
