import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DeckState, EDGE_RESISTANCE } from './deck.svelte'

describe('DeckState navigation', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('moves within bounds and does not wrap while a person drives', () => {
    const deck = new DeckState(3, 500)
    expect(deck.prev(), 'prev on the first slide').toBe(false)
    expect(deck.index).toBe(0)
    expect(deck.next()).toBe(true)
    expect(deck.next()).toBe(true)
    expect(deck.next(), 'next on the last slide').toBe(false)
    expect(deck.index, 'index after running off the end').toBe(2)
    expect(deck.first()).toBe(true)
    expect(deck.index).toBe(0)
    expect(deck.last()).toBe(true)
    expect(deck.index).toBe(2)
  })

  it('wraps around when asked (the attract loop)', () => {
    const deck = new DeckState(3, 500, 2)
    expect(deck.next({ wrap: true })).toBe(true)
    expect(deck.index, 'index after wrapping forward').toBe(0)
    expect(deck.direction, 'a wrap forward still moves forward').toBe(1)
    expect(deck.jump, 'a wrap is a one-step move, not a jump').toBe(false)
    expect(deck.prev({ wrap: true })).toBe(true)
    expect(deck.index, 'index after wrapping back').toBe(2)
  })

  it('clamps go-to targets and marks jumps', () => {
    const deck = new DeckState(10, 500)
    deck.goTo(99)
    expect(deck.index, 'clamped to the last slide').toBe(9)
    expect(deck.jump, 'skipping slides is a jump').toBe(true)
    deck.goTo(-4)
    expect(deck.index, 'clamped to the first slide').toBe(0)
    expect(deck.goTo(Number.NaN), 'NaN goes nowhere').toBe(false)
  })

  it('ends a transition after its time and survives being interrupted', () => {
    const deck = new DeckState(5, 500)
    deck.next()
    expect(deck.transitioning).toBe(true)
    expect(deck.previous).toBe(0)
    vi.advanceTimersByTime(300)
    deck.next()
    vi.advanceTimersByTime(300)
    deck.next()
    expect(deck.previous, 'the interrupted move is the one being left').toBe(2)
    expect(deck.transitioning, 'still moving right after the last input').toBe(true)
    vi.advanceTimersByTime(499)
    expect(deck.transitioning).toBe(true)
    vi.advanceTimersByTime(1)
    expect(deck.transitioning, 'settled one transition after the last move').toBe(false)
    expect(deck.index).toBe(3)
    expect(deck.dragOffset).toBe(0)
  })

  it('follows a drag, resists past the ends and commits or springs back', () => {
    const deck = new DeckState(3, 500)
    deck.dragStart()
    deck.dragMove(0.5)
    expect(deck.dragOffset, 'dragging back past the first slide resists').toBeCloseTo(
      0.5 * EDGE_RESISTANCE
    )
    deck.dragMove(-0.1)
    expect(deck.dragOffset).toBeCloseTo(-0.1)
    expect(deck.dragEnd(0), 'a short drag springs back').toBe(false)
    expect(deck.index).toBe(0)
    expect(deck.dragOffset).toBe(0)
    deck.dragStart()
    deck.dragMove(-0.4)
    expect(deck.dragEnd(1)).toBe(true)
    expect(deck.index, 'a committed drag moves one slide').toBe(1)
    expect(deck.dragging).toBe(false)
  })

  it('a navigation during a drag ends the drag', () => {
    const deck = new DeckState(3, 500)
    deck.dragStart()
    deck.dragMove(-0.2)
    deck.next()
    expect(deck.dragging).toBe(false)
    expect(deck.dragOffset).toBe(0)
    expect(deck.dragEnd(1), 'the late pointer-up does nothing').toBe(false)
    expect(deck.index).toBe(1)
  })
})
