/**
 * The pointer adapter against real DOM events (Node's EventTarget as the stage) with a recording
 * show and deck: swipe distance and speed, vertical scrolls, second fingers, edge taps.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SHOW_CONFIG } from '@shared/config'
import type { ShowActions } from '../engine/show.svelte'
import { bindPointer, type DragTarget } from './pointer'

/** Stage width in px: a drag of 180 px is the default 0.18 swipe threshold. */
const WIDTH = 1000
const options = DEFAULT_SHOW_CONFIG

/** A stage 1000 × 1000 px at the page's origin. */
class FakeStage extends EventTarget {
  captured: number[] = []
  getBoundingClientRect() {
    return { left: 0, top: 0, width: WIDTH, height: WIDTH }
  }
  setPointerCapture(id: number) {
    this.captured.push(id)
  }
}

/** Records every call of the show and the deck, in order (`onUserInput` lets everything act). */
function recorder() {
  const calls: string[] = []
  const record = <T extends object>(prefix: string) =>
    new Proxy({} as T, {
      get:
        (_, name) =>
        (...args: unknown[]) => {
          if (name !== 'onUserInput') calls.push(`${prefix}${String(name)}(${args.join(',')})`)
          return true
        }
    })
  return { calls, show: record<ShowActions>(''), drag: record<DragTarget>('deck.') }
}

function setup() {
  const stage = new FakeStage()
  const { calls, show, drag: deck } = recorder()
  const unbind = bindPointer(stage as unknown as HTMLElement, show, deck, options)
  let t = 1000
  /** Sends a pointer event `ms` after the previous one. */
  const send = (type: string, x: number, y = 500, { id = 1, ms = 16, kind = 'touch' } = {}) => {
    t += ms
    const event = Object.assign(new Event(type, { cancelable: true }), {
      pointerId: id,
      pointerType: kind,
      button: 0,
      clientX: x,
      clientY: y
    })
    Object.defineProperty(event, 'timeStamp', { value: t })
    stage.dispatchEvent(event)
    return event
  }
  /** A drag from x0 to x1 in `steps` moves `ms` apart, then a release after `holdMs`. */
  const drag = (x0: number, x1: number, steps: number, ms: number, holdMs = 16, id = 1) => {
    send('pointerdown', x0, 500, { id })
    for (let i = 1; i <= steps; i++)
      send('pointermove', x0 + ((x1 - x0) * i) / steps, 500, { id, ms })
    send('pointerup', x1, 500, { id, ms: holdMs })
  }
  const click = () => {
    const event = new Event('click', { cancelable: true })
    stage.dispatchEvent(event)
    return event
  }
  return { stage, calls, send, drag, click, unbind }
}

/** The deck's verdict on the last drag: dragEnd(1) next, (-1) previous, (0) back into place. */
const ends = (calls: string[]) => calls.filter((c) => c.startsWith('deck.dragEnd'))

beforeEach(() => {
  vi.useFakeTimers()
  vi.stubGlobal('Element', class {})
})
afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('pointer adapter: swipes', () => {
  it('a slow drag past the threshold steps; a slow drag short of it springs back', () => {
    const far = setup()
    // 300 px over 1 s, then held still: slow, but 0.3 of the stage (threshold 0.18).
    far.drag(700, 400, 20, 50, 300)
    expect(ends(far.calls), 'leftwards past the threshold: next').toEqual(['deck.dragEnd(1)'])
    expect(far.calls, 'counted as a swipe').toContain('noteVia(swipe)')
    expect(far.calls.filter((c) => c.startsWith('deck.dragMove')).at(-1)).toBe(
      'deck.dragMove(-0.3)'
    )

    const short = setup()
    short.drag(400, 550, 20, 50, 300)
    expect(ends(short.calls), '0.15 of the stage, slowly: back into place').toEqual([
      'deck.dragEnd(0)'
    ])
    expect(short.calls).not.toContain('noteVia(swipe)')
  })

  it('a quick flick steps even when short; a flick back against the drag does not', () => {
    const flick = setup()
    // 100 px in 50 ms: 2 px/ms (velocity threshold 0.45), only 0.1 of the stage.
    flick.drag(500, 600, 5, 10, 10)
    expect(ends(flick.calls), 'rightwards flick: previous').toEqual(['deck.dragEnd(-1)'])

    const back = setup()
    back.send('pointerdown', 500)
    for (let i = 1; i <= 10; i++) back.send('pointermove', 500 - 12 * i, 500, { ms: 50 })
    // Then quickly 80 px back (0.85 px/ms): still 40 px left of the start, but moving right.
    back.send('pointermove', 420, 500, { ms: 10 })
    back.send('pointermove', 460, 500, { ms: 10 })
    back.send('pointerup', 460, 500, { ms: 10 })
    expect(ends(back.calls), 'the fast part goes against the drag: no step').toEqual([
      'deck.dragEnd(0)'
    ])
  })

  it('a swipe, even one that springs back, is never also a click', () => {
    const { drag, click } = setup()
    drag(400, 450, 5, 50, 300)
    expect(click().defaultPrevented, 'the click after the drag').toBe(true)
    expect(click().defaultPrevented, 'only that one click').toBe(false)
  })
})

describe('pointer adapter: what is not a swipe', () => {
  it('a vertical drag (scrolling a list) never moves the deck or taps', () => {
    const { send, calls, stage, click } = setup()
    send('pointerdown', 950, 300)
    send('pointermove', 960, 500)
    send('pointermove', 965, 800)
    send('pointerup', 965, 800)
    expect(calls, 'no drag, no edge tap').toEqual([])
    expect(stage.captured, 'the pointer is left to the list').toEqual([])
    expect(click().defaultPrevented, 'its click is swallowed').toBe(true)
  })

  it('a second finger while one is down is ignored (no second swipe, no pinch)', () => {
    const { send, calls } = setup()
    send('pointerdown', 600, 500, { id: 1 })
    send('pointerdown', 300, 500, { id: 2 })
    for (let i = 1; i <= 5; i++) send('pointermove', 300 + 80 * i, 500, { id: 2, ms: 10 })
    send('pointerup', 700, 500, { id: 2 })
    expect(calls, 'the second finger did nothing').toEqual([])
    send('pointermove', 500, 500, { id: 1, ms: 10 })
    send('pointermove', 380, 500, { id: 1, ms: 10 })
    send('pointerup', 380, 500, { id: 1, ms: 10 })
    expect(ends(calls), 'the first finger still swipes').toEqual(['deck.dragEnd(1)'])
  })

  it('taps: the edges step, the middle does nothing; unbinding stops everything', () => {
    const { send, calls, unbind } = setup()
    const tap = (x: number) => {
      send('pointerdown', x)
      send('pointerup', x + 2)
    }
    tap(50)
    tap(500)
    tap(960)
    expect(calls).toEqual(['prev()', 'next()'])
    unbind()
    tap(960)
    expect(calls, 'unbound').toHaveLength(2)
  })
})
