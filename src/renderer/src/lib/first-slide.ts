/**
 * The moment the first slide is up: the benchmark measures it (`first-slide-ready`), and the app
 * prefetches what the first slide does not need after it (main.ts).
 */

import { PRERENDER_ID } from '@shared/prerender'

/** The performance mark set once the first slide is painted with its fonts. */
export const FIRST_SLIDE_MARK = 'kiosk:first-slide-ready'

/**
 * Resolves once the frame being built now has asked for its fonts and they are in. Reading
 * `document.fonts.ready` lays the page out at once (to find the faces it needs): read while a
 * mount is still adding nodes, that is a layout thrown away (about 100 ms at start-up); read in
 * the next animation frame, it is that frame's own layout.
 */
export function fontsReadyForNextFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => void document.fonts.ready.then(() => resolve()))
  )
}

/** Sets {@link FIRST_SLIDE_MARK} once the fonts are ready and the frame after them is painted. */
export function markFirstSlide(): void {
  void fontsReadyForNextFrame().then(() =>
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(FIRST_SLIDE_MARK)))
  )
}

/**
 * Removes the first frame the build prerendered into index.html (shared/prerender.ts): once the
 * app's own first frame is painted over it, or at once when the app shows something else.
 */
export function dropPrerender(): void {
  document.getElementById(PRERENDER_ID)?.remove()
}
