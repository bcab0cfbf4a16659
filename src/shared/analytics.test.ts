import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  ALL_DAYS,
  csvFileName,
  eventsIn,
  isDay,
  localTime,
  parseDayRange,
  periodRange,
  toCsv,
  type AnalyticsEvent
} from './analytics'

/** Runs the tests of a block in a time zone (Node reads `TZ` again when it is set). */
function inZone(zone: string): void {
  let saved: string | undefined
  beforeEach(() => {
    saved = process.env['TZ']
    process.env['TZ'] = zone
  })
  afterEach(() => {
    if (saved === undefined) delete process.env['TZ']
    else process.env['TZ'] = saved
  })
}

describe('CSV times: local time with the UTC offset', () => {
  describe('in Chongqing (UTC+8, no daylight saving)', () => {
    inZone('Asia/Shanghai')

    it('writes the local time and +08:00', () => {
      expect(localTime(Date.UTC(2026, 11, 1, 6, 5, 9, 412))).toBe('2026-12-01T14:05:09+08:00')
      expect(localTime(Date.UTC(2026, 10, 30, 16, 0, 0)), 'local midnight').toBe(
        '2026-12-01T00:00:00+08:00'
      )
    })

    it('the CSV time column is that local time', () => {
      const csv = toCsv([
        { type: 'session-start', at: Date.UTC(2026, 10, 30, 2, 15, 7), session: 'a1' }
      ])
      expect(csv.split('\n')[1]).toBe('session-start,2026-11-30T10:15:07+08:00,a1,,,,,')
    })
  })

  describe('west of Greenwich, across daylight saving (New York)', () => {
    inZone('America/New_York')

    it('writes a negative offset that follows the season', () => {
      expect(localTime(Date.UTC(2026, 0, 15, 12, 0, 0)), 'winter').toBe('2026-01-15T07:00:00-05:00')
      expect(localTime(Date.UTC(2026, 6, 15, 12, 0, 0)), 'summer').toBe('2026-07-15T08:00:00-04:00')
    })
  })

  describe('a half-hour offset (India)', () => {
    inZone('Asia/Kolkata')

    it('writes +05:30', () => {
      expect(localTime(Date.UTC(2026, 2, 1, 0, 0, 0))).toBe('2026-03-01T05:30:00+05:30')
    })
  })

  describe('UTC itself', () => {
    inZone('UTC')

    it('writes +00:00, not Z', () => {
      expect(localTime(Date.UTC(2026, 2, 1, 23, 59, 59))).toBe('2026-03-01T23:59:59+00:00')
    })
  })
})

describe('day ranges (local days, both ends included)', () => {
  inZone('Asia/Shanghai')

  const at = (iso: string) => new Date(iso).getTime()
  const start = (iso: string, session: string): AnalyticsEvent => ({
    type: 'session-start',
    at: at(iso),
    session
  })

  it('keeps the events of the local days in the range, by local midnight, not UTC', () => {
    const events = [
      start('2026-10-31T23:59:59+08:00', 'oct'),
      // 2026-11-01 00:30 in Chongqing is still 31 October in UTC.
      start('2026-11-01T00:30:00+08:00', 'nov-first'),
      start('2026-11-30T23:59:59+08:00', 'nov-last'),
      start('2026-12-01T00:00:00+08:00', 'dec')
    ]
    const sessions = (range: Parameters<typeof eventsIn>[1]) =>
      eventsIn(events, range).map((e) => e.session)
    expect(sessions({ from: '2026-11-01', to: '2026-11-30' })).toEqual(['nov-first', 'nov-last'])
    expect(sessions({ from: '2026-11-30', to: null }), 'open end').toEqual(['nov-last', 'dec'])
    expect(sessions({ from: null, to: '2026-10-31' }), 'open start').toEqual(['oct'])
    expect(sessions(ALL_DAYS)).toHaveLength(4)
    expect(sessions({ from: '2026-11-15', to: '2026-11-15' }), 'a day with nothing').toEqual([])
  })

  it('names this month (to today), last month (whole) and all, across a year end', () => {
    const now = at('2027-01-10T09:00:00+08:00')
    expect(periodRange('this-month', now)).toEqual({ from: '2027-01-01', to: '2027-01-10' })
    expect(periodRange('last-month', now)).toEqual({ from: '2026-12-01', to: '2026-12-31' })
    expect(periodRange('all', now)).toEqual(ALL_DAYS)
    expect(
      periodRange('last-month', at('2028-03-01T00:10:00+08:00')),
      'February of a leap year, just after midnight on 1 March'
    ).toEqual({ from: '2028-02-01', to: '2028-02-29' })
  })

  it('accepts only real days, and from not after to, at the IPC door', () => {
    expect(isDay('2026-02-28')).toBe(true)
    for (const bad of ['2026-02-30', '2026-13-01', '2026-1-01', '20261101', ' 2026-11-01'])
      expect(isDay(bad), bad).toBe(false)
    expect(parseDayRange({ from: '2026-11-01', to: '2026-11-30' })).toEqual({
      from: '2026-11-01',
      to: '2026-11-30'
    })
    expect(parseDayRange({ from: null, to: null })).toEqual(ALL_DAYS)
    expect(parseDayRange({ from: '2026-12-01', to: '2026-11-01' }), 'reversed').toBeNull()
    expect(parseDayRange({ from: '2026-11-01' }), 'a missing end').toBeNull()
    expect(parseDayRange('2026-11'), 'not an object').toBeNull()
    const hostile = {
      get from(): string {
        throw new Error('boom')
      },
      to: null
    }
    expect(parseDayRange(hostile), 'a throwing getter').toBeNull()
  })

  it('names the export file after its days', () => {
    const now = at('2026-12-01T09:00:00+08:00')
    expect(csvFileName({ from: '2026-11-01', to: '2026-11-30' }, now)).toBe(
      'yuzhong-analytics-2026-11-01_2026-11-30.csv'
    )
    expect(csvFileName(ALL_DAYS, now)).toBe('yuzhong-analytics-all-2026-12-01.csv')
    expect(csvFileName({ from: '2026-11-15', to: null }, now)).toBe(
      'yuzhong-analytics-2026-11-15_2026-12-01.csv'
    )
  })
})
