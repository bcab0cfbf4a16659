/**
 * The first frame the build prerenders into index.html (src/shared/prerender.ts): the bundled
 * deck's first slide paints from the page alone, the app hydrates it (its elements become the
 * app's, the picture unchanged), and a URL that asks for another first view never shows it.
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

/** The prerendered frame's stage, in the app's root. */
const FRAME_STAGE = '#app [data-stage]'

/**
 * Keeps, in `window.frameStage`, the stage element the page was parsed with: the app starts after
 * the document is parsed (it waits for the deck and for the frame's first paint).
 */
async function keepParsedStage(page: Page): Promise<void> {
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      Object.assign(window, { frameStage: document.querySelector('[data-stage]') })
    })
  )
}

/** Whether the stage on screen is the element the page was parsed with. */
function sameStage(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const parsed = (window as { frameStage?: Element | null }).frameStage
    return parsed != null && parsed === document.querySelector('[data-stage]')
  })
}

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
    const frame = page.locator('#app')
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
    // A kiosk's controls: every mode has them (the others add the autoplay button on hydration).
    await expect(frame.getByTestId('next')).toBeVisible()
    await expect(frame.getByTestId('autoplay')).toHaveCount(0)
    // The stage's test id marks the running app's stage: it comes with hydration.
    await expect(frame.getByTestId('stage')).toHaveCount(0)
    await page.close()
  })

  test("the first slide's fonts start loading before the body is parsed, and only they", async ({
    page
  }) => {
    // The font faces' states at the moment the app's root is parsed: nothing has been laid out.
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.getElementById('app')) return
        observer.disconnect()
        const states: Record<string, string[]> = {}
        for (const face of document.fonts) {
          const family = face.family.replace(/["']/g, '')
          ;(states[family] ??= []).push(face.status)
        }
        Object.assign(window, { faceStates: states })
      })
      observer.observe(document, { childList: true, subtree: true })
    })
    await page.goto('/')
    await expect(page.getByTestId('stage')).toBeVisible()
    const states = await page.evaluate(
      () => (window as { faceStates?: Record<string, string[]> }).faceStates
    )
    for (const family of ['Noto Sans SC Deck', 'Source Sans 3 Deck'])
      expect(new Set(states?.[family]), family).not.toContain('unloaded')
    for (const family of ['Noto Sans SC Deck Rest', 'Noto Sans SC Variable'])
      expect(new Set(states?.[family]), family).toEqual(new Set(['unloaded']))
  })

  test("the head script, which holds up the parser, is the page's first request", async ({
    page
  }) => {
    // Six connections per host (HTTP/1.1): requested after the first slide's font preloads, it
    // waited for a free one, and the frame with it.
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    await page.goto('/')
    await expect(page.getByTestId('stage')).toBeVisible()
    expect(requested[0], 'the page').toBe('/')
    expect(requested[1], 'then the head script').toBe('/assets/first-frame.js')
    expect(requested.filter((path) => path.endsWith('.woff2')).length, 'fonts').toBeGreaterThan(1)
  })

  test('the app hydrates the prerendered frame: the same elements, the same picture, pixel for pixel', async ({
    page,
    browser
  }) => {
    await keepParsedStage(page)
    // A kiosk: the frame is the app's first frame as it is. The plain page: the app adds the
    // autoplay button (the frame has a kiosk's controls), hidden here for the picture.
    for (const [path, added] of [
      ['/?kiosk', []],
      ['/', ['autoplay']]
    ] as const) {
      const alone = await openWithoutApp(browser, page.viewportSize()!, path)
      await expect(alone.locator(FRAME_STAGE)).toBeVisible()
      await alone.evaluate(() => document.fonts.ready)
      await still(alone)
      const prerendered = await alone.locator(FRAME_STAGE).screenshot()
      await alone.close()

      await page.goto(path)
      // (The stage's test id comes with hydration.)
      await expect(page.getByTestId('stage')).toBeVisible()
      await expect(page.getByTestId('next')).toBeVisible()
      await expect(page.locator('[data-stage]')).toHaveCount(1)
      expect(await sameStage(page), `${path}: the stage the page was parsed with`).toBe(true)
      for (const id of added) {
        await expect(page.getByTestId(id)).toBeVisible()
        // (Through the CSSOM: the page's policy refuses a style tag.)
        await page.getByTestId(id).evaluate((el) => (el.style.visibility = 'hidden'))
      }
      await page.evaluate(() => document.fonts.ready)
      await still(page)
      const app = await page.getByTestId('stage').screenshot()
      if (!app.equals(prerendered)) {
        await test
          .info()
          .attach(`${path} prerendered`, { body: prerendered, contentType: 'image/png' })
        await test.info().attach(`${path} app`, { body: app, contentType: 'image/png' })
      }
      expect(
        app.equals(prerendered),
        `${path}: the same picture (both attached when they differ)`
      ).toBe(true)
    }
  })

  test('a frame the app cannot hydrate is reported, and the page reloads and mounts afresh', async ({
    page,
    pageProblems
  }) => {
    // A frame that ends with an element the app does not draw: hydration runs the app's start
    // (its timers, links and analytics) and then finds the mismatch.
    await page.route(
      (url) => url.pathname === '/',
      async (route) => {
        const response = await route.fetch()
        const html = (await response.text()).replace(
          /<!--\]--><!--\/prerender-->/,
          '<p>stale</p><!--]--><!--/prerender-->'
        )
        await route.fulfill({ response, body: html })
      }
    )
    let loads = 0
    page.on('request', (request) => {
      if (request.isNavigationRequest() && request.frame() === page.mainFrame()) loads += 1
    })
    await page.goto('/')
    await expect.poll(() => loads).toBe(2)
    await expect(page.getByTestId('stage')).toBeVisible()
    await expect(page.locator('[data-stage]')).toHaveCount(1)
    await expect(page.getByText('stale')).toHaveCount(0)
    expect(await page.evaluate(() => sessionStorage.getItem('kiosk:mount-afresh'))).toBe('1')
    // It still runs: a key press moves the show.
    await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('stage')).toHaveAttribute('data-index', '1')
    const reported = pageProblems.splice(0)
    expect(reported.join('\n')).toContain('index.html: the first frame')
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
      await expect(alone.locator(FRAME_STAGE), path).toHaveCount(1)
      await expect(alone.locator(FRAME_STAGE), path).toBeHidden()
      await alone.close()
    }
    // A browser kiosk's address changes the controls and the admin escape, not the first slide.
    const kiosk = await openWithoutApp(browser, page.viewportSize()!, '/?kiosk&adminPin=246810')
    await expect(kiosk.locator(FRAME_STAGE)).toBeVisible()
    await kiosk.close()
    // With the app: the frame is dropped, and the app mounts afresh on the asked-for slide.
    await keepParsedStage(page)
    await page.goto(`/#/${other.id}`)
    await expect(page.getByTestId('stage')).toHaveAttribute('data-slide', other.id)
    await expect(page.locator('[data-stage]')).toHaveCount(1)
    expect(await sameStage(page), 'a stage of its own').toBe(false)
  })
})
