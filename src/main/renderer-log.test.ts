import { describe, expect, it } from 'vitest'
import { LOG_MESSAGE_MAX, RateLimit, sanitizeLogEntry } from './renderer-log'

describe('host:log input', () => {
  it('refuses what is not a log entry', () => {
    for (const bad of [null, undefined, 'text', 42, [], {}, { level: 'info', message: 'x' }])
      expect(sanitizeLogEntry(bad), JSON.stringify(bad)).toBeNull()
    expect(sanitizeLogEntry({ level: 'warn', message: { toString: () => 'x' } })).toBeNull()
  })

  it('keeps one line: control characters, newlines and bidi overrides are replaced', () => {
    const entry = sanitizeLogEntry({
      level: 'error',
      message: 'boom\n2026-12-01 info: [admin] unlock granted\u001b[31m\u202eevil'
    })
    expect(entry).toEqual({
      level: 'error',
      message: 'boom 2026-12-01 info: [admin] unlock granted [31m evil'
    })
  })

  it('cuts long messages', () => {
    const entry = sanitizeLogEntry({ level: 'warn', message: 'x'.repeat(50_000) })
    expect(entry?.message.length).toBe(LOG_MESSAGE_MAX)
  })
})

describe('RateLimit', () => {
  it('allows max per window, counts the rest, and opens again in the next window', () => {
    let t = 0
    const limit = new RateLimit(3, 1000, () => t)
    expect([1, 2, 3, 4, 5].map(() => limit.allow())).toEqual([true, true, true, false, false])
    expect(limit.takeDropped()).toBe(2)
    expect(limit.takeDropped()).toBe(0)
    t = 999
    expect(limit.allow()).toBe(false)
    t = 1000
    expect(limit.allow()).toBe(true)
  })

  it('a clock set back starts a new window instead of locking forever', () => {
    let t = 10_000
    const limit = new RateLimit(1, 1000, () => t)
    expect(limit.allow()).toBe(true)
    t = 0
    expect(limit.allow()).toBe(true)
  })
})
