import { describe, expect, it } from 'vitest'
import { DeckState } from './deck.svelte'
import { trackPosition } from './track-position'

describe('trackPosition', () => {
  it('the current slide on stage, the others on their side', () => {
    const deck = new DeckState(5, 600, 2)
    expect([0, 1, 2, 3, 4].map((i) => trackPosition(i, deck))).toEqual([-1, -1, 0, 1, 1])
    deck.dispose()
  })

  it('the slide being left moves out against the move; under a jump it stays on stage', () => {
    const deck = new DeckState(5, 600, 2)
    deck.next()
    expect(trackPosition(2, deck)).toBe(-1)
    deck.prev()
    expect(trackPosition(3, deck)).toBe(1)
    deck.goTo(0)
    expect(trackPosition(2, deck), 'a jump: the slide left stays under the new one').toBe(0)
    expect(trackPosition(0, deck)).toBe(0)
    deck.dispose()
  })

  it('a slide put away waits where the wrap brings it in from: first after last, last before first', () => {
    const deck = new DeckState(5, 600, 4)
    expect(trackPosition(0, deck, true), 'the first slide, after the last').toBe(1)
    expect(trackPosition(0, deck), 'on show it stays at its own side').toBe(-1)
    expect(trackPosition(1, deck, true)).toBe(-1)
    deck.next({ wrap: true })
    expect(deck.index).toBe(0)
    expect(trackPosition(4, deck), 'the last slide leaves to the left').toBe(-1)
    deck.dispose()
    const back = new DeckState(5, 600, 0)
    expect(trackPosition(4, back, true), 'the last slide, before the first').toBe(-1)
    back.prev({ wrap: true })
    expect(trackPosition(0, back), 'the first slide leaves to the right').toBe(1)
    back.dispose()
  })

  it('two slides are each other’s only neighbour: no wrap side', () => {
    const deck = new DeckState(2, 600, 1)
    expect(trackPosition(0, deck, true)).toBe(-1)
    deck.dispose()
  })
})
