/**
 * The first frame the build prerenders into index.html (src/shared/prerender.ts): the bundled
 * deck's first slide paints from the page alone, the app's own first frame is the same picture
 * and replaces it, and a URL that asks for another first view never shows it.
 */
import type { Browser, Page, ViewportSize as Viewport } from '@playwright/test'
import { expect, test } from './fixtures'

/** The app's script (the page's module entry); stubbed to see what the page paints without it. */
const APP_SCRIPT = /\/assets\/index-[\w-]+\.js$/

/**
 * Opens `path` in a page of its own with the app's script replaced by an empty one: only the page
 * and its CSS (a page of its own: without the app, the page's preload of deck.json goes unused,
 * which the browser warns about).
 */
async function openWithoutApp(browser: Browser, viewport: Viewport, path: string): Promise<Page> {
  const page = await browser.newPage({ viewport, baseURL: test.info().project.use.baseURL })
  await page.route(APP_SCRIPT, (route) =>
    route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: '' })
  )
  await page.goto(path)
  return page
}

/** The prerendered frame's stage (the frame's own box is empty: its content is fixed). */
const FRAME_STAGE = '#prerender [data-stage]'

/** Resolves once no animation runs on the page (the stage's first frame is still). */
async function still(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length)
    )
    .toBe(0)
}

test.describe('the prerendered first frame', () => {
  test("the first slide paints from the page alone, with the deck's fonts, before the app's script runs", async ({
    page: shown,
    browser,
    deck
  }) => {
    const first = deck.slides[0]!
    const page = await openWithoutApp(browser, shown.viewportSize()!, '/')
    const frame = page.locator('#prerender')
    await expect(page.locator(FRAME_STAGE)).toBeVisible()
    await expect(page.locator(FRAME_STAGE)).toHaveAttribute('data-slide', first.id)
    if ('title' in first && first.title)
      await expect(frame.locator('h1, h2').first()).toHaveText(first.title.zh)
    // A contentful paint without the app, with the deck's own font subset.
    await expect
      .poll(() =>
        page.evaluate(() => performance.getEntriesByName('first-contentful-paint').length)
      )
      .toBe(1)
    const heading = await frame.locator('h1, h2').first().textContent()
    expect(
      await page.evaluate(
        (text) => document.fonts.check(`800 40px "Noto Sans SC Deck"`, text),
        heading ?? ''
      )
    ).toBe(true)
    // Out of reach of assistive technology and input: the app's frame is the one people use.
    await expect(frame).toHaveAttribute('inert', '')
    await expect(frame).toHaveAttribute('aria-hidden', 'true')
    await page.close()
  })

  test("the app's first frame is the prerendered one, pixel for pixel, and then the prerendered one goes", async ({
    page,
    browser
  }) => {
    // The page alone.
    const alone = await openWithoutApp(browser, page.viewportSize()!, '/')
    await expect(alone.locator(FRAME_STAGE)).toBeVisible()
    await alone.evaluate(() => document.fonts.ready)
    await still(alone)
    const prerendered = await alone.locator(FRAME_STAGE).screenshot()
    await alone.close()

    // The app: its frame is laid over the page's, which then goes.
    await page.goto('/')
    await expect(page.getByTestId('stage')).toBeVisible()
    await expect(page.locator('#prerender')).toHaveCount(0)
    await expect(page.locator('[data-stage]')).toHaveCount(1)
    // Its controls are not in the prerendered frame (they differ by mode): hidden for the picture.
    // (Through the CSSOM: the page's policy refuses a style tag.)
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>(
        '[data-stage] > :not(.drift), .drift > :not(.track)'
      ))
        el.style.visibility = 'hidden'
    })
    await page.evaluate(() => document.fonts.ready)
    await still(page)
    const app = await page.getByTestId('stage').screenshot()
    if (!app.equals(prerendered)) {
      await test.info().attach('prerendered', { body: prerendered, contentType: 'image/png' })
      await test.info().attach('app', { body: app, contentType: 'image/png' })
    }
    expect(app.equals(prerendered), 'the same picture (both attached when they differ)').toBe(true)
  })

  test('under reduced motion the first slide is there at once, not faded in over the prerendered one', async ({
    page
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await page.goto('/')
    await expect(page.getByTestId('stage')).toBeVisible()
    const first = page.locator('#app .slide.current')
    // (A fade that ran would still be listed: it fills forwards.)
    expect(
      await first.evaluate((el) => el.getAnimations().map((a) => (a as CSSAnimation).animationName))
    ).toEqual([])
    expect(await first.evaluate((el) => getComputedStyle(el).opacity)).toBe('1')
  })

  test('a URL that asks for another first view never shows the frame', async ({
    page,
    browser,
    deck
  }) => {
    const other = deck.slides[3]!
    for (const path of ['/?lang=en', `/#/${other.id}`, '/?presenter', '/?print']) {
      const alone = await openWithoutApp(browser, page.viewportSize()!, path)
      await expect(alone.locator('#prerender'), path).toHaveCount(1)
      await expect(alone.locator(FRAME_STAGE), path).toBeHidden()
      await alone.close()
    }
    // A browser kiosk's address changes the controls and the admin escape, not the first slide.
    const kiosk = await openWithoutApp(browser, page.viewportSize()!, '/?kiosk&adminPin=246810')
    await expect(kiosk.locator(FRAME_STAGE)).toBeVisible()
    await kiosk.close()
    // With the app: the asked-for slide, and the frame is gone.
    await page.goto(`/#/${other.id}`)
    await expect(page.getByTestId('stage')).toHaveAttribute('data-slide', other.id)
    await expect(page.locator('#prerender')).toHaveCount(0)
  })
})
