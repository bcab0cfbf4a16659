/**
 * Navigation state of the deck: which slide is current, where the last move came from, and the
 * drag offset while a finger holds the slide. DOM-free; the view renders purely from these fields,
 * so an interrupted transition can never leave the deck stuck between slides.
 */

/** How far (as a fraction of the drag) the deck gives when dragged past its first or last slide. */
export const EDGE_RESISTANCE = 0.3

export interface MoveOptions {
  /** Allow last → first and first → last (the attract loop does; a person does not). */
  wrap?: boolean
}

export class DeckState {
  /** Number of slides. */
  readonly count: number
  /** Current slide. */
  index = $state(0)
  /** Slide being left while a transition runs, else `null`. */
  previous = $state<number | null>(null)
  /** 1 when the last move went forward, -1 when it went back. */
  direction = $state<1 | -1>(1)
  /** The last move skipped slides (overview, hub, digits): the view crossfades. */
  jump = $state(false)
  /** Horizontal drag offset as a fraction of the stage width (positive: towards previous). */
  dragOffset = $state(0)
  /** A pointer is dragging the slides. */
  dragging = $state(false)
  /** A transition is running. */
  readonly transitioning = $derived(this.previous !== null)

  /** Milliseconds a transition takes (shorter with reduced motion: controllers/reduced-motion). */
  transitionMs = $state(0)

  #timer: ReturnType<typeof setTimeout> | undefined

  constructor(count: number, transitionMs: number, start = 0) {
    if (count < 1) throw new RangeError('a deck needs at least one slide')
    this.count = count
    this.transitionMs = transitionMs
    this.index = this.#clamp(start)
  }

  get isFirst(): boolean {
    return this.index === 0
  }

  get isLast(): boolean {
    return this.index === this.count - 1
  }

  /** Goes to a slide; out-of-range targets are clamped. Returns whether the slide changed. */
  goTo(target: number): boolean {
    const to = this.#clamp(Math.trunc(target))
    if (to === this.index) {
      this.#cancelDrag()
      return false
    }
    const delta = to - this.index
    this.#move(to, delta > 0 ? 1 : -1, Math.abs(delta) > 1)
    return true
  }

  next(options: MoveOptions = {}): boolean {
    if (!this.isLast) return this.goTo(this.index + 1)
    if (!options.wrap || this.count === 1) return this.#refuse()
    this.#move(0, 1, false)
    return true
  }

  prev(options: MoveOptions = {}): boolean {
    if (!this.isFirst) return this.goTo(this.index - 1)
    if (!options.wrap || this.count === 1) return this.#refuse()
    this.#move(this.count - 1, -1, false)
    return true
  }

  first(): boolean {
    return this.goTo(0)
  }

  last(): boolean {
    return this.goTo(this.count - 1)
  }

  /** A pointer took hold of the slides. */
  dragStart(): void {
    this.dragging = true
    this.dragOffset = 0
  }

  /** The pointer moved; `fraction` of the stage width, positive to the right. */
  dragMove(fraction: number): void {
    if (!this.dragging) return
    const pastStart = this.isFirst && fraction > 0
    const pastEnd = this.isLast && fraction < 0
    const limited = Math.max(-1, Math.min(1, fraction))
    this.dragOffset = pastStart || pastEnd ? limited * EDGE_RESISTANCE : limited
  }

  /** The pointer let go: 1 goes forward, -1 back, 0 springs back. */
  dragEnd(step: -1 | 0 | 1): boolean {
    if (!this.dragging) return false
    this.dragging = false
    this.dragOffset = 0
    if (step === 1) return this.next()
    if (step === -1) return this.prev()
    return false
  }

  /** Stops timers (when the deck is thrown away). */
  dispose(): void {
    clearTimeout(this.#timer)
  }

  #move(to: number, direction: 1 | -1, jump: boolean): void {
    this.previous = this.index
    this.direction = direction
    this.jump = jump
    this.index = to
    this.dragging = false
    this.dragOffset = 0
    // Restarting the timer on every move is what makes transitions interruptible: the last
    // move always gets its full transition, and the view only ever renders `index`.
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => {
      this.previous = null
      this.jump = false
    }, this.transitionMs)
  }

  #refuse(): boolean {
    this.#cancelDrag()
    return false
  }

  #cancelDrag(): void {
    this.dragging = false
    this.dragOffset = 0
  }

  #clamp(i: number): number {
    return Math.max(0, Math.min(this.count - 1, Number.isFinite(i) ? i : 0))
  }
}
