import { describe, expect, it } from 'vitest'
import {
  describeSchedule,
  instantOf,
  parseSchedule,
  scheduleState,
  type Schedule
} from './schedule'

const CN = 'Asia/Shanghai'
const DE = 'Europe/Berlin'
/** An instant given as local wall-clock time in a zone. */
const at = (iso: string, zone = CN) => {
  const [d, t] = iso.split(' ')
  const [y, m, day] = d!.split('-').map(Number)
  const [h, min] = t!.split(':').map(Number)
  return instantOf(y!, m!, day!, h!, min!, zone)
}
const hall: Schedule = {
  weekly: {
    mon: [],
    tue: ['09:00-12:00', '13:30-17:30'],
    wed: ['09:00-17:30'],
    thu: ['09:00-17:30'],
    fri: ['09:00-17:30'],
    sat: ['10:00-18:00'],
    sun: ['10:00-18:00']
  },
  closed: ['2026-10-01'],
  open: { '2026-10-05': ['10:00-16:00'] }
}

describe('opening hours', () => {
  it('open within a range, closed over lunch, with the next change', () => {
    // 2026-12-01 is a Tuesday.
    const morning = scheduleState(hall, at('2026-12-01 10:00'), CN)
    expect(morning).toEqual({ open: true, nextChange: at('2026-12-01 12:00') })
    expect(describeSchedule(morning, at('2026-12-01 10:00'), CN)).toBe('open until 12:00')
    const lunch = scheduleState(hall, at('2026-12-01 12:30'), CN)
    expect(lunch).toEqual({ open: false, nextChange: at('2026-12-01 13:30') })
    expect(scheduleState(hall, at('2026-12-01 17:30'), CN).open, 'closing time is closed').toBe(
      false
    )
  })

  it('closed on Monday until Tuesday 09:00, said with the weekday', () => {
    const sunNight = at('2026-11-29 19:00')
    const state = scheduleState(hall, sunNight, CN)
    expect(state).toEqual({ open: false, nextChange: at('2026-12-01 09:00') })
    expect(describeSchedule(state, sunNight, CN)).toBe('closed until Tue 09:00')
  })

  it('a dated closure overrides the weekday; a special opening opens a closed Monday', () => {
    // 2026-10-01 is a Thursday: closed all day.
    expect(scheduleState(hall, at('2026-10-01 11:00'), CN).open).toBe(false)
    // 2026-10-05 is a Monday: the special opening.
    expect(scheduleState(hall, at('2026-10-05 11:00'), CN)).toEqual({
      open: true,
      nextChange: at('2026-10-05 16:00')
    })
  })

  it('a range crossing midnight stays open past it, and belongs to the day it starts', () => {
    const night: Schedule = { weekly: { fri: ['20:00-02:00'] } }
    // 2026-12-04 is a Friday.
    expect(scheduleState(night, at('2026-12-05 01:30'), CN)).toEqual({
      open: true,
      nextChange: at('2026-12-05 02:00')
    })
    expect(scheduleState(night, at('2026-12-05 02:30'), CN).open).toBe(false)
    expect(scheduleState(night, at('2026-12-04 19:59'), CN).nextChange).toBe(at('2026-12-04 20:00'))
  })

  it('touching ranges are one opening (no change at 12:00)', () => {
    const s: Schedule = { weekly: { tue: ['09:00-12:00', '12:00-17:00'] } }
    expect(scheduleState(s, at('2026-12-01 10:00'), CN).nextChange).toBe(at('2026-12-01 17:00'))
  })

  it('keeps local hours across daylight-saving changes (Berlin)', () => {
    const daily: Schedule = {
      weekly: Object.fromEntries(
        ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, ['01:00-04:00']])
      )
    }
    // Spring forward on 2026-03-29: 02:00 becomes 03:00, so 01:00-04:00 lasts two hours.
    const spring = scheduleState(daily, at('2026-03-29 01:30', DE), DE)
    expect(spring.open).toBe(true)
    expect((spring.nextChange! - at('2026-03-29 01:00', DE)) / 3_600_000).toBe(2)
    // Fall back on 2026-10-25: 03:00 happens twice, so the opening lasts four hours.
    const autumn = scheduleState(daily, at('2026-10-25 01:30', DE), DE)
    expect((autumn.nextChange! - at('2026-10-25 01:00', DE)) / 3_600_000).toBe(4)
    // A time skipped by the change is shifted forward by the gap, as java.time does.
    expect(instantOf(2026, 3, 29, 2, 30, DE)).toBe(at('2026-03-29 03:30', DE))
  })

  it('clock jumps: the answer depends only on the instant asked about', () => {
    const before = scheduleState(hall, at('2026-12-01 10:00'), CN)
    const jumpedForward = scheduleState(hall, at('2026-12-02 20:00'), CN)
    const jumpedBack = scheduleState(hall, at('2026-11-30 10:00'), CN)
    expect(before.open).toBe(true)
    expect(jumpedForward).toEqual({ open: false, nextChange: at('2026-12-03 09:00') })
    expect(jumpedBack).toEqual({ open: false, nextChange: at('2026-12-01 09:00') })
  })

  it('always open / never open', () => {
    const always: Schedule = {
      weekly: Object.fromEntries(
        ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((d) => [d, ['00:00-24:00']])
      )
    }
    expect(scheduleState(always, at('2026-12-01 03:00'), CN)).toEqual({
      open: true,
      nextChange: null
    })
    expect(describeSchedule({ open: true, nextChange: null }, 0, CN)).toBe('open')
    expect(scheduleState({ weekly: {} }, at('2026-12-01 03:00'), CN)).toEqual({
      open: false,
      nextChange: null
    })
  })

  it('refuses a bad schedule, naming the field', () => {
    const bad = parseSchedule({ weekly: { mon: ['9:00-17:00'], fun: [] }, closed: ['2026-13-01'] })
    expect(bad.ok).toBe(false)
    expect(!bad.ok && bad.problems.join('\n')).toMatch(
      /schedule\.weekly\.mon\[0\]: a range "HH:MM-HH:MM"/
    )
    expect(!bad.ok && bad.problems.join('\n')).toMatch(/schedule\.weekly/)
    expect(!bad.ok && bad.problems.join('\n')).toMatch(/schedule\.closed\[0\]: a day YYYY-MM-DD/)
    expect(parseSchedule({ weekly: { mon: ['10:00-10:00'] } }).ok, 'an empty range').toBe(false)
    expect(parseSchedule(hall).ok).toBe(true)
  })
})
