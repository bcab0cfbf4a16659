/**
 * The admin PIN: stored only as a salted scrypt hash, compared in constant time, with a lockout
 * after repeated wrong guesses.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import { DEFAULT_ADMIN_PIN } from '@shared/app-config'

const KEY_LENGTH = 64

/** Makes `scrypt:<salt>:<key>` for a PIN (what `--hash-pin` prints). */
export function hashPin(pin: string, salt = randomBytes(16)): string {
  return `scrypt:${salt.toString('hex')}:${scryptSync(pin, salt, KEY_LENGTH).toString('hex')}`
}

/** Whether `pin` matches the stored hash (or the default PIN when none is set). */
export function verifyPin(pin: string, stored: string | null): boolean {
  if (stored === null) {
    const a = Buffer.from(pin)
    const b = Buffer.from(DEFAULT_ADMIN_PIN)
    return a.length === b.length && timingSafeEqual(a, b)
  }
  const [scheme, saltHex, keyHex] = stored.split(':')
  if (scheme !== 'scrypt' || !saltHex || !keyHex) return false
  const expected = Buffer.from(keyHex, 'hex')
  const actual = scryptSync(pin, Buffer.from(saltHex, 'hex'), expected.length)
  return timingSafeEqual(actual, expected)
}

/** Wrong guesses allowed before a lockout, and how long it lasts. */
export const MAX_ATTEMPTS = 5
export const LOCKOUT_MS = 60_000

/** Counts wrong guesses; after {@link MAX_ATTEMPTS} it refuses every guess for {@link LOCKOUT_MS}. */
export class PinGuard {
  #failures = 0
  #lockedUntil = 0

  /** Milliseconds left of a lockout at `now`, or 0. */
  lockedFor(now: number): number {
    return Math.max(0, this.#lockedUntil - now)
  }

  /** Records the outcome of a guess made at `now`. */
  record(ok: boolean, now: number): void {
    if (ok) {
      this.#failures = 0
      return
    }
    this.#failures += 1
    if (this.#failures >= MAX_ATTEMPTS) {
      this.#failures = 0
      this.#lockedUntil = now + LOCKOUT_MS
    }
  }
}
