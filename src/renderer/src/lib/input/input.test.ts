/**
 * The keyboard and wheel adapters against real DOM events (Node's EventTarget) and a recording
 * show, with the test framework's fake timers for gesture gaps and digit time-outs.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { InputKind, ShowActions } from '../engine/show.svelte'
import { bindKeyboard, bindNotesKeys } from './keyboard'
import { bindWheel, WHEEL_STEP_PX } from './wheel'

/** Records what the adapters asked of the show; `awake` false means the first input wakes it. */
function recordingShow(awake = true) {
  const calls: string[] = []
  let woken = awake
  const show: ShowActions = {
    onUserInput(kind: InputKind) {
      calls.push(`input:${kind}`)
      if (woken) return true
      woken = true
      return false
    },
    next: () => void calls.push('next'),
    prev: () => void calls.push('prev'),
    first: () => void calls.push('first'),
    last: () => void calls.push('last'),
    goToNumber: (n) => void calls.push(`go:${n}`),
    toggleOverview: () => void calls.push('overview'),
    closeOverview: () => void calls.push('close-overview'),
    toggleLanguage: () => void calls.push('language'),
    toggleBlank: (kind) => void calls.push(`blank:${kind}`),
    noteVia: () => undefined
  }
  return { show, calls, moves: () => calls.filter((c) => !c.startsWith('input:')) }
}

const key = (k: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Event('keydown', { cancelable: true }), {
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...extra
  })
const wheel = (deltaY: number, deltaMode = 0, deltaX = 0) =>
  Object.assign(new Event('wheel', { cancelable: true }), {
    deltaX,
    deltaY,
    deltaMode,
    ctrlKey: false
  })

beforeEach(() => {
  vi.useFakeTimers()
  // Node has no DOM elements: nothing a key is sent to is a button here.
  vi.stubGlobal('Element', class {})
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('keyboard adapter', () => {
  it('maps the keys of the README table', () => {
    const target = new EventTarget()
    const { show, moves } = recordingShow()
    bindKeyboard(target as unknown as Window, show, { digitTimeoutMs: 2000 })
    for (const k of ['ArrowRight', 'PageDown', ' ', 'ArrowLeft', 'PageUp', 'Home', 'End'])
      target.dispatchEvent(key(k))
    target.dispatchEvent(key(' ', { shiftKey: true }))
    for (const k of ['o', 'Escape', 'l', 'b', '.', 'w']) target.dispatchEvent(key(k))
    expect(moves()).toEqual([
      'next',
      'next',
      'next',
      'prev',
      'prev',
      'first',
      'last',
      'prev',
      'overview',
      'overview',
      'language',
      'blank:black',
      'blank:black',
      'blank:white'
    ])
  })

  it('present mode: Esc (a clicker start/stop button) only closes the overview, O still opens it', () => {
    const target = new EventTarget()
    const { show, moves } = recordingShow()
    bindKeyboard(target as unknown as Window, show, {
      digitTimeoutMs: 2000,
      escapeOpensOverview: false
    })
    const escape = key('Escape')
    target.dispatchEvent(escape)
    target.dispatchEvent(key('o'))
    expect(moves(), 'Esc never toggles the overview open').toEqual(['close-overview', 'overview'])
    expect(escape.defaultPrevented, 'Esc is handled by the show').toBe(true)
  })

  it('typed digits then Enter go to that slide; digits are forgotten after the time-out', () => {
    const target = new EventTarget()
    const { show, moves } = recordingShow()
    bindKeyboard(target as unknown as Window, show, { digitTimeoutMs: 2000 })
    target.dispatchEvent(key('1'))
    target.dispatchEvent(key('2'))
    target.dispatchEvent(key('Enter'))
    expect(moves(), 'slide 12').toEqual(['go:12'])
    target.dispatchEvent(key('3'))
    vi.advanceTimersByTime(2001)
    target.dispatchEvent(key('Enter'))
    expect(moves(), 'the 3 was forgotten: Enter alone does nothing').toEqual(['go:12'])
  })

  it('the key that wakes the show does nothing else; modified keys are left to the browser', () => {
    const target = new EventTarget()
    const { show, moves, calls } = recordingShow(false)
    bindKeyboard(target as unknown as Window, show, { digitTimeoutMs: 2000 })
    const waking = key('ArrowRight')
    target.dispatchEvent(waking)
    expect(moves(), 'the waking key').toEqual([])
    expect(waking.defaultPrevented).toBe(true)
    target.dispatchEvent(key('r', { ctrlKey: true }))
    expect(calls, 'Ctrl+R is not an input of the show').toEqual(['input:key'])
  })

  it('unbinding stops listening', () => {
    const target = new EventTarget()
    const { show, moves } = recordingShow()
    const unbind = bindKeyboard(target as unknown as Window, show, { digitTimeoutMs: 2000 })
    unbind()
    target.dispatchEvent(key('ArrowRight'))
    expect(moves()).toEqual([])
  })
})

describe('presenter notes keys', () => {
  it('- smaller, = or + larger; with Ctrl they stay the browser zoom', () => {
    const target = new EventTarget()
    const calls: string[] = []
    const unbind = bindNotesKeys(target as unknown as Window, {
      smaller: () => void calls.push('smaller'),
      larger: () => void calls.push('larger')
    })
    const minus = key('-')
    target.dispatchEvent(minus)
    target.dispatchEvent(key('='))
    target.dispatchEvent(key('+'))
    const zoom = key('=', { ctrlKey: true })
    target.dispatchEvent(zoom)
    target.dispatchEvent(key('a'))
    expect(calls).toEqual(['smaller', 'larger', 'larger'])
    expect(minus.defaultPrevented, "the key is the presenter view's").toBe(true)
    expect(zoom.defaultPrevented, 'Ctrl+= is left to the browser').toBe(false)
    unbind()
    target.dispatchEvent(key('-'))
    expect(calls, 'unbound').toHaveLength(3)
  })
})

describe('wheel adapter', () => {
  const bind = (gestureGapMs = 220) => {
    const target = new EventTarget()
    const rec = recordingShow()
    const unbind = bindWheel(target as unknown as HTMLElement, rec.show, { gestureGapMs })
    return { target, ...rec, unbind }
  }

  it('one step per gesture, however many events it sends', () => {
    const { target, moves } = bind()
    for (let i = 0; i < 40; i++) {
      target.dispatchEvent(wheel(12))
      vi.advanceTimersByTime(16)
    }
    expect(moves(), 'a trackpad flick with inertia').toEqual(['next'])
    vi.advanceTimersByTime(221)
    target.dispatchEvent(wheel(-WHEEL_STEP_PX))
    expect(moves(), 'a new gesture after the quiet gap').toEqual(['next', 'prev'])
  })

  it('small nudges below the step threshold do nothing', () => {
    const { target, calls } = bind()
    target.dispatchEvent(wheel(WHEEL_STEP_PX / 4))
    target.dispatchEvent(wheel(WHEEL_STEP_PX / 4))
    expect(calls).toEqual([])
  })

  it('line and page wheels count as many pixels; sideways trackpads count too', () => {
    const { target, moves } = bind()
    target.dispatchEvent(wheel(3, 1))
    vi.advanceTimersByTime(300)
    target.dispatchEvent(wheel(0, 0, -80))
    vi.advanceTimersByTime(300)
    target.dispatchEvent(wheel(0.1, 2))
    expect(moves()).toEqual(['next', 'prev', 'next'])
  })

  it('Ctrl+wheel (browser zoom) never reaches the show and is cancelled', () => {
    const { target, calls } = bind()
    const zoom = Object.assign(wheel(200), { ctrlKey: true })
    target.dispatchEvent(zoom)
    expect(zoom.defaultPrevented).toBe(true)
    expect(calls).toEqual([])
  })
})
