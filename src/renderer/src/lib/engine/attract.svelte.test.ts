import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AttractLoop, type AttractDeck } from './attract.svelte'

const IDLE_MS = 60_000

function makeLoop(): AttractLoop {
  const deck: AttractDeck = { index: 0, first: () => true, next: () => true }
  const loop = new AttractLoop(deck, { idleMs: IDLE_MS, durationOf: () => 8000 })
  loop.armIdle()
  return loop
}

describe('AttractLoop: holding the quiet-time countdown (the unlocked admin panel)', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('no quiet spell starts the loop while held; on release a full spell from then does', () => {
    const loop = makeLoop()
    vi.advanceTimersByTime(IDLE_MS - 1000)
    loop.hold()
    vi.advanceTimersByTime(10 * IDLE_MS)
    expect(loop.active, 'held: ten idle times passed, no loop').toBe(false)
    loop.release()
    vi.advanceTimersByTime(IDLE_MS - 1)
    expect(loop.active, 'the countdown starts afresh at the release').toBe(false)
    vi.advanceTimersByTime(1)
    expect(loop.active, 'a full quiet spell after the release').toBe(true)
    expect(loop.starts).toBe(1)
  })

  it('input while held (a stop) still counts: the countdown starts on release', () => {
    const loop = makeLoop()
    loop.hold()
    loop.stop()
    vi.advanceTimersByTime(2 * IDLE_MS)
    expect(loop.active, 'held').toBe(false)
    loop.release()
    vi.advanceTimersByTime(IDLE_MS)
    expect(loop.active).toBe(true)
  })

  it('a release after the show was suspended (closing time) starts nothing', () => {
    const loop = makeLoop()
    loop.hold()
    loop.suspend()
    loop.release()
    vi.advanceTimersByTime(10 * IDLE_MS)
    expect(loop.active, 'closed: nothing plays').toBe(false)
  })

  it('hold and release are idempotent; a second hold does not forget the countdown', () => {
    const loop = makeLoop()
    loop.hold()
    loop.hold()
    loop.release()
    loop.release()
    vi.advanceTimersByTime(IDLE_MS)
    expect(loop.active).toBe(true)
    expect(loop.starts, 'one countdown, one start').toBe(1)
  })
})
