import type { Page } from '@playwright/test'
import { drag, expect, neighboursOnShow, stageBox, test } from './fixtures'

test.describe('touch and pointer', () => {
  test('a swipe with real pointer events moves exactly one slide, both ways', async ({
    show,
    page
  }) => {
    await show.open('#/five-strengths')
    const box = await stageBox(page)
    const y = box.y + box.height * 0.45
    const start = await show.index()
    await drag(page, { x: box.x + box.width * 0.7, y }, { x: box.x + box.width * 0.25, y })
    await expect.poll(() => show.index(), { message: 'index after a swipe left' }).toBe(start + 1)
    await drag(page, { x: box.x + box.width * 0.3, y }, { x: box.x + box.width * 0.75, y })
    await expect.poll(() => show.index(), { message: 'index after a swipe right' }).toBe(start)
  })

  test('a touch swipe (touch pointer events) moves one slide', async ({ show, page }) => {
    const cdpSetup = await page.context().newCDPSession(page)
    await cdpSetup.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 })
    await show.open('#/cover')
    const box = await stageBox(page)
    const cdp = await page.context().newCDPSession(page)
    const y = box.y + box.height * 0.5
    const point = (x: number) => [{ x, y, id: 1 }]
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchStart',
      touchPoints: point(box.x + box.width * 0.8)
    })
    for (let i = 1; i <= 10; i++) {
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: point(box.x + box.width * (0.8 - i * 0.05))
      })
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await expect.poll(() => show.slideId(), { message: 'slide after a touch swipe' }).toBe('intro')
  })

  test('the slide follows the finger while dragging, and a short drag springs back', async ({
    show,
    page
  }) => {
    await show.open('#/intro')
    const box = await stageBox(page)
    const y = box.y + box.height * 0.5
    const x0 = box.x + box.width * 0.6
    // Raw mouse events with their own timestamps (they become the events' timeStamp): the
    // release is slow because it is stamped 500 ms after the last move, not because we wait.
    const cdp = await page.context().newCDPSession(page)
    const t0 = Date.now() / 1000
    const mouse = (type: 'mousePressed' | 'mouseMoved' | 'mouseReleased', x: number, ms: number) =>
      cdp.send('Input.dispatchMouseEvent', {
        type,
        x,
        y,
        button: 'left',
        buttons: type === 'mouseReleased' ? 0 : 1,
        clickCount: 1,
        timestamp: t0 + ms / 1000
      })
    await mouse('mousePressed', x0, 0)
    for (let i = 1; i <= 20; i++) await mouse('mouseMoved', x0 - box.width * 0.004 * i, 8 * i)
    const current = page.locator('.slide.current')
    const moved = await current.evaluate((el) => new DOMMatrix(getComputedStyle(el).transform).m41)
    expect(moved, 'the current slide follows the finger to the left').toBeLessThan(
      -box.width * 0.05
    )
    // Held still, then let go: not far, not fast → spring back.
    await mouse('mouseReleased', x0 - box.width * 0.08, 8 * 20 + 500)
    await expect
      .poll(() => show.slideId(), { message: 'a short drag keeps the slide' })
      .toBe('intro')
    await expect
      .poll(
        () => current.evaluate((el) => Math.abs(new DOMMatrix(getComputedStyle(el).transform).m41)),
        {
          message: 'the slide springs back to rest'
        }
      )
      .toBeLessThan(1)
  })

  test('a tap on the right edge goes forward, on the left edge back; the middle does nothing', async ({
    show,
    page
  }) => {
    await show.open('#/intro')
    const box = await stageBox(page)
    const y = box.y + box.height * 0.3
    await page.mouse.click(box.x + box.width * 0.97, y)
    await expect.poll(() => show.slideId()).toBe('five-strengths')
    await page.mouse.click(box.x + box.width * 0.03, y)
    await expect.poll(() => show.slideId()).toBe('intro')
    await page.mouse.click(box.x + box.width * 0.5, y)
    // Input is handled in order: had the middle tap moved on, this edge tap would land further.
    await page.mouse.click(box.x + box.width * 0.97, y)
    await expect
      .poll(() => show.slideId(), { message: 'a tap in the middle stays' })
      .toBe('five-strengths')
  })

  test('a tap on the slide being left presses nothing on it', async ({ show, page }) => {
    await show.open('#/five-strengths', { clock: true })
    await page.clock.pauseAt(Date.now() + 1000)
    await neighboursOnShow(page)
    const b = (await page.getByTestId('hub-supply').boundingBox())!
    // A jump fades the cover in over the slide being left, which stays in place: what a finger
    // was about to press is still under it. The clock is paused, so that slide is not inert yet
    // (that waits for the change to show).
    await page.evaluate(() => (location.hash = '#/cover'))
    await expect(page.getByTestId('stage')).toHaveAttribute('data-slide', 'cover')
    await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2)
    expect(await show.slideId(), 'the hub item under the finger was not pressed').toBe('cover')
    await page.clock.runFor(1000)
    expect(await show.slideId()).toBe('cover')
  })

  test('focus does not stay in the slide being left', async ({ show, page }) => {
    await show.open('#/five-strengths')
    const item = page.getByTestId('hub-supply')
    await item.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('stage')).toHaveAttribute('data-slide', 'supply')
    // At once, not only when the slide left is made inert, once the change shows.
    expect(
      await page.evaluate(() =>
        Boolean(document.activeElement?.closest('[data-slide-index][aria-hidden="true"]'))
      ),
      'focus in a slide hidden from screen readers'
    ).toBe(false)
  })

  test('a swipe that ends where it began is not a click on what is under it', async ({
    show,
    page
  }) => {
    await show.open('#/five-strengths')
    const item = page.getByTestId('hub-supply')
    const b = (await item.boundingBox())!
    const c = { x: b.x + b.width / 2, y: b.y + b.height / 2 }
    await page.mouse.move(c.x, c.y)
    await page.mouse.down()
    await page.mouse.move(c.x - 200, c.y, { steps: 8 })
    await page.mouse.move(c.x, c.y, { steps: 8 })
    await page.mouse.up()
    // A click on the item would have moved the show in the task of the mouse-up: one frame later
    // it would show.
    await page.evaluate(() => new Promise(requestAnimationFrame))
    expect(await show.slideId(), 'the hub item was not pressed').toBe('five-strengths')
    await item.click()
    await expect
      .poll(() => show.slideId(), { message: 'a real tap on the hub item opens its section' })
      .toBe('supply')
  })

  test('on-screen buttons and the progress bar navigate; no wrap-around for a person', async ({
    show,
    page
  }) => {
    await show.open()
    expect(await show.index()).toBe(0)
    await expect(page.getByTestId('prev'), 'no previous button on the first slide').toBeDisabled()
    await page.getByTestId('next').click()
    await expect.poll(() => show.index()).toBe(1)
    await page.getByTestId('prev').click()
    await expect.poll(() => show.index()).toBe(0)
    const segments = page.getByTestId('progress').getByRole('button')
    const count = await segments.count()
    await segments.nth(count - 1).click()
    await expect.poll(() => show.index(), { message: 'tapping the last segment' }).toBe(count - 1)
    await expect(page.getByTestId('next')).toBeDisabled()
    await page.keyboard.press('ArrowRight')
    // Keys are handled in order: after a wrap to the first slide, ArrowLeft would stay there.
    await page.keyboard.press('ArrowLeft')
    await expect
      .poll(() => show.index(), { message: 'no wrap past the last slide' })
      .toBe(count - 2)
  })

  test('the page never zooms, selects text or opens a context menu', async ({ show, page }) => {
    await show.open('#/intro')
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('[data-testid="stage"]')!)
      return { touch: s.touchAction, select: getComputedStyle(document.body).userSelect }
    })
    expect(style.touch, 'touch-action on the stage').toBe('none')
    expect(style.select, 'user-select on the body').toBe('none')
    const prevented = await page.evaluate(() => {
      const stage = document.querySelector('[data-testid="stage"]')!
      const menu = new MouseEvent('contextmenu', { bubbles: true, cancelable: true })
      const wheel = new WheelEvent('wheel', {
        bubbles: true,
        cancelable: true,
        ctrlKey: true,
        deltaY: -100
      })
      return { menu: !stage.dispatchEvent(menu), zoom: !stage.dispatchEvent(wheel) }
    })
    expect(prevented, 'context menu and ctrl+wheel zoom are prevented').toEqual({
      menu: true,
      zoom: true
    })
  })
})

test.describe('keyboard, clickers and wheel', () => {
  const cases: [string, string, string][] = [
    ['ArrowRight', 'intro', 'five-strengths'],
    ['ArrowDown', 'intro', 'five-strengths'],
    ['PageDown', 'intro', 'five-strengths'],
    ['Space', 'intro', 'five-strengths'],
    ['ArrowLeft', 'intro', 'cover'],
    ['ArrowUp', 'intro', 'cover'],
    ['PageUp', 'intro', 'cover'],
    ['Shift+Space', 'intro', 'cover'],
    ['Home', 'five-strengths', 'cover'],
    ['End', 'intro', 'credits']
  ]
  for (const [key, from, to] of cases) {
    test(`${key} goes from ${from} to ${to}`, async ({ show, page }) => {
      await show.open(`#/${from}`)
      await page.keyboard.press(key)
      await expect.poll(() => show.slideId(), { message: `slide after ${key}` }).toBe(to)
    })
  }

  test('digits then Enter jump to slide N', async ({ show, page }) => {
    await show.open()
    await page.keyboard.type('12')
    await page.keyboard.press('Enter')
    await expect.poll(() => show.index(), { message: 'after typing 12 Enter' }).toBe(11)
    await page.keyboard.type('3')
    await page.keyboard.press('Enter')
    await expect.poll(() => show.index()).toBe(2)
  })

  test('O and Esc toggle the overview; tapping a card goes there', async ({ show, page }) => {
    await show.open()
    const overview = page.getByTestId('overview')
    await page.keyboard.press('o')
    await expect(overview).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(overview).toBeHidden()
    await page.keyboard.press('Escape')
    await expect(overview).toBeVisible()
    await overview.getByRole('button', { name: /^(第 5 页|Slide 5):/ }).click()
    await expect(overview).toBeHidden()
    expect(await show.index(), 'the tapped card').toBe(4)
    await page.getByTestId('overview-button').click()
    await expect(overview).toBeVisible()
    await page.keyboard.press('O')
    await expect(overview).toBeHidden()
  })

  test('one wheel or trackpad gesture moves one slide, however many events it sends', async ({
    show,
    page
  }) => {
    // The page clock, not real sleeps, and the events dispatched in the page in order: a real
    // wheel's events reach the page asynchronously, so on a loaded machine some would land after
    // the clock had moved on. A flick: 25 events 16 ms apart, then quiet.
    await page.clock.install()
    await show.open('#/intro')
    // Paused: an installed clock still runs in real time, and on a busy machine the real time
    // between two of the events below passes the quiet gap that ends a gesture.
    await page.clock.pauseAt(Date.now() + 1000)
    const stage = page.getByTestId('stage')
    const flick = (deltaY: number, events: number) =>
      stage.evaluate(
        (el, { deltaY, events }) => {
          for (let i = 0; i < events; i++)
            el.dispatchEvent(
              new WheelEvent('wheel', { deltaY, deltaMode: 0, bubbles: true, cancelable: true })
            )
        },
        { deltaY, events }
      )
    for (let i = 0; i < 25; i++) {
      await flick(30, 1)
      await page.clock.runFor(16)
    }
    await page.clock.runFor(400)
    await expect(stage, 'one gesture, one step').toHaveAttribute('data-slide', 'five-strengths')
    await flick(-120, 1)
    await expect.poll(() => show.slideId(), { message: 'a new gesture back' }).toBe('intro')
  })

  test('L switches the language and the button does too', async ({ show, page }) => {
    await show.open()
    const stage = page.getByTestId('stage')
    await expect(stage).toHaveAttribute('lang', 'zh-CN')
    await page.keyboard.press('l')
    await expect(stage).toHaveAttribute('lang', 'en')
    await page.getByTestId('language').click()
    await expect(stage).toHaveAttribute('lang', 'zh-CN')
  })
})

test.describe('routing', () => {
  test('the hash deep-links to a slide and follows navigation', async ({ show, page }) => {
    await show.open('#/supply')
    expect(await show.slideId()).toBe('supply')
    await page.keyboard.press('ArrowRight')
    await expect(page).toHaveURL(/#\/supply-kindergarten$/)
    await page.evaluate(() => (location.hash = '#/credits'))
    await expect.poll(() => show.slideId(), { message: 'after changing the hash' }).toBe('credits')
  })

  test('an unknown slide id opens the first slide without an error', async ({ show, page }) => {
    await show.open('#/no-such-slide')
    expect(await show.index()).toBe(0)
    await expect(page).toHaveURL(/#\/cover$/)
  })
})

test.describe('stage and motion', () => {
  test('the 16:9 stage fills the window without distortion, letterboxed', async ({
    show,
    page
  }) => {
    await page.setViewportSize({ width: 1920, height: 1200 })
    await show.open('#/cover')
    const box = await stageBox(page)
    expect(box.width / box.height, 'aspect ratio').toBeCloseTo(16 / 9, 2)
    expect(box.width).toBeCloseTo(1920, 0)
    expect(box.y, 'centred vertically').toBeCloseTo((1200 - box.height) / 2, 0)
    await page.setViewportSize({ width: 1080, height: 1920 })
    const tall = await stageBox(page)
    expect(tall.height / tall.width, 'portrait screens get a 9:16 stage').toBeCloseTo(16 / 9, 2)
  })

  test('a key press moves only slides already on show; the next one is shown while they move', async ({
    show,
    page
  }) => {
    // The page clock drives the show's frames and timers; paused, only the test moves time.
    await show.open('#/intro', { clock: true })
    await page.clock.pauseAt(Date.now() + 1000)
    // The slides on show (built slides put away, or laid out unseen at rest, are not).
    const built = () =>
      page.$$eval('.slide:not(.kept, .warming)', (slides) =>
        slides.map((s) => Number(s.dataset.slideIndex))
      )
    // The slides that take input (the others are inert).
    const interactive = () =>
      page.$$eval('.slide:not([inert])', (slides) =>
        slides.map((s) => Number(s.dataset.slideIndex))
      )
    const start = await show.index()
    // Frames run only when the test moves the clock: one at a time until the fonts are in.
    await expect
      .poll(async () => (await page.clock.runFor(16), built()), {
        message: 'the first slide and its neighbours'
      })
      .toEqual([start - 1, start, start + 1])
    expect(await interactive(), 'only the current slide takes input').toEqual([start])
    await page.keyboard.press('ArrowRight')
    expect(await show.index()).toBe(start + 1)
    expect(await built(), 'nothing built in the frame of the key press').toEqual([
      start - 1,
      start,
      start + 1
    ])
    // Making a slide inert or not restyles all of it: not in the frames that start the movement.
    expect(await interactive(), 'no slide made inert or not in the key press').toEqual([start])
    // One frame of the page clock (its frames are 16 ms apart).
    await page.clock.runFor(16)
    expect(await built(), 'nor in the frame that starts the movement').toEqual([
      start - 1,
      start,
      start + 1
    ])
    expect(await interactive(), 'nor in that frame').toEqual([start])
    // Two frames in, and once the compositor has started it (real time), the movement shows:
    // the next neighbour is built then, long before the 600 ms transition is over.
    let elapsed = 16
    await expect
      .poll(async () => (await page.clock.runFor(16), (elapsed += 16), built()), {
        message: 'the next neighbour, built while the slides move'
      })
      .toEqual([start, start + 1, start + 2])
    expect(elapsed, 'clock time from the key press').toBeLessThan(400)
    expect(await interactive(), 'then the new current slide takes input, alone').toEqual([
      start + 1
    ])
  })

  test('a change makes inert, or not, only the two slides whose part changes', async ({
    show,
    page,
    deck
  }) => {
    // Marking a slide inert restyles all of it (inertness is inherited); a slide put away is
    // restyled when it is shown again, in a frame of a later movement. So a change touches the
    // attribute of the slide that gave up input and of the one that takes it, no other.
    await show.open('#/intro')
    const start = await show.index()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    // At rest the whole deck is built, put away but for the slides on show.
    await expect(page.locator('.slide:not(.warming)')).toHaveCount(deck.slides.length, {
      timeout: 15_000
    })
    await expect(page.locator('.slide:not([inert])')).toHaveAttribute(
      'data-slide-index',
      String(start + 2)
    )
    // Every setting of the attribute is a mutation record, even to the value it had.
    await page.evaluate(() => {
      const touched: number[] = []
      new MutationObserver((records) => {
        for (const r of records) touched.push(Number((r.target as HTMLElement).dataset.slideIndex))
      }).observe(document.querySelector('.track')!, {
        subtree: true,
        attributeFilter: ['inert']
      })
      Object.assign(window, { inertTouched: touched })
    })
    await page.keyboard.press('ArrowLeft')
    await expect(page.locator('.slide:not([inert])')).toHaveAttribute(
      'data-slide-index',
      String(start + 1)
    )
    const touched = await page.evaluate(
      () => (window as unknown as { inertTouched: number[] }).inertTouched
    )
    expect(
      touched.toSorted((a, b) => a - b),
      'the slides whose inert attribute was set'
    ).toEqual([start + 1, start + 2])
  })

  test('a key press lays out only what it changes: the slide number, not the controls', async ({
    show,
    page
  }) => {
    await show.open('#/intro')
    await expect(page.locator('.slide:not(.kept, .warming)')).toHaveCount(3)
    const events = await traceLayouts(page, async () => {
      await page.keyboard.press('ArrowRight')
      await page.evaluate(() => new Promise(requestAnimationFrame))
    })
    const keydown = events.find(
      (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown'
    )
    expect(keydown, 'the key press in the trace').toBeTruthy()
    // The frame that shows the press: its layout, up to its paint.
    const paint = events
      .filter((e) => e.name === 'Paint' && e.ts > keydown!.ts)
      .reduce((first, e) => Math.min(first, e.ts), Infinity)
    const laidOut = events
      .filter((e) => e.name === 'Layout' && e.ph === 'X' && e.ts > keydown!.ts && e.ts < paint)
      .map((e) => e.args?.beginData?.totalObjects ?? 0)
    expect(laidOut.length, 'the number changed lays out').toBeGreaterThan(0)
    // The whole controls are some 400 objects; the number alone, a few.
    expect(Math.max(...laidOut), 'objects laid out in the frame of the press').toBeLessThan(20)
  })

  test('the announcement of a change to screen readers lays out only its own box, not the slides', async ({
    show,
    page
  }) => {
    // The live region's text changes with every slide change a person makes, in the frames the
    // slides move in. Placed by its static position (no inset), it could not be laid out on its
    // own: each announcement laid out the stage, and the slides on show with it (20-67 ms a
    // change under CPU x4 at 4K).
    await show.open('#/intro')
    await page.keyboard.press('ArrowRight')
    const region = page.getByTestId('announcer')
    await expect(region, 'the change announced').not.toBeEmpty()
    await expect(page.locator('.slide:not(.kept, .warming)'), 'the slides on show').toHaveCount(3)
    const events = await traceLayouts(page, () =>
      region.evaluate((box) => {
        // The trace's marks: only the layout between them, of the new text, is counted.
        console.timeStamp('announce')
        box.textContent = `${box.textContent}.`
        void (box as HTMLElement).offsetWidth
        console.timeStamp('announced')
      })
    )
    const [start, end] = ['announce', 'announced'].map((name) =>
      events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === name)
    )
    expect(start && end, 'the marks in the trace').toBeTruthy()
    const layouts = events.filter(
      (e) => e.name === 'Layout' && e.ph === 'X' && e.ts > start!.ts && e.ts < end!.ts
    )
    expect(layouts.length, 'the new text laid out').toBeGreaterThan(0)
    const roots = layouts.flatMap((e) => e.args?.endData?.layoutRoots ?? []).map((r) => r.nodeName)
    expect(roots.length, 'the layout roots in the trace').toBe(layouts.length)
    expect(roots, 'laid out from the live region alone').toEqual(
      roots.map(() => expect.stringContaining('visually-hidden'))
    )
    const objects = layouts.map((e) => e.args?.beginData?.totalObjects)
    expect(objects, 'objects laid out').toEqual(objects.map(() => expect.any(Number)))
    expect(Math.max(...(objects as number[])), 'objects laid out').toBeLessThan(5)
  })

  test('a slide once built stays built, out of sight; at rest the rest of the deck is built, and a language reaches a slide put away when it is shown or at rest', async ({
    show,
    page,
    deck
  }) => {
    await show.open('#/intro', { clock: true })
    await page.clock.pauseAt(Date.now() + 1000)
    const start = await show.index()
    const slide = (i: number) => page.locator(`.slide[data-slide-index="${i}"]`)
    const kept = page.locator('.slide.kept')
    /** Whether slide i's content is rendered (a slide put away is skipped, not painted). */
    const rendered = (i: number) => slide(i).evaluate((s) => s.firstElementChild!.checkVisibility())
    const textOf = (i: number) => slide(i).evaluate((s) => s.textContent ?? '')
    const han = /\p{Script=Han}/u
    await expect
      .poll(async () => (await page.clock.runFor(16), slide(start + 1).count()), {
        message: 'the neighbours, once the first slide has painted'
      })
      .toBe(1)
    await slide(start - 1).evaluate((s) => ((s as unknown as { mark: number }).mark = 1))
    await page.keyboard.press('ArrowRight')
    await expect.poll(async () => (await page.clock.runFor(16), slide(start + 2).count())).toBe(1)
    await expect(slide(start - 1), 'the slide left behind is put away').toHaveClass(/\bkept\b/)
    expect(await rendered(start - 1), 'and not rendered').toBe(false)
    expect(await rendered(start + 1), 'the current slide is').toBe(true)
    await page.keyboard.press('ArrowLeft')
    await page.clock.runFor(700)
    await expect(slide(start - 1), 'shown again as a neighbour').not.toHaveClass(/\bkept\b/)
    expect(
      await slide(start - 1).evaluate((s) => (s as unknown as { mark?: number }).mark),
      'the same element: shown again, not built again'
    ).toBe(1)
    // Nothing more is built while the show has not rested.
    expect(await page.locator('.slide').count()).toBe(4)
    // At rest, the others, one at a time (each laid out once, unseen, then put away): frame by
    // frame of the page clock, for at most 10 s of it.
    // The page counts the slides laid out unseen: at most at once, and which.
    await page.evaluate(() => {
      const seen = { most: 0, slides: new Set<string>() }
      Object.assign(window, { warmingSeen: seen })
      new MutationObserver(() => {
        const warming = document.querySelectorAll<HTMLElement>('.slide.warming')
        seen.most = Math.max(seen.most, warming.length)
        for (const s of warming) seen.slides.add(s.dataset.slideIndex!)
      }).observe(document.querySelector('.track')!, {
        subtree: true,
        childList: true,
        attributeFilter: ['class']
      })
    })
    let builtNow = 0
    for (let frame = 0; frame < 600 && builtNow < deck.slides.length; frame++) {
      await page.clock.runFor(16)
      builtNow = await page.locator('.slide:not(.warming)').count()
    }
    expect(builtNow, 'the whole deck built at rest').toBe(deck.slides.length)
    const warmed = await page.evaluate(() => {
      const seen = (window as unknown as { warmingSeen: { most: number; slides: Set<string> } })
        .warmingSeen
      return { most: seen.most, slides: seen.slides.size }
    })
    expect(warmed, 'each slide not built yet laid out once unseen, one at a time').toEqual({
      most: 1,
      slides: deck.slides.length - 4
    })
    await expect(kept).toHaveCount(deck.slides.length - 3)
    const far = deck.slides.length - 1
    expect(await rendered(far), 'the far slides put away').toBe(false)
    // A language switch changes the slides on show only; a slide put away keeps its language
    // until it is shown, or until the show has rested again.
    expect(await textOf(far)).toMatch(han)
    await page.keyboard.press('l')
    await page.clock.runFor(16)
    expect(await textOf(start), 'the current slide in English').not.toMatch(han)
    expect(await textOf(far), 'a slide put away, untouched').toMatch(han)
    await expect
      .poll(async () => (await page.clock.runFor(1000), textOf(far)), {
        message: 'at rest, the slides put away in English too',
        intervals: [0],
        timeout: 20_000
      })
      .not.toMatch(han)
  })

  test('a key press, a jump or a finger shows in the first frame after it', async ({
    show,
    page,
    deck
  }) => {
    const cdpSetup = await page.context().newCDPSession(page)
    await cdpSetup.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 })
    await show.open('#/intro')
    type Frame = { moved: number; slide: string; opacity: number; offset: number }
    // Like the bench's probe: before the page's own listeners see the input, the slide on screen
    // and its box; in the first frame after it, how far that slide has moved, the slide then on
    // the stage, its opacity and how far it stands from the stage's left edge.
    const watchNext = (type: 'keydown' | 'click' | 'pointermove') =>
      page.evaluate((type) => {
        const seen = new Promise<Frame>((resolve) => {
          addEventListener(
            type,
            () => {
              const slide = document.querySelector('.slide.current')!
              const x0 = slide.getBoundingClientRect().left
              requestAnimationFrame(() => {
                const now = document.querySelector<HTMLElement>('.slide.current')!
                const stage = document.querySelector<HTMLElement>('[data-stage]')!
                resolve({
                  moved: slide.getBoundingClientRect().left - x0,
                  slide: stage.dataset.slide!,
                  opacity: Number(getComputedStyle(now).opacity),
                  offset: now.getBoundingClientRect().left - stage.getBoundingClientRect().left
                })
              })
            },
            { capture: true, once: true }
          )
        })
        Object.assign(globalThis, { firstFrame: seen })
      }, type)
    const firstFrame = () =>
      page.evaluate(
        () =>
          (
            globalThis as unknown as {
              firstFrame: Promise<Frame>
            }
          ).firstFrame
      )
    const standing = () =>
      page.waitForFunction(() =>
        [...document.querySelectorAll('.slide')].every((s) => s.getAnimations().length === 0)
      )
    // The page is idle and the slides stand still (the neighbours are built once it has painted,
    // the rest of the deck once the show has rested).
    await expect(page.locator('.slide:not(.warming)')).toHaveCount(deck.slides.length, {
      timeout: 20_000
    })
    await standing()
    await watchNext('keydown')
    await page.keyboard.press('ArrowRight')
    expect(
      (await firstFrame()).moved,
      'the slide moves left in the frame after the key press'
    ).toBeLessThan(-1)
    await expect(page.getByTestId('stage')).toHaveAttribute('data-slide', 'five-strengths')
    // A jump (a hub card) fades the slide it opens in: in the first frame it is already showing.
    await standing()
    await watchNext('click')
    await page.getByTestId('hub-supply').click()
    const jump = await firstFrame()
    expect(jump.slide, 'the hub card opens its section in the task of the click').toBe('supply')
    expect(jump.opacity, 'and the slide it opens shows in the first frame').toBeGreaterThan(0)
    expect(
      Math.abs(jump.offset),
      'where it stands: it fades in, it does not slide in from where it was put away'
    ).toBeLessThan(1)
    // A finger on slides that stand still (a drag has no transition: the slide follows the finger
    // as the move is handled).
    await standing()
    const box = await stageBox(page)
    const cdp = await page.context().newCDPSession(page)
    const at = (x: number) => [{ x: box.x + box.width * x, y: box.y + box.height * 0.5, id: 1 }]
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.7) })
    await watchNext('pointermove')
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(0.65) })
    expect(
      (await firstFrame()).moved,
      'the slide follows the finger in the next frame'
    ).toBeLessThan(-1)
    // Back where it started and lifted: no swipe, the slide springs back.
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(0.7) })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await expect(page.getByTestId('stage')).toHaveAttribute('data-slide', 'supply')
  })

  test('slides move with transforms only, and crossfade under reduced motion', async ({
    show,
    page
  }) => {
    await show.open('#/intro', { clock: true })
    const current = page.locator('.slide.current')
    const moving = await current.evaluate((el) => getComputedStyle(el).transitionProperty)
    expect(moving, 'only transform is transitioned').toBe('transform')
    await page.emulateMedia({ reducedMotion: 'reduce' })
    // The fade belongs to a slide while the change brings it in: time stands still meanwhile.
    await page.clock.pauseAt(Date.now() + 1000)
    await page.keyboard.press('ArrowRight')
    await expect(page.getByTestId('stage')).toHaveAttribute('data-slide', 'five-strengths')
    const reduced = await page.locator('.slide.current').evaluate((el) => ({
      transition: getComputedStyle(el).transitionProperty,
      animation: getComputedStyle(el).animationName
    }))
    expect(reduced.animation, 'a fade instead of a slide').toMatch(/fade-in$/)
    expect(reduced.transition, 'no sliding transition').not.toBe('transform')
  })
})

type TraceEvent = {
  name: string
  ph: string
  ts: number
  args?: {
    data?: { type?: string; message?: string }
    beginData?: { totalObjects: number }
    endData?: { layoutRoots?: { nodeName: string }[] }
  }
}

/** The page's timeline trace (layouts, paints, events) while `action` runs. */
async function traceLayouts(page: Page, action: () => Promise<unknown>): Promise<TraceEvent[]> {
  const cdp = await page.context().newCDPSession(page)
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', (data) => events.push(...(data.value as unknown as TraceEvent[])))
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' })
  await action()
  await cdp.send('Tracing.end')
  await complete
  await cdp.detach()
  return events
}
