import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { instantOf, type Schedule } from '@shared/schedule'
import { ScheduleClock, SCHEDULE_RECHECK_MS } from './schedule-clock.svelte'

const ZONE = 'Asia/Shanghai'
const hours: Schedule = {
  weekly: { tue: ['09:00-17:30'], wed: ['09:00-17:30'] },
  closedSlideMinutes: 10
}
const at = (d: number, h: number, m: number) => instantOf(2026, 12, d, h, m, ZONE)

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('ScheduleClock', () => {
  it('closes at closing time with the closed slide for N minutes, then black; opens by itself', () => {
    vi.setSystemTime(at(1, 17, 29))
    const changes: boolean[] = []
    const clock = new ScheduleClock(hours, (open) => changes.push(open), ZONE)
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
    clock.dispose()
  })

  it('starting at night is closed and black at once (no closed slide)', () => {
    vi.setSystemTime(at(1, 23, 0))
    const changes: boolean[] = []
    const clock = new ScheduleClock(hours, (open) => changes.push(open), ZONE)
    expect(clock.open).toBe(false)
    expect(clock.closedSlide).toBe(false)
    expect(changes, 'the show is told to stop').toEqual([false])
    clock.dispose()
  })

  it('notices a clock set forwards within a minute', () => {
    vi.setSystemTime(at(1, 10, 0))
    const clock = new ScheduleClock(hours, () => undefined, ZONE)
    vi.setSystemTime(at(1, 20, 0))
    vi.advanceTimersByTime(SCHEDULE_RECHECK_MS)
    expect(clock.open).toBe(false)
    clock.dispose()
  })

  it('notices a clock set backwards within a minute', () => {
    vi.setSystemTime(at(1, 20, 0))
    const clock = new ScheduleClock(hours, () => undefined, ZONE)
    vi.setSystemTime(at(1, 10, 0))
    vi.advanceTimersByTime(SCHEDULE_RECHECK_MS)
    expect(clock.open).toBe(true)
    clock.dispose()
  })
})
