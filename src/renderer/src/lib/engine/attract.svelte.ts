/**
 * The attract loop: after a quiet spell the show goes back to its first slide and plays itself,
 * each slide for its own duration, round and round, until somebody touches it.
 */

/**
 * Holding back the quiet-time countdown (the unlocked admin panel): while held, no quiet spell
 * starts the loop; on release the countdown starts afresh if it was running or was asked for.
 */
export interface IdleHold {
  hold(): void
  release(): void
}

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

export class AttractLoop implements IdleHold {
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
  /** The countdown is held back (see {@link hold}). */
  #held = false
  /** While held: whether the countdown should start on release. */
  #idleOnRelease = false

  constructor(deck: AttractDeck, options: AttractOptions) {
    this.#deck = deck
    this.#options = options
  }

  /** (Re)starts the quiet-time countdown; while held, it starts on release instead. */
  armIdle(): void {
    this.#clearIdle()
    const idleMs = this.#options.idleMs
    if (idleMs === null) return
    if (this.#held) this.#idleOnRelease = true
    else this.#idleTimer = setTimeout(() => this.start(), idleMs)
  }

  /**
   * Holds the quiet-time countdown back until {@link release}: no quiet spell starts the loop
   * meanwhile (the admin panel is open and unlocked). Input still counts as usual.
   */
  hold(): void {
    if (this.#held) return
    this.#held = true
    const counting = this.#idleTimer !== undefined
    this.#clearIdle()
    this.#idleOnRelease = counting
  }

  /** Ends the hold: a full quiet spell from now starts the loop, as after any input. */
  release(): void {
    if (!this.#held) return
    this.#held = false
    if (this.#idleOnRelease) this.armIdle()
    this.#idleOnRelease = false
  }

  #clearIdle(): void {
    clearTimeout(this.#idleTimer)
    this.#idleTimer = undefined
    this.#idleOnRelease = false
  }

  /** Enters the loop now: first slide, then each slide for its duration. */
  start(): void {
    this.#clearIdle()
    this.active = true
    this.byRequest = false
    this.starts += 1
    this.#options.onStart?.()
    this.#deck.first()
    this.#schedule()
  }

  /** Plays on from the current slide (the play button), without returning to the start. */
  play(): void {
    this.#clearIdle()
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
    this.#clearIdle()
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
    this.#clearIdle()
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
