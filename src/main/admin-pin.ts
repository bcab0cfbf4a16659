/**
 * The admin PIN: stored only as a salted scrypt hash, compared in constant time. There is no
 * default PIN: until `adminPinHash` is set, the admin escape is disabled. Wrong guesses lock the
 * pad with an exponential back-off that is kept in a file, so a restart does not reset it.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const KEY_LENGTH = 64

/** Shortest and longest PIN `--hash-pin` accepts (digits only: the pad has only digits). */
export const PIN_MIN_DIGITS = 6
export const PIN_MAX_DIGITS = 12

/** Why `pin` cannot become the admin PIN, or null when it can. */
export function pinProblem(pin: string): string | null {
  if (pin.length === 0) return 'the PIN is empty'
  if (!/^[0-9]+$/.test(pin)) return 'the PIN must be digits only (the PIN pad has only digits)'
  if (pin.length < PIN_MIN_DIGITS) return `the PIN must have at least ${PIN_MIN_DIGITS} digits`
  if (pin.length > PIN_MAX_DIGITS) return `the PIN must have at most ${PIN_MAX_DIGITS} digits`
  return null
}

/** Makes `scrypt:<salt>:<key>` for a PIN (what `--hash-pin` prints). */
export function hashPin(pin: string, salt = randomBytes(16)): string {
  return `scrypt:${salt.toString('hex')}:${scryptSync(pin, salt, KEY_LENGTH).toString('hex')}`
}

/** Whether `pin` matches a stored `scrypt:<salt>:<key>` hash; anything malformed is false. */
export function verifyPin(pin: string, stored: string): boolean {
  if (typeof pin !== 'string' || pin.length > PIN_MAX_DIGITS || !/^[0-9]*$/.test(pin)) return false
  const [scheme, saltHex, keyHex] = stored.split(':')
  if (scheme !== 'scrypt' || !saltHex || !keyHex) return false
  const expected = Buffer.from(keyHex, 'hex')
  if (expected.length === 0) return false
  const actual = scryptSync(pin, Buffer.from(saltHex, 'hex'), expected.length)
  return timingSafeEqual(actual, expected)
}

/** Wrong guesses allowed before the first lockout. */
export const MAX_ATTEMPTS = 5
/** The first lockout; each wrong guess after a lockout doubles it, up to {@link MAX_LOCKOUT_MS}. */
export const LOCKOUT_MS = 60_000
export const MAX_LOCKOUT_MS = 60 * 60_000
/** Wrong guesses are counted within this window: after as long without one, all is forgiven. */
export const FAILURE_WINDOW_MS = 60 * 60_000

/** What the guard remembers (and keeps in `admin-lockout.json`). */
export interface GuardState {
  /** Wrong guesses since the last lockout (or since the window began). */
  failures: number
  /** Lockouts so far in this window: the next one lasts `LOCKOUT_MS × 2^lockouts`. */
  lockouts: number
  /** Epoch ms until which every guess is refused. */
  lockedUntil: number
  /** Epoch ms of the latest wrong guess. */
  lastFailureAt: number
}

export const FRESH_GUARD: Readonly<GuardState> = Object.freeze({
  failures: 0,
  lockouts: 0,
  lockedUntil: 0,
  lastFailureAt: 0
})

/**
 * Milliseconds left of a lockout at `now`, or 0. A clock set back never stretches a lockout past
 * its longest length.
 */
export function lockedFor(state: GuardState, now: number): number {
  return Math.min(MAX_LOCKOUT_MS, Math.max(0, state.lockedUntil - now))
}

/** The guard after a guess made at `now`. */
export function recordGuess(state: GuardState, ok: boolean, now: number): GuardState {
  if (ok) return { ...FRESH_GUARD }
  const forgiven = now - state.lastFailureAt > FAILURE_WINDOW_MS || now < state.lastFailureAt
  const base = forgiven ? { ...FRESH_GUARD } : { ...state }
  const failures = base.failures + 1
  if (base.lockouts === 0 && failures < MAX_ATTEMPTS)
    return { ...base, failures, lastFailureAt: now }
  const lockout = Math.min(MAX_LOCKOUT_MS, LOCKOUT_MS * 2 ** base.lockouts)
  return {
    failures: 0,
    lockouts: base.lockouts + 1,
    lockedUntil: now + lockout,
    lastFailureAt: now
  }
}

/** Reads a stored guard; anything unreadable is a fresh guard. */
export function parseGuard(text: string): GuardState {
  try {
    const data = JSON.parse(text) as Partial<Record<keyof GuardState, unknown>>
    const n = (v: unknown): number =>
      typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : 0
    return {
      failures: Math.min(n(data.failures), MAX_ATTEMPTS),
      lockouts: Math.min(n(data.lockouts), 32),
      lockedUntil: n(data.lockedUntil),
      lastFailureAt: n(data.lastFailureAt)
    }
  } catch {
    return { ...FRESH_GUARD }
  }
}

/** The guard kept in `<userData>/admin-lockout.json`, written atomically after every guess. */
export class PinGuard {
  #state: GuardState
  readonly #file: string | null

  constructor(folder: string | null) {
    this.#file = folder ? join(folder, 'admin-lockout.json') : null
    let text = ''
    try {
      if (this.#file) text = readFileSync(this.#file, 'utf8')
    } catch {
      text = ''
    }
    this.#state = parseGuard(text)
  }

  lockedFor(now: number): number {
    return lockedFor(this.#state, now)
  }

  record(ok: boolean, now: number): void {
    this.#state = recordGuess(this.#state, ok, now)
    if (!this.#file) return
    try {
      writeFileSync(`${this.#file}.tmp`, JSON.stringify(this.#state))
      renameSync(`${this.#file}.tmp`, this.#file)
    } catch {
      // An unwritable profile keeps the lockout in memory for this run.
    }
  }
}
