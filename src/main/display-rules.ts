/**
 * Which screen the show goes on: `--display=N` names one by index; a missing index falls back to
 * the primary display (with a message), never to nothing.
 */

export interface DisplayLike {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
}

export function chooseDisplay<D extends DisplayLike>(
  displays: readonly D[],
  primary: D,
  index: number | null
): { display: D; problem: string | null } {
  if (index === null) return { display: primary, problem: null }
  const chosen = displays[index]
  if (chosen) return { display: chosen, problem: null }
  return {
    display: primary,
    problem: `--display: ${index}: no such display (found ${displays.length}); using the primary display`
  }
}
