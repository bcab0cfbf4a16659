import { describe, expect, it, vi } from 'vitest'
import { instantOf, type Schedule } from '@shared/schedule'
import { ScheduleClock, SCHEDULE_RECHECK_MS } from './schedule-clock.svelte'
import { fakeTimersFor } from './test-timers'

const ZONE = 'Asia/Shanghai'
const hours: Schedule = {
  weekly: { tue: ['09:00-17:30'], wed: ['09:00-17:30'] },
  closedSlideMinutes: 10
}
const at = (d: number, h: number, m: number) => instantOf(2026, 12, d, h, m, ZONE)

const made = fakeTimersFor()

/** A clock started at `start`, with the open/closed changes it reports; disposed after the test. */
function startClock(start: number): { clock: ScheduleClock; changes: boolean[] } {
  vi.setSystemTime(start)
  const changes: boolean[] = []
  const clock = made(new ScheduleClock(hours, (open) => changes.push(open), ZONE))
  return { clock, changes }
}

describe('ScheduleClock', () => {
  it('closes at closing time with the closed slide for N minutes, then black; opens by itself', () => {
    const { clock, changes } = startClock(at(1, 17, 29))
    expect(clock.open).toBe(true)
    expect(clock.describe()).toBe('open until 17:30')
    vi.advanceTimersByTime(60_000)
    expect(clock.open, 'closed at 17:30').toBe(false)
    expect(clock.closedSlide, 'the closed slide first').toBe(true)
    expect(clock.opensAt).toBe(at(2, 9, 0))
    vi.advanceTimersByTime(10 * 60_000)
    expect(clock.closedSlide, 'then black').toBe(false)
    vi.advanceTimersByTime(at(2, 9, 0) - Date.now())
    expect(clock.open, 'opens at 09:00 the next day').toBe(true)
    expect(changes).toEqual([false, true])
  })

  it('starting at night is closed and black at once (no closed slide)', () => {
    const { clock, changes } = startClock(at(1, 23, 0))
    expect(clock.open).toBe(false)
    expect(clock.closedSlide).toBe(false)
    expect(changes, 'the show is told to stop').toEqual([false])
  })

  it.each([
    { way: 'forwards', from: at(1, 10, 0), to: at(1, 20, 0), open: false },
    { way: 'backwards', from: at(1, 20, 0), to: at(1, 10, 0), open: true }
  ])('notices a clock set $way within a minute', ({ from, to, open }) => {
    const { clock } = startClock(from)
    vi.setSystemTime(to)
    vi.advanceTimersByTime(SCHEDULE_RECHECK_MS)
    expect(clock.open, 'open after the clock was set').toBe(open)
  })
})
