import { describe, expect, it } from 'vitest'
import {
  DECK_DIGEST_START,
  PRERENDER_END,
  PRERENDER_START,
  frameDeckDigest,
  pageForDeck,
  withoutPrerender
} from './prerender'

const DIGEST = 'a'.repeat(64)
/** A built page whose frame was drawn from the deck with {@link DIGEST}. */
const PAGE = `<body><div id="app">${PRERENDER_START}${DECK_DIGEST_START}${DIGEST}--><!--[--><h1>人文渝中</h1><!--]-->${PRERENDER_END}</div></body>`
const WITHOUT = '<body><div id="app"></div></body>'

describe('withoutPrerender', () => {
  it('drops the frame between the markers, and only that', () => {
    expect(withoutPrerender(PAGE)).toBe(WITHOUT)
  })

  it('leaves a page without a frame (or with a broken one) as it is', () => {
    expect(withoutPrerender(WITHOUT)).toBe(WITHOUT)
    const unclosed = `<body><div id="app">${PRERENDER_START}</div></body>`
    expect(withoutPrerender(unclosed)).toBe(unclosed)
    const reversed = `<body><div id="app">${PRERENDER_END}</div>${PRERENDER_START}</body>`
    expect(withoutPrerender(reversed)).toBe(reversed)
  })
})

describe('pageForDeck', () => {
  it('keeps the frame only for the deck it was drawn from, when the show is the first view', () => {
    expect(frameDeckDigest(PAGE)).toBe(DIGEST)
    expect(pageForDeck(PAGE, DIGEST, true)).toBe(PAGE)
    expect(pageForDeck(PAGE, 'b'.repeat(64), true), 'another deck').toBe(WITHOUT)
    expect(pageForDeck(PAGE, null, true), 'no deck').toBe(WITHOUT)
    expect(pageForDeck(PAGE, DIGEST, false), 'opening hours').toBe(WITHOUT)
  })

  it('leaves a page with no frame drawn (a development page: empty markers) as it is', () => {
    const empty = `<body><div id="app">${PRERENDER_START}${PRERENDER_END}</div></body>`
    expect(frameDeckDigest(empty)).toBeNull()
    expect(pageForDeck(empty, DIGEST, true)).toBe(empty)
    expect(pageForDeck(empty, DIGEST, false)).toBe(withoutPrerender(empty))
  })
})
