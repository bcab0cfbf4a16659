/**
 * The stage controllers against a real Show, real events (Node's EventTarget), a fake window
 * for the URL, and the test framework's fake timers for frames and quiet times.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushSync } from 'svelte'
import { DEFAULT_SHOW_CONFIG } from '@shared/config'
import type { ShowState } from '@shared/ipc'
import { MOVEMENT_FRAMES } from '../after-paint'
import { Show } from '../engine/show.svelte'
import { quoteDeck } from '../test-deck'
import { Announcer } from './announcer.svelte'
import { CURSOR_VISIBLE_MS, CursorController } from './cursor.svelte'
import { HASH_REST_MS, HashSync, type HashWindow } from './hash-sync.svelte'
import { HostReport } from './host-report.svelte'
import { REDUCED_MOTION_MS, ReducedMotion } from './reduced-motion.svelte'

const deck = quoteDeck(4)
const config = { ...DEFAULT_SHOW_CONFIG, idleSeconds: 60 }
/** Frames, and the task after them: bookkeeping waits until the movement shows (after-paint). */
const FRAME_MS = 16
const frames = (n: number) => vi.advanceTimersByTime(n * FRAME_MS + 1)
const paint = () => frames(MOVEMENT_FRAMES)

/** Shows and controllers of the running test, disposed after it (last first), pass or fail. */
let owned: { dispose(): void }[] = []
const own = <T extends { dispose(): void }>(thing: T): T => {
  owned.push(thing)
  return thing
}
const newShow = (start = 0) => own(new Show(deck, config, { start, attractOnIdle: false }))

beforeEach(() => {
  vi.useFakeTimers()
  // Node has no frames: a frame is 16 ms of the fake clock.
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) =>
    setTimeout(() => cb(performance.now()), FRAME_MS)
  )
  vi.stubGlobal('cancelAnimationFrame', (id: ReturnType<typeof setTimeout>) => clearTimeout(id))
})
afterEach(() => {
  for (const thing of owned.reverse()) thing.dispose()
  owned = []
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

const pointerMove = (pointerType: string) =>
  Object.assign(new Event('pointermove'), { pointerType })

describe('CursorController', () => {
  it('hidden until a mouse moves, hidden again after the quiet time; touch never shows it', () => {
    const target = new EventTarget()
    const cursor = own(new CursorController(target))
    expect(cursor.visible, 'hidden from the start').toBe(false)
    target.dispatchEvent(pointerMove('touch'))
    expect(cursor.visible, 'a finger has no cursor').toBe(false)
    target.dispatchEvent(pointerMove('mouse'))
    expect(cursor.visible, 'the mouse moved').toBe(true)
    vi.advanceTimersByTime(CURSOR_VISIBLE_MS - 100)
    target.dispatchEvent(pointerMove('mouse'))
    vi.advanceTimersByTime(CURSOR_VISIBLE_MS - 1)
    expect(cursor.visible, 'each move starts the quiet time again').toBe(true)
    vi.advanceTimersByTime(1)
    expect(cursor.visible, 'hidden after the quiet time').toBe(false)
    cursor.dispose()
  })

  it('disposed: stops listening and its pending hide does not fire', () => {
    const target = new EventTarget()
    const cursor = own(new CursorController(target))
    target.dispatchEvent(pointerMove('mouse'))
    cursor.dispose()
    vi.advanceTimersByTime(CURSOR_VISIBLE_MS)
    expect(cursor.visible, 'the pending hide was cancelled').toBe(true)
    cursor.visible = false
    target.dispatchEvent(pointerMove('mouse'))
    expect(cursor.visible, 'no longer listening').toBe(false)
  })
})

/** A window whose history writes the hash, and counts the writes. */
function fakeWindow(hash = '') {
  const writes: string[] = []
  const win = Object.assign(new EventTarget(), {
    location: { hash },
    history: {
      replaceState: (_data: unknown, _unused: string, url?: string | URL | null) => {
        writes.push(String(url))
        win.location.hash = String(url)
      }
    }
  })
  return { win: win as HashWindow, writes }
}
const hashChange = (hash: string) =>
  Object.assign(new Event('hashchange'), { newURL: `http://kiosk.local/index.html${hash}` })

describe('HashSync', () => {
  it('writes the slide’s hash once the slide rests; paging through writes only the last', () => {
    const show = newShow(1)
    const { win, writes } = fakeWindow('#/s1')
    const sync = own(new HashSync(show, win))
    const rest = config.transitionMs + HASH_REST_MS
    flushSync()
    vi.advanceTimersByTime(rest)
    expect(writes, 'the hash already names the slide').toEqual([])
    show.next()
    flushSync()
    vi.advanceTimersByTime(config.transitionMs)
    expect(win.location.hash, 'not while the slide moves, nor as it lands').toBe('#/s1')
    show.next()
    flushSync()
    vi.advanceTimersByTime(rest - 1)
    expect(writes, 'not before the slide has stood').toEqual([])
    vi.advanceTimersByTime(1)
    expect(writes, 'two moves, one write: of the slide it stopped on').toEqual(['#/s3'])
    sync.dispose()
  })

  it('a changed hash moves the show (as a link); a hash naming no slide goes to the first', () => {
    const show = newShow(0)
    const { win } = fakeWindow()
    const sync = own(new HashSync(show, win))
    win.dispatchEvent(hashChange('#/s2'))
    expect(show.deck.index, 'typed #/s2').toBe(2)
    expect(show.via, 'counted as a link').toBe('link')
    win.dispatchEvent(hashChange('#/nowhere'))
    expect(show.deck.index, 'an unknown slide').toBe(0)
    sync.dispose()
  })

  it('disposed: neither writes nor follows the hash', () => {
    const show = newShow(0)
    const { win, writes } = fakeWindow('#/s0')
    const sync = own(new HashSync(show, win))
    flushSync()
    sync.dispose()
    show.next()
    flushSync()
    paint()
    win.dispatchEvent(hashChange('#/s3'))
    expect(writes, 'no write after dispose').toEqual([])
    expect(show.deck.index, 'the hash no longer moves the show').toBe(1)
  })
})

describe('Announcer', () => {
  it('says the slide a person goes to, once the movement shows, in the show’s language', () => {
    const show = newShow(0)
    const announcer = own(new Announcer(show))
    flushSync()
    paint()
    expect(announcer.text).toBe('第 1 页 / 4: Quote 0')
    show.lang = 'en'
    show.next()
    flushSync()
    expect(announcer.text, 'not in the frame of the movement').toBe('第 1 页 / 4: Quote 0')
    frames(MOVEMENT_FRAMES - 1)
    expect(announcer.text, 'nor before the movement shows').toBe('第 1 页 / 4: Quote 0')
    frames(1)
    expect(announcer.text).toBe('Slide 2 / 4: Quote 1')
    announcer.dispose()
  })

  it('the attract loop’s steps are not announced', () => {
    const show = newShow(2)
    const announcer = own(new Announcer(show))
    flushSync()
    paint()
    expect(announcer.text).toBe('第 3 页 / 4: Quote 2')
    show.attract.start()
    flushSync()
    vi.advanceTimersByTime(deck.defaultDuration! * 1000)
    flushSync()
    paint()
    expect(show.deck.index, 'the loop went to the first slide, then the second').toBe(1)
    expect(announcer.text, 'nothing said while it played').toBe('第 3 页 / 4: Quote 2')
    announcer.dispose()
  })
})

describe('ReducedMotion', () => {
  it('the transition time follows the preference, also when it changes while the show runs', () => {
    const show = newShow()
    const preference = $state({ current: false })
    const motion = own(new ReducedMotion(show.deck, 450, preference))
    flushSync()
    expect(show.deck.transitionMs).toBe(450)
    preference.current = true
    flushSync()
    expect(show.deck.transitionMs, 'reduced: a short crossfade').toBe(REDUCED_MOTION_MS)
    preference.current = false
    flushSync()
    expect(show.deck.transitionMs, 'back to the configured time').toBe(450)
    motion.dispose()
    preference.current = true
    flushSync()
    expect(show.deck.transitionMs, 'disposed: no longer follows').toBe(450)
  })
})

describe('HostReport', () => {
  it('tells the host the slide and the attract loop once the movement shows, the last of a burst', () => {
    const show = newShow(0)
    const reports: ShowState[] = []
    const report = own(new HostReport(show, (state) => reports.push(state)))
    flushSync()
    paint()
    expect(reports).toEqual([{ slideId: 's0', attract: false }])
    show.next()
    flushSync()
    show.next()
    flushSync()
    expect(reports, 'not in the frame of the movement').toHaveLength(1)
    paint()
    show.attract.start()
    flushSync()
    paint()
    expect(reports.slice(1)).toEqual([
      { slideId: 's2', attract: false },
      { slideId: 's0', attract: true }
    ])
    report.dispose()
  })
})
