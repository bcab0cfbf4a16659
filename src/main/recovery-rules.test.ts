import { describe, expect, it } from 'vitest'
import {
  judgeCrash,
  msUntilHour,
  parseRelaunches,
  relaunchArgs,
  RELAUNCH_WINDOW_MS
} from './recovery-rules'

const policy = { budget: 3, windowMs: 120_000, relaunchLimit: 3 }

describe('judgeCrash', () => {
  it('reloads within the budget, relaunches past it', () => {
    let crashes: number[] = []
    const verdicts: string[] = []
    for (const t of [0, 10_000, 20_000, 30_000]) {
      const r = judgeCrash(t, crashes, [], policy)
      crashes = r.crashes
      verdicts.push(r.verdict)
    }
    expect(verdicts, '3 crashes in 2 minutes reload, the 4th relaunches').toEqual([
      'reload',
      'reload',
      'reload',
      'relaunch'
    ])
  })

  it('forgets crashes older than the window', () => {
    const r = judgeCrash(500_000, [0, 10_000, 20_000], [], policy)
    expect(r.verdict).toBe('reload')
    expect(r.crashes).toEqual([500_000])
  })

  it('halts with a calm error slide when relaunches keep failing within the hour', () => {
    const now = 10 * RELAUNCH_WINDOW_MS
    const relaunches = [now - 1000, now - 2000, now - 3000]
    expect(judgeCrash(now, [now - 3, now - 2, now - 1], relaunches, policy).verdict).toBe('halt')
    const old = relaunches.map((t) => t - RELAUNCH_WINDOW_MS)
    expect(
      judgeCrash(now, [now - 3, now - 2, now - 1], old, policy).verdict,
      'old relaunches'
    ).toBe('relaunch')
  })
})

describe('parseRelaunches', () => {
  it('reads the recorded times and treats anything malformed as none', () => {
    expect(parseRelaunches('{"relaunches":[1,2,"x",null]}')).toEqual([1, 2])
    expect(parseRelaunches('not json')).toEqual([])
    expect(parseRelaunches('{"relaunches":5}')).toEqual([])
    expect(parseRelaunches(null)).toEqual([])
  })
})

describe('msUntilHour', () => {
  it('counts to the next occurrence of the hour, tomorrow if it has passed', () => {
    const at = (h: number, m = 0) => new Date(2026, 10, 29, h, m, 0, 0)
    expect(msUntilHour(at(1), 4)).toBe(3 * 3600_000)
    expect(msUntilHour(at(4), 4), 'exactly on the hour: the next day').toBe(24 * 3600_000)
    expect(msUntilHour(at(23, 30), 4)).toBe(4.5 * 3600_000)
  })
})

describe('relaunchArgs', () => {
  it('keeps the arguments of this run and pins its mode', () => {
    expect(relaunchArgs(['--user-data=D:\\kiosk', '--display=1'], 'kiosk')).toEqual([
      '--user-data=D:\\kiosk',
      '--display=1',
      '--mode=kiosk'
    ])
    expect(relaunchArgs(['/src/app'], 'kiosk'), 'the app path when developing').toEqual([
      '/src/app',
      '--mode=kiosk'
    ])
  })

  it('replaces the mode flags already there, in any spelling, so relaunches do not pile them up', () => {
    const once = relaunchArgs(['--mode', 'kiosk', '--windowed', '--idle=30'], 'kiosk')
    expect(once).toEqual(['--idle=30', '--mode=kiosk'])
    expect(relaunchArgs(once, 'kiosk'), 'a second relaunch').toEqual(once)
    expect(relaunchArgs(['--mode=present', '--model=x'], 'present')).toEqual([
      '--model=x',
      '--mode=present'
    ])
  })
})
