/**
 * Writes visitor analytics as JSON lines, one file per local day (`analytics/YYYY-MM-DD.jsonl` in
 * the user-data folder), without ever blocking the show: writes are queued and asynchronous, and a
 * full or read-only disk only pauses recording (with the reason, for the admin panel).
 *
 * What the renderer sends is untrusted: every event is checked against the shared schema at this
 * door, and invalid events, events over the rate limit and events that would grow a day's file
 * past its cap are dropped and counted. No error ever stops the write queue.
 * No Electron here, so it is unit-tested with real files.
 */
import { appendFile, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  ALL_DAYS,
  dayInRange,
  dayOf,
  eventsIn,
  MAX_CLOCK_SKEW_MS,
  parseEvent,
  parseJsonLines,
  summarize,
  toCsv,
  type AnalyticsEvent,
  type AnalyticsSummary,
  type DayRange
} from '@shared/analytics'

/** Most events accepted in one batch from the renderer (anything more is not a real visit). */
export const MAX_BATCH = 500
/**
 * Most events kept per minute. A visitor swiping as fast as they can makes about two views a
 * second (~120 a minute); anything far beyond is a loop or an attack, not a visit.
 */
export const MAX_EVENTS_PER_MINUTE = 600
/**
 * Largest a day's file may grow. A busy day (10,000 views of ~150 bytes) is about 1.5 MB; the cap
 * keeps a flood from filling the disk. Events beyond it are dropped and counted.
 */
export const MAX_DAY_BYTES = 8 * 1024 * 1024
/** Larger stored files are skipped when reading (they were not written by this store). */
export const MAX_READ_BYTES = MAX_DAY_BYTES + 1024 * 1024

const MINUTE_MS = 60_000

export interface AnalyticsStatus {
  summary: AnalyticsSummary
  /** Recording stopped because the disk refused a write. */
  paused: boolean
  reason: string | null
  /** Events dropped since start: invalid, over the rate limit or over the day's file cap. */
  dropped: number
}

export class AnalyticsStore {
  readonly dir: string
  readonly #now: () => number
  #queue: Promise<void> = Promise.resolve()
  #paused: string | null = null
  #dropped = 0
  /** Start of the current rate window and the events accepted in it. */
  #window = { start: 0, count: 0 }
  /** Bytes in each day's file, as far as this store knows (read from disk once per day). */
  readonly #daySize = new Map<string, number>()

  constructor(dir: string, now: () => number = Date.now) {
    this.dir = dir
    this.#now = now
  }

  get paused(): string | null {
    return this.#paused
  }

  /** Events dropped since start (invalid, over the rate limit, over the day's cap). */
  get dropped(): number {
    return this.#dropped
  }

  /**
   * Queues events for writing; resolves when they are written (or dropped, or recording has
   * paused). Accepts anything: what is not a valid event is dropped and counted. Never rejects.
   */
  record(events: unknown): Promise<void> {
    if (!Array.isArray(events)) {
      this.#dropped += 1
      return this.#queue
    }
    const now = this.#now()
    const batch: AnalyticsEvent[] = []
    const items: unknown[] = events
    if (items.length > MAX_BATCH) this.#dropped += items.length - MAX_BATCH
    for (const item of items.slice(0, MAX_BATCH)) {
      const event = parseEvent(item)
      if (!event || event.at > now + MAX_CLOCK_SKEW_MS) this.#dropped += 1
      else if (this.#overRate(now)) this.#dropped += 1
      else batch.push(event)
    }
    if (!batch.length || this.#paused) {
      if (this.#paused) this.#dropped += batch.length
      return this.#queue
    }
    this.#queue = this.#queue
      .then(() => this.#write(batch))
      .catch(() => {
        // #write handles its own errors; this only keeps the queue alive whatever happens.
      })
    return this.#queue
  }

  /** Counts one event against the per-minute limit; true when the limit is already reached. */
  #overRate(now: number): boolean {
    if (now - this.#window.start >= MINUTE_MS || now < this.#window.start) {
      this.#window = { start: now, count: 0 }
    }
    if (this.#window.count >= MAX_EVENTS_PER_MINUTE) return true
    this.#window.count += 1
    return false
  }

  async #write(events: readonly AnalyticsEvent[]): Promise<void> {
    if (this.#paused) return
    const byDay = new Map<string, string[]>()
    for (const e of events) {
      const day = dayOf(e.at)
      byDay.set(day, [...(byDay.get(day) ?? []), `${JSON.stringify(e)}\n`])
    }
    try {
      await mkdir(this.dir, { recursive: true })
      for (const [day, lines] of byDay) {
        const file = join(this.dir, `${day}.jsonl`)
        let size = this.#daySize.get(day) ?? (await sizeOf(file))
        let text = ''
        for (const line of lines) {
          const bytes = Buffer.byteLength(line)
          if (size + bytes > MAX_DAY_BYTES) this.#dropped += 1
          else {
            text += line
            size += bytes
          }
        }
        this.#daySize.set(day, size)
        if (text) await appendFile(file, text)
      }
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error'
      this.#paused = `${code}: ${(err as Error).message}`
    }
  }

  /**
   * Every recorded event of the local days in `range` (default: all), oldest file first;
   * unreadable files and lines are skipped. Files of days outside the range are not read.
   */
  async readAll(range: DayRange = ALL_DAYS): Promise<AnalyticsEvent[]> {
    await this.#queue
    let files: string[]
    try {
      files = (await readdir(this.dir))
        .filter((f) => /^\d{4}-\d{2}-\d{2}\.jsonl$/.test(f) && dayInRange(f.slice(0, 10), range))
        .sort()
    } catch {
      return []
    }
    const events: AnalyticsEvent[] = []
    for (const file of files) {
      try {
        const path = join(this.dir, file)
        const info = await stat(path)
        if (!info.isFile() || info.size > MAX_READ_BYTES) continue
        events.push(...parseJsonLines(await readFile(path, 'utf8')))
      } catch {
        // A file that cannot be read is left out of the summary, never fatal.
      }
    }
    // A day's file holds the events of that local day when written; a changed time zone since
    // could move a few across midnight, so the events are held to the range too.
    return eventsIn(events, range)
  }

  /** The summary of the days in `range` (default: all) and the recording state. */
  async status(range: DayRange = ALL_DAYS): Promise<AnalyticsStatus> {
    return {
      summary: summarize(await this.readAll(range)),
      paused: this.#paused !== null,
      reason: this.#paused,
      dropped: this.#dropped
    }
  }

  /** Writes the events of the days in `range` (default: all) as CSV to `file`. */
  async exportCsv(file: string, range: DayRange = ALL_DAYS): Promise<string> {
    await writeFile(file, toCsv(await this.readAll(range)))
    return file
  }
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size
  } catch {
    return 0
  }
}
