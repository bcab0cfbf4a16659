/**
 * Under `prefers-reduced-motion` a slide change is a short crossfade instead of a slide: the
 * deck's transition time follows the preference, also when it changes while the show runs.
 */
import { Controller } from './controller.svelte'

/** Transition time under reduced motion: SlideTrack's crossfade (its `--transition-ms`). */
export const REDUCED_MOTION_MS = 200

/** A reactive media query; in the app, Svelte's `prefersReducedMotion` from `svelte/motion`. */
export interface MotionPreference {
  readonly current: boolean
}

export class ReducedMotion extends Controller {
  /**
   * Keeps `deck.transitionMs` at `transitionMs`, or {@link REDUCED_MOTION_MS} while `reduced`
   * holds.
   */
  constructor(deck: { transitionMs: number }, transitionMs: number, reduced: MotionPreference) {
    super()
    this.effect(() => {
      deck.transitionMs = reduced.current ? REDUCED_MOTION_MS : transitionMs
    })
  }
}
