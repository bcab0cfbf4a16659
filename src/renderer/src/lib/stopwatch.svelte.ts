/**
 * The presenter's stopwatch: time since the talk started, which the presenter can pause, resume
 * and reset. It reads a monotonic clock (`performance.now` unless one is given), so a wall-clock
 * change (daylight saving, a network time correction) during a talk does not move it.
 */

/** How often a running stopwatch updates what the view shows: the display is in whole seconds. */
export const STOPWATCH_TICK_MS = 1000

export class Stopwatch {
  /** Whether it is counting. */
  running = $state(true)
  /** Milliseconds counted up to `#since` (the runs before the current one). */
  #counted = $state(0)
  /** Clock reading when the current run began. */
  #since = $state(0)
  /** Clock reading at the last update (a tick, or a change made by the presenter). */
  #reading = $state(0)
  readonly #now: () => number

  /** Starts counting at once, from zero. */
  constructor(now: () => number = () => performance.now()) {
    this.#now = now
    this.#since = now()
    this.#reading = this.#since
  }

  /** Milliseconds counted, as of the last tick or change. */
  readonly elapsedMs = $derived(this.#counted + (this.running ? this.#reading - this.#since : 0))

  /** Reads the clock again (the view's once-a-second tick). */
  tick(): void {
    this.#reading = this.#now()
  }

  /** Counts on from where it stopped. */
  start(): void {
    if (this.running) return
    this.#since = this.#now()
    this.#reading = this.#since
    this.running = true
  }

  /** Stops counting, keeping the time counted so far. */
  pause(): void {
    if (!this.running) return
    this.tick()
    this.#counted += this.#reading - this.#since
    this.running = false
  }

  /** Pauses a running stopwatch, starts a paused one. */
  toggle(): void {
    if (this.running) this.pause()
    else this.start()
  }

  /** Back to zero; a running stopwatch keeps running from there, a paused one stays paused. */
  reset(): void {
    this.#counted = 0
    this.#since = this.#now()
    this.#reading = this.#since
  }

  /** Ticks every {@link STOPWATCH_TICK_MS} until the returned function is called. */
  run(): () => void {
    const timer = setInterval(() => this.tick(), STOPWATCH_TICK_MS)
    return () => clearInterval(timer)
  }
}

/** `mm:ss`, or `h:mm:ss` from an hour on; negative times read as zero. */
export function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000))
  const h = Math.floor(s / 3600)
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0')
  const ss = String(s % 60).padStart(2, '0')
  return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}
