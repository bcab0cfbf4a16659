/**
 * Present mode as plain decisions: where the audience and presenter windows go, and how a
 * proposed presentation state is checked before it is shared with every window.
 */
import type { PresentationState } from '@shared/ipc'
import type { DisplayLike } from './display-rules'

export const INITIAL_PRESENTATION: Readonly<PresentationState> = Object.freeze({
  index: 0,
  lang: 'zh',
  blank: 'none'
})

/** Largest slide index accepted from a window (the renderer clamps to its deck). */
const MAX_INDEX = 9999

/**
 * Checks a state proposed by a window; anything malformed leaves the current state as it is.
 * Returns the new state and whether it changed.
 */
export function applyPresentation(
  current: PresentationState,
  proposed: unknown
): { state: PresentationState; changed: boolean } {
  const p = proposed as Partial<PresentationState> | null
  const valid =
    !!p &&
    Number.isInteger(p.index) &&
    (p.index as number) >= 0 &&
    (p.index as number) <= MAX_INDEX &&
    (p.lang === 'zh' || p.lang === 'en') &&
    (p.blank === 'none' || p.blank === 'black' || p.blank === 'white')
  if (!valid) return { state: current, changed: false }
  const next: PresentationState = { index: p.index!, lang: p.lang!, blank: p.blank! }
  const changed =
    next.index !== current.index || next.lang !== current.lang || next.blank !== current.blank
  return { state: changed ? next : current, changed }
}

/**
 * The audience goes on `--display=N` or else the first display that is not the primary; the
 * presenter stays on the primary. With one display both share it (`separate: false`), and the
 * presenter view opens as a window the presenter can move.
 */
export function choosePresentDisplays<D extends DisplayLike>(
  displays: readonly D[],
  primary: D,
  index: number | null
): { audience: D; presenter: D; separate: boolean } {
  const chosen = index !== null ? displays[index] : displays.find((d) => d.id !== primary.id)
  const audience = chosen ?? primary
  return { audience, presenter: primary, separate: audience.id !== primary.id }
}
