/**
 * The first frame of the bundled deck, prerendered into `index.html`'s app root at build time
 * (scripts/prerender.mjs: Svelte's server render of the app), so the first slide paints as soon as
 * the page and its fonts are in, before the app's script has run. The app then hydrates it: the
 * frame's elements become the app's own (renderer main.ts).
 *
 * It is only right when the app's first view is that frame. The page itself hides it when its URL
 * asks for anything else (a query: presenter, print, language, options; a hash: another slide),
 * and the app then mounts afresh. A host serves the page without it when the deck it serves is
 * not the one the frame was drawn from (a content pack, or a bundled deck replaced after the
 * build: the frame carries the digest of its deck, {@link DECK_DIGEST_START}), and Electron also
 * with opening hours (the first view may be the closed screen). {@link withoutPrerender} is how.
 */

/** Opens the prerendered frame in the built `index.html`. */
export const PRERENDER_START = '<!--prerender-->'
/** Closes it. */
export const PRERENDER_END = '<!--/prerender-->'
/**
 * Opens the comment, first in the frame, that holds the SHA-256 (hex) of the `deck.json` bytes it
 * was drawn from (`<!--deck-sha256:…-->`).
 */
export const DECK_DIGEST_START = '<!--deck-sha256:'
/**
 * `data-prerender` on the page's root element: the page hides the frame (its address asks for
 * another first view) until the app drops it and mounts afresh.
 */
export const PRERENDER_OFF = 'off'
/** `data-prerender` once the app has dropped the frame: the app's root shows again. */
export const PRERENDER_DROPPED = 'dropped'

/** `html` without its prerendered frame (unchanged when it has none). */
export function withoutPrerender(html: string): string {
  const start = html.indexOf(PRERENDER_START)
  const end = html.indexOf(PRERENDER_END, start)
  if (start < 0 || end < 0) return html
  return html.slice(0, start) + html.slice(end + PRERENDER_END.length)
}

/** The digest of the deck the page's frame was drawn from, or null when it has no frame. */
export function frameDeckDigest(html: string): string | null {
  const start = html.indexOf(PRERENDER_START)
  if (start < 0) return null
  const found = new RegExp(`^${DECK_DIGEST_START}([0-9a-f]{64})-->`).exec(
    html.slice(start + PRERENDER_START.length)
  )
  return found?.[1] ?? null
}

/**
 * The page a host serves: `html` as built when its frame was drawn from the deck it serves
 * (`deckDigest`, the SHA-256 hex of the served `deck.json`, null when there is none) and the first
 * view is the show; else without the frame.
 */
export function pageForDeck(
  html: string,
  deckDigest: string | null,
  firstViewIsShow: boolean
): string {
  if (!firstViewIsShow) return withoutPrerender(html)
  const frame = frameDeckDigest(html)
  return frame === null || frame === deckDigest ? html : withoutPrerender(html)
}
