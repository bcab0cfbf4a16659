/**
 * A small deck for the renderer's unit tests: `count` quote slides with ids `s0`, `s1`, … and
 * the quote "Quote 0", "Quote 1", … in both languages, 8 seconds each in the attract loop.
 */
import type { Deck } from '@shared/content'

export function quoteDeck(count: number): Deck {
  const text = (s: string) => ({ zh: s, en: s })
  return {
    version: 1,
    title: text('Deck'),
    defaultDuration: 8,
    slides: Array.from({ length: count }, (_, i) => ({
      id: `s${i}`,
      type: 'quote' as const,
      quote: text(`Quote ${i}`)
    }))
  }
}
