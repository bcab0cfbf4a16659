/**
 * Where each slide of the track stands, in stage widths: 0 on stage, ±1 just off either side.
 * The slide track moves its slides to these places (transforms only).
 */

/** What the placement reads of the deck. */
export interface TrackDeck {
  readonly index: number
  readonly previous: number | null
  readonly direction: 1 | -1
  readonly jump: boolean
  readonly count: number
}

/**
 * Slide `i`'s place. The slide being left moves out against the direction of the move (a jump
 * keeps it in place under the slide fading in). A slide put away (`away`: built, out of sight)
 * waits on the side it would come in from: for the attract loop's wrap, the first slide is the
 * last one's next, and the last the first one's previous.
 */
export function trackPosition(i: number, deck: TrackDeck, away = false): number {
  if (i === deck.index) return 0
  if (i === deck.previous) return deck.jump ? 0 : -deck.direction
  if (away && deck.count > 2) {
    if (deck.index === deck.count - 1 && i === 0) return 1
    if (deck.index === 0 && i === deck.count - 1) return -1
  }
  return Math.sign(i - deck.index)
}
