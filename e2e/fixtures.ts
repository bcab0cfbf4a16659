/**
 * Shared end-to-end fixtures: every test fails if the page logs an error or throws.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test'
import { DEFAULT_SHOW_CONFIG } from '../src/shared/config'
import type { Deck, Lang, Slide } from '../src/shared/content'

export interface ShowPage {
  page: Page
  /**
   * Opens the show (optionally at a hash / with query options) and waits for it to be ready.
   * With `clock`, Playwright's page clock is installed first (at that time, when one is given), so
   * every timer the show sets from its first moment runs on it and only the test moves time.
   */
  open(path?: string, options?: { clock?: true | Date }): Promise<void>
  /** Index of the current slide, read from the stage. */
  index(): Promise<number>
  /** Id of the current slide, read from the stage. */
  slideId(): Promise<string>
  /** Goes to a slide by its hash and waits until that slide is the current one on the track. */
  goTo(id: string): Promise<void>
  /**
   * Goes to each of `slides` in Chinese, then (after the L key) in English, and calls `visit` on
   * each once it is the current slide. The show must be open, in Chinese.
   */
  visitSlides(slides: Slide[], visit: (slide: Slide, lang: Lang) => Promise<void>): Promise<void>
  /**
   * Opens the show on the first of `slides` (there must be some) with instant transitions and
   * no idle timeout, then visits each as {@link visitSlides} does.
   */
  sweep(slides: Slide[], visit: (slide: Slide, lang: Lang) => Promise<void>): Promise<void>
  /** Taps the hidden admin corner five times, as staff do, and returns the admin dialog it opens. */
  openAdmin(): Promise<Locator>
}

export const test = base.extend<{ show: ShowPage; deck: Deck; pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = []
      page.on('console', (msg) => {
        if (msg.type() === 'error' || msg.type() === 'warning')
          problems.push(`console.${msg.type()}: ${msg.text()}`)
      })
      page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
      await use(problems)
      expect(problems, 'console errors, warnings or page errors during the test').toEqual([])
    },
    { auto: true }
  ],
  /** The deck the served show uses (the real content pack), fresh for each test to change. */
  deck: async ({ page }, use) => {
    await use(await loadDeck(page))
  },
  show: async ({ page }, use) => {
    const stage = page.getByTestId('stage')
    const show: ShowPage = {
      page,
      async open(path = '', { clock } = {}) {
        if (clock) await page.clock.install(clock === true ? {} : { time: clock })
        await page.goto(path)
        await expect(stage).toBeVisible()
      },
      async index() {
        return Number(await stage.getAttribute('data-index'))
      },
      async slideId() {
        return (await stage.getAttribute('data-slide')) ?? ''
      },
      async goTo(id) {
        await page.evaluate((id) => (location.hash = `#/${id}`), id)
        await expect(stage).toHaveAttribute('data-slide', id)
        const index = (await stage.getAttribute('data-index')) ?? ''
        await expect(page.locator('.slide.current')).toHaveAttribute('data-slide-index', index)
      },
      async visitSlides(slides, visit) {
        for (const lang of ['zh', 'en'] as const) {
          if (lang === 'en') await page.keyboard.press('l')
          for (const slide of slides) {
            await show.goTo(slide.id)
            await visit(slide, lang)
          }
        }
      },
      async sweep(slides, visit) {
        expect(slides.length, 'slides to visit in the deck').toBeGreaterThan(0)
        await show.open(`?transition=0&idle=86400#/${slides[0]!.id}`)
        await show.visitSlides(slides, visit)
      },
      async openAdmin() {
        const corner = page.getByTestId('admin-corner')
        for (let i = 0; i < 5; i++) await corner.click({ force: true })
        const admin = page.getByTestId('admin')
        await expect(admin, 'five taps open the admin dialog').toBeVisible()
        return admin
      }
    }
    await use(show)
  }
})

export { expect }

/**
 * Runs in the page (`page.addInitScript` or `page.evaluate`): from then on counts, in
 * `window.canvasContexts`, the 2D contexts taken on canvases matching `selector`. Chart.js takes
 * one for each chart it creates, with no attributes (its off-page warm-up draws on
 * OffscreenCanvas, not counted); the chart slide's own, a task before, to make the canvas's
 * bitmap (`prepareCanvas`, attributes spelt out) is not counted.
 * For each, `window.slidesMovingAtContext` keeps how many slide movements were running then.
 */
export function countCanvasContexts(selector: string): void {
  const w = window as unknown as { canvasContexts: number; slidesMovingAtContext: number[] }
  w.canvasContexts = 0
  w.slidesMovingAtContext = []
  const proto = HTMLCanvasElement.prototype as unknown as {
    getContext(this: HTMLCanvasElement, ...args: unknown[]): unknown
  }
  const getContext = proto.getContext
  proto.getContext = function (...args) {
    if (args[0] === '2d' && args.length === 1 && this.matches(selector)) {
      w.canvasContexts += 1
      w.slidesMovingAtContext.push(
        [...document.querySelectorAll('.slide')]
          .flatMap((s) => s.getAnimations())
          .filter((a) => a.playState === 'running').length
      )
    }
    return getContext.apply(this, args)
  }
}

/** The count kept by {@link countCanvasContexts}. */
export async function canvasContexts(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { canvasContexts: number }).canvasContexts)
}

/** For each context {@link countCanvasContexts} counted, the slide movements running then. */
export async function slidesMovingAtContexts(page: Page): Promise<number[]> {
  return page.evaluate(
    () => (window as unknown as { slidesMovingAtContext: number[] }).slidesMovingAtContext
  )
}

/**
 * Under a paused page clock (frames run only when the test moves it): moves it a frame at a time
 * until the current slide and its two neighbours are on show.
 */
export async function neighboursOnShow(page: Page): Promise<void> {
  await expect
    .poll(
      async () => (
        await page.clock.runFor(16),
        page.locator('.slide:not(.kept, .warming)').count()
      ),
      { message: 'the current slide and its neighbours on show' }
    )
    .toBe(3)
}

/** The stage's box on screen. */
export async function stageBox(
  page: Page
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.getByTestId('stage').boundingBox()
  if (!box) throw new Error('stage not visible')
  return box
}

/** Drags with the mouse (real pointer events) from one point to another in `steps` moves. */
export async function drag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  steps = 12
): Promise<void> {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move(to.x, to.y, { steps })
  await page.mouse.up()
}

/** Seconds a slide stays up in the attract loop: its own, the deck's, else the show's default. */
export function slideSeconds(deck: Deck, slide: Slide): number {
  return slide.duration ?? deck.defaultDuration ?? DEFAULT_SHOW_CONFIG.slideSeconds
}

/** The deck the served show uses (the real content pack); tests take it as the `deck` fixture. */
export async function loadDeck(page: Page): Promise<Deck> {
  return (await (await page.request.get('content/deck.json')).json()) as Deck
}
