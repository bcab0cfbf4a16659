/**
 * Writes visitor analytics as JSON lines, one file per local day (`analytics/YYYY-MM-DD.jsonl` in
 * the user-data folder), without ever blocking the show: writes are queued and asynchronous, and a
 * full or read-only disk only pauses recording (with the reason, for the admin panel).
 * No Electron here, so it is unit-tested with real files.
 */
import { appendFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  dayOf,
  parseJsonLines,
  summarize,
  toCsv,
  type AnalyticsEvent,
  type AnalyticsSummary
} from '@shared/analytics'

/** Most events accepted in one batch from the renderer (anything more is not a real visit). */
export const MAX_BATCH = 500

export interface AnalyticsStatus {
  summary: AnalyticsSummary
  /** Recording stopped because the disk refused a write. */
  paused: boolean
  reason: string | null
}

export class AnalyticsStore {
  readonly dir: string
  #queue: Promise<void> = Promise.resolve()
  #paused: string | null = null

  constructor(dir: string) {
    this.dir = dir
  }

  get paused(): string | null {
    return this.#paused
  }

  /** Queues events for writing; resolves when they are written (or recording has paused). */
  record(events: readonly AnalyticsEvent[]): Promise<void> {
    const batch = Array.isArray(events) ? events.slice(0, MAX_BATCH) : []
    if (!batch.length || this.#paused) return this.#queue
    this.#queue = this.#queue.then(() => this.#write(batch))
    return this.#queue
  }

  async #write(events: readonly AnalyticsEvent[]): Promise<void> {
    if (this.#paused) return
    const byDay = new Map<string, string>()
    for (const e of events) {
      const line = `${JSON.stringify(e)}\n`
      byDay.set(dayOf(e.at), (byDay.get(dayOf(e.at)) ?? '') + line)
    }
    try {
      await mkdir(this.dir, { recursive: true })
      for (const [day, text] of byDay) await appendFile(join(this.dir, `${day}.jsonl`), text)
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error'
      this.#paused = `${code}: ${(err as Error).message}`
    }
  }

  /** Every recorded event, oldest file first. */
  async readAll(): Promise<AnalyticsEvent[]> {
    await this.#queue
    let files: string[]
    try {
      files = (await readdir(this.dir)).filter((f) => /^\d{4}-\d{2}-\d{2}\.jsonl$/.test(f)).sort()
    } catch {
      return []
    }
    const events: AnalyticsEvent[] = []
    for (const file of files)
      events.push(...parseJsonLines(await readFile(join(this.dir, file), 'utf8')))
    return events
  }

  async status(): Promise<AnalyticsStatus> {
    return {
      summary: summarize(await this.readAll()),
      paused: this.#paused !== null,
      reason: this.#paused
    }
  }

  /** Writes every event as CSV to `file`. */
  async exportCsv(file: string): Promise<string> {
    await writeFile(file, toCsv(await this.readAll()))
    return file
  }
}
