import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { formatElapsed, Stopwatch, STOPWATCH_TICK_MS } from './stopwatch.svelte'

// The test framework's clock drives `performance.now` and `setInterval` alike.
beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('Stopwatch', () => {
  it('counts from zero on performance.now, once a second, while it runs', () => {
    const watch = new Stopwatch()
    const stop = watch.run()
    expect(watch.elapsedMs, 'at the start').toBe(0)
    vi.advanceTimersByTime(STOPWATCH_TICK_MS - 1)
    expect(watch.elapsedMs, 'before the first tick the view shows the last reading').toBe(0)
    vi.advanceTimersByTime(65_000 - STOPWATCH_TICK_MS + 1)
    expect(watch.elapsedMs, 'after 65 s').toBe(65_000)
    stop()
    vi.advanceTimersByTime(10_000)
    expect(watch.elapsedMs, 'no ticks once the view stopped it').toBe(65_000)
  })

  it('pause keeps the time, start counts on from there, toggle does either', () => {
    const watch = new Stopwatch()
    const stop = watch.run()
    vi.advanceTimersByTime(65_500)
    watch.pause()
    expect(watch.running).toBe(false)
    expect(watch.elapsedMs, 'pausing reads the clock at that moment').toBe(65_500)
    vi.advanceTimersByTime(30_000)
    expect(watch.elapsedMs, 'paused').toBe(65_500)
    watch.pause()
    expect(watch.elapsedMs, 'a second pause changes nothing').toBe(65_500)
    watch.toggle()
    expect(watch.running).toBe(true)
    // Resumed at 95.5 s; the view's ticks stay on whole seconds of the run (the next at 101 s).
    vi.advanceTimersByTime(5_500)
    expect(watch.elapsedMs, 'counts on from where it stopped').toBe(71_000)
    watch.start()
    vi.advanceTimersByTime(1_000)
    expect(watch.elapsedMs, 'start while running does not restart').toBe(72_000)
    watch.toggle()
    expect(watch.running).toBe(false)
    stop()
  })

  it('reset goes back to zero and keeps running, or stays paused', () => {
    const watch = new Stopwatch()
    const stop = watch.run()
    vi.advanceTimersByTime(10_000)
    watch.reset()
    expect(watch.elapsedMs, 'reset while running').toBe(0)
    vi.advanceTimersByTime(3_000)
    expect(watch.elapsedMs, 'and runs on').toBe(3_000)
    watch.pause()
    watch.reset()
    vi.advanceTimersByTime(3_000)
    expect(watch.elapsedMs, 'reset while paused stays at zero').toBe(0)
    watch.start()
    vi.advanceTimersByTime(2_000)
    expect(watch.elapsedMs).toBe(2_000)
    stop()
  })

  it('takes any monotonic clock instead of performance.now', () => {
    let t = 500
    const watch = new Stopwatch(() => t)
    t = 2_500
    watch.tick()
    expect(watch.elapsedMs).toBe(2_000)
  })
})

describe('formatElapsed', () => {
  it('mm:ss, then h:mm:ss from an hour on', () => {
    expect(formatElapsed(0)).toBe('00:00')
    expect(formatElapsed(65_999)).toBe('01:05')
    expect(formatElapsed(3_600_000 + 61_000)).toBe('1:01:01')
    expect(formatElapsed(-5)).toBe('00:00')
  })
})
