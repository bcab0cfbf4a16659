/**
 * The moment the first slide is up: the benchmark measures it (`first-slide-ready`), and the app
 * prefetches what the first slide does not need after it (main.ts).
 */

import { PRERENDER_DROPPED, PRERENDER_OFF } from '@shared/prerender'

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
 * Whether the page shows the first frame the build prerendered into the app's root (`target`):
 * the host served the page with it (shared/prerender.ts) and the page's address did not hide it
 * (public/assets/first-frame.js).
 */
export function prerenderShown(target: HTMLElement): boolean {
  return (
    document.documentElement.dataset['prerender'] !== PRERENDER_OFF &&
    target.firstElementChild !== null
  )
}

/**
 * Removes the prerendered frame from the app's root, before the app mounts there afresh (its first
 * view is not that frame), and lets the root show what the app mounts.
 */
export function dropPrerender(target: HTMLElement): void {
  target.replaceChildren()
  document.documentElement.dataset['prerender'] = PRERENDER_DROPPED
}
