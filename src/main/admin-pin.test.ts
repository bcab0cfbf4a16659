import { describe, expect, it } from 'vitest'
import { resolveAppConfig } from '@shared/app-config'
import { hashPin, LOCKOUT_MS, MAX_ATTEMPTS, PinGuard, verifyPin } from './admin-pin'

describe('admin PIN', () => {
  it('uses the documented default PIN when no hash is configured', () => {
    expect(verifyPin('2468', null)).toBe(true)
    expect(verifyPin('1234', null)).toBe(false)
    expect(verifyPin('', null)).toBe(false)
  })

  it('stores a salted hash that verifies only the right PIN', () => {
    const hash = hashPin('97531')
    expect(hash).toMatch(/^scrypt:[0-9a-f]{32}:[0-9a-f]{128}$/)
    expect(hash, 'the PIN is not in the hash').not.toContain('97531')
    expect(hashPin('97531'), 'a new salt each time').not.toBe(hash)
    expect(verifyPin('97531', hash)).toBe(true)
    expect(verifyPin('97530', hash)).toBe(false)
    expect(verifyPin('2468', hash), 'the default no longer works').toBe(false)
    expect(resolveAppConfig(JSON.stringify({ adminPinHash: hash }), []).problems).toEqual([])
  })

  it('refuses malformed stored hashes', () => {
    expect(verifyPin('2468', 'md5:abc')).toBe(false)
    expect(verifyPin('2468', 'scrypt::')).toBe(false)
  })

  it('locks out after repeated wrong guesses', () => {
    const guard = new PinGuard()
    for (let i = 0; i < MAX_ATTEMPTS - 1; i++) guard.record(false, 0)
    expect(guard.lockedFor(0)).toBe(0)
    guard.record(false, 1000)
    expect(guard.lockedFor(1000)).toBe(LOCKOUT_MS)
    expect(guard.lockedFor(1000 + LOCKOUT_MS)).toBe(0)
  })
})
