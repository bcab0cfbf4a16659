/**
 * The attract loop: after a quiet spell the show goes back to its first slide and plays itself,
 * each slide for its own duration, round and round, until somebody touches it.
 */

/** What the attract loop needs from the deck: a narrow view, not the whole show. */
export interface AttractDeck {
  readonly index: number
  first(): boolean
  next(options: { wrap: boolean }): boolean
}

export interface AttractOptions {
  /** Milliseconds without input before the loop starts; `null` never starts it by itself. */
  idleMs: number | null
  /** Milliseconds slide `i` stays up. */
  durationOf(index: number): number
  /** Called as the loop starts (e.g. to close the overview and return to Chinese). */
  onStart?: () => void
}

export class AttractLoop {
  /** The loop is playing. */
  active = $state(false)
  /** When the current slide's timer started (Date.now()), for the progress indicator. */
  slideStartedAt = $state(0)
  /** How long the current slide stays up, for the progress indicator. */
  slideMs = $state(0)
  /** The slides play because a person pressed play (not because nobody is there). */
  byRequest = $state(false)
  /** Nobody is using the show and it plays by itself: the attract loop proper. */
  readonly unattended = $derived(this.active && !this.byRequest)
  /** How many times the loop has started (a step counter views and tests can watch). */
  starts = $state(0)

  #deck: AttractDeck
  #options: AttractOptions
  #idleTimer: ReturnType<typeof setTimeout> | undefined
  #slideTimer: ReturnType<typeof setTimeout> | undefined

  constructor(deck: AttractDeck, options: AttractOptions) {
    this.#deck = deck
    this.#options = options
  }

  /** (Re)starts the quiet-time countdown. */
  armIdle(): void {
    clearTimeout(this.#idleTimer)
    const idleMs = this.#options.idleMs
    if (idleMs !== null) this.#idleTimer = setTimeout(() => this.start(), idleMs)
  }

  /** Enters the loop now: first slide, then each slide for its duration. */
  start(): void {
    clearTimeout(this.#idleTimer)
    this.active = true
    this.byRequest = false
    this.starts += 1
    this.#options.onStart?.()
    this.#deck.first()
    this.#schedule()
  }

  /** Plays on from the current slide (the play button), without returning to the start. */
  play(): void {
    clearTimeout(this.#idleTimer)
    this.active = true
    this.byRequest = true
    this.#schedule()
  }

  /**
   * Plays along with another window's loop (presentation link): the same mode, the current
   * slide's full time again. The window that leads advances first and restarts this timer with
   * every change it shares, so this one only advances by itself if the leader goes away.
   */
  follow(byRequest: boolean): void {
    clearTimeout(this.#idleTimer)
    this.active = true
    this.byRequest = byRequest
    this.#schedule()
  }

  /** Leaves the loop (a person took over) and starts counting quiet time again. */
  stop(): void {
    clearTimeout(this.#slideTimer)
    this.active = false
    this.armIdle()
  }

  /** Stops every timer until `start()` (outside opening hours nothing plays or counts). */
  suspend(): void {
    clearTimeout(this.#idleTimer)
    clearTimeout(this.#slideTimer)
    this.active = false
  }

  /** Stops every timer for good. */
  dispose(): void {
    this.suspend()
  }

  #schedule(): void {
    clearTimeout(this.#slideTimer)
    const ms = this.#options.durationOf(this.#deck.index)
    this.slideStartedAt = Date.now()
    this.slideMs = ms
    this.#slideTimer = setTimeout(() => {
      if (!this.active) return
      this.#deck.next({ wrap: true })
      this.#schedule()
    }, ms)
  }
}
