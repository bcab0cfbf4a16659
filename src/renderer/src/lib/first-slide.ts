/**
 * The moment the first slide is up: the benchmark measures it (`first-slide-ready`), and the app
 * prefetches what the first slide does not need after it (main.ts).
 */

/** The performance mark set once the first slide is painted with its fonts. */
export const FIRST_SLIDE_MARK = 'kiosk:first-slide-ready'

/** Sets {@link FIRST_SLIDE_MARK} once the fonts are ready and the frame after them is painted. */
export function markFirstSlide(): void {
  void document.fonts.ready.then(() =>
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(FIRST_SLIDE_MARK)))
  )
}
