/**
 * The `host:log` door: what a renderer asks main to write into the log is untrusted input. It is
 * validated, cut to length, stripped of control and bidi characters (no forged log lines, no
 * terminal escapes) and rate-limited, so a page in a loop cannot fill the disk.
 */
import * as v from 'valibot'
import type { RendererLogEntry } from '@shared/ipc'

/** Longest message kept, in characters. */
export const LOG_MESSAGE_MAX = 2000
/** Renderer log lines accepted per window of {@link LOG_RATE_WINDOW_MS}; the rest are counted. */
export const LOG_RATE_MAX = 30
export const LOG_RATE_WINDOW_MS = 60_000

const Entry = v.object({
  level: v.picklist(['warn', 'error']),
  message: v.pipe(v.string(), v.maxLength(100_000))
})

// C0 and C1 controls (newlines too: one entry is one log line), and bidi overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g

/** A safe entry to log, or null when `entry` is not a log entry at all. */
export function sanitizeLogEntry(entry: unknown): RendererLogEntry | null {
  const parsed = v.safeParse(Entry, entry)
  if (!parsed.success) return null
  const message = parsed.output.message.replace(UNSAFE, ' ').trim().slice(0, LOG_MESSAGE_MAX)
  return { level: parsed.output.level, message }
}

/** A fixed-window rate limit: `allow()` is true for the first `max` calls of each window. */
export class RateLimit {
  #windowStart = -Infinity
  #count = 0
  /** Calls refused since the last {@link takeDropped}. */
  #dropped = 0

  constructor(
    readonly max: number,
    readonly windowMs: number,
    readonly now: () => number = Date.now
  ) {}

  allow(): boolean {
    const t = this.now()
    if (t - this.#windowStart >= this.windowMs || t < this.#windowStart) {
      this.#windowStart = t
      this.#count = 0
    }
    if (this.#count < this.max) {
      this.#count += 1
      return true
    }
    this.#dropped += 1
    return false
  }

  /** How many calls were refused since the last time this was asked (then resets). */
  takeDropped(): number {
    const n = this.#dropped
    this.#dropped = 0
    return n
  }
}
