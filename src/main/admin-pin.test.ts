import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  FAILURE_WINDOW_MS,
  FRESH_GUARD,
  hashPin,
  LOCKOUT_MS,
  lockedFor,
  MAX_ATTEMPTS,
  MAX_LOCKOUT_MS,
  parseGuard,
  PinGuard,
  pinProblem,
  recordGuess,
  verifyPin,
  type GuardState
} from './admin-pin'

describe('admin PIN', () => {
  it('verifies a PIN against its salted hash, and nothing else', () => {
    const hash = hashPin('975310')
    expect(hash).toMatch(/^scrypt:[0-9a-f]{32}:[0-9a-f]{128}$/)
    expect(hashPin('975310'), 'a fresh salt every time').not.toBe(hash)
    expect(verifyPin('975310', hash)).toBe(true)
    expect(verifyPin('975311', hash)).toBe(false)
    expect(verifyPin('2468', hash), 'the old default PIN').toBe(false)
    expect(verifyPin('', hash)).toBe(false)
  })

  it('a malformed hash matches nothing', () => {
    for (const stored of ['md5:abc', 'scrypt::', 'scrypt:00:', '', 'scrypt:zz:zz'])
      expect(verifyPin('2468', stored), stored).toBe(false)
  })

  it('--hash-pin refuses empty, non-digit and short PINs', () => {
    expect(pinProblem('')).toMatch(/empty/)
    expect(pinProblem('12a456')).toMatch(/digits only/)
    expect(pinProblem(' 123456')).toMatch(/digits only/)
    expect(pinProblem('12345')).toMatch(/at least 6 digits/)
    expect(pinProblem('1234567890123')).toMatch(/at most 12/)
    expect(pinProblem('123456')).toBeNull()
  })
})

describe('lockout with exponential back-off', () => {
  const guess = (state: GuardState, times: number, at: number) => {
    let s = state
    for (let i = 0; i < times; i++) s = recordGuess(s, false, at)
    return s
  }

  it('locks after MAX_ATTEMPTS wrong guesses, then doubles with each further wrong guess', () => {
    let s = guess(FRESH_GUARD, MAX_ATTEMPTS - 1, 1000)
    expect(lockedFor(s, 1000), 'not yet').toBe(0)
    s = recordGuess(s, false, 1000)
    expect(lockedFor(s, 1000), 'first lockout').toBe(LOCKOUT_MS)
    const t = 1000 + LOCKOUT_MS
    expect(lockedFor(s, t), 'over').toBe(0)
    s = recordGuess(s, false, t)
    expect(lockedFor(s, t), 'second lockout doubles').toBe(2 * LOCKOUT_MS)
    s = recordGuess(s, false, t + 2 * LOCKOUT_MS)
    expect(lockedFor(s, t + 2 * LOCKOUT_MS), 'third').toBe(4 * LOCKOUT_MS)
  })

  it('never locks longer than MAX_LOCKOUT_MS, even with the clock set back', () => {
    let s: GuardState = FRESH_GUARD
    let t = 0
    for (let i = 0; i < 40; i++) {
      s = recordGuess(s, false, t)
      t += lockedFor(s, t)
    }
    expect(lockedFor(s, t - 1)).toBeLessThanOrEqual(MAX_LOCKOUT_MS)
    expect(lockedFor({ ...s, lockedUntil: 10 ** 15 }, 0), 'a clock far behind').toBe(MAX_LOCKOUT_MS)
  })

  it('counts wrong guesses per window: after a quiet window they are forgiven', () => {
    let s = guess(FRESH_GUARD, MAX_ATTEMPTS - 1, 0)
    s = recordGuess(s, false, FAILURE_WINDOW_MS + 1)
    expect(s.failures, 'a new window').toBe(1)
    expect(lockedFor(s, FAILURE_WINDOW_MS + 1)).toBe(0)
  })

  it('a right PIN clears everything', () => {
    const s = recordGuess(guess(FRESH_GUARD, 3, 0), true, 10)
    expect(s).toEqual(FRESH_GUARD)
  })

  it('survives a restart (kept in a file) and reads a damaged file as fresh', () => {
    const folder = mkdtempSync(join(tmpdir(), 'pin-guard-'))
    const first = new PinGuard(folder)
    for (let i = 0; i < MAX_ATTEMPTS; i++) first.record(false, 5000)
    expect(first.lockedFor(5000)).toBe(LOCKOUT_MS)
    const afterRestart = new PinGuard(folder)
    expect(afterRestart.lockedFor(5000), 'the lockout is still there').toBe(LOCKOUT_MS)
    expect(JSON.parse(readFileSync(join(folder, 'admin-lockout.json'), 'utf8'))).toMatchObject({
      lockouts: 1
    })
    writeFileSync(join(folder, 'admin-lockout.json'), '{ broken')
    expect(new PinGuard(folder).lockedFor(5000)).toBe(0)
    expect(parseGuard('{"failures":-3,"lockouts":"x","lockedUntil":1e400}')).toEqual(FRESH_GUARD)
  })
})
