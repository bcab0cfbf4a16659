/**
 * Which screen the show goes on. `--display=N` counts the displays in one fixed order, whatever
 * order the operating system lists them in: **0 is the primary display**, then the others **from
 * left to right** (and top to bottom where two share a column), as they are arranged in the
 * system's display settings. A missing index falls back to the primary display (with a message),
 * never to nothing.
 */

/** A screen area, e.g. a display's bounds. */
export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

export interface DisplayLike {
  id: number
  bounds: Bounds
}

/** Largest size of a normal (windowed) app window; smaller displays get their whole size. */
export const WINDOWED_MAX = { width: 1600, height: 900 } as const

/** The displays in `--display=N` order: the primary first, then left to right, top to bottom. */
export function orderDisplays<D extends DisplayLike>(displays: readonly D[], primary: D): D[] {
  const others = displays
    .filter((d) => d.id !== primary.id)
    .sort((a, b) => a.bounds.x - b.bounds.x || a.bounds.y - b.bounds.y)
  return [primary, ...others]
}

/** One line for the log: each display with its `--display=N` number, size and position. */
export function describeDisplays<D extends DisplayLike>(
  displays: readonly D[],
  primary: D
): string {
  return orderDisplays(displays, primary)
    .map(({ id, bounds: b }, n) => {
      const where = `${b.width}×${b.height} at ${b.x},${b.y}`
      return `${n}: ${where}${id === primary.id ? ' (primary)' : ''}`
    })
    .join(' · ')
}

export function chooseDisplay<D extends DisplayLike>(
  displays: readonly D[],
  primary: D,
  index: number | null
): { display: D; problem: string | null } {
  if (index === null) return { display: primary, problem: null }
  const chosen = orderDisplays(displays, primary)[index]
  if (chosen) return { display: chosen, problem: null }
  return {
    display: primary,
    problem: `--display: ${index}: no such display (found ${displays.length}); using the primary display`
  }
}

/** A normal window's bounds on a display: at most {@link WINDOWED_MAX}, centred. */
export function windowedBounds(display: Bounds): Bounds {
  const width = Math.min(WINDOWED_MAX.width, display.width)
  const height = Math.min(WINDOWED_MAX.height, display.height)
  return {
    x: display.x + Math.round((display.width - width) / 2),
    y: display.y + Math.round((display.height - height) / 2),
    width,
    height
  }
}

/** Whether a window's centre lies on a display (where the operating system would count it). */
export function centreOn(win: Bounds, display: Bounds): boolean {
  const cx = win.x + win.width / 2
  const cy = win.y + win.height / 2
  return (
    cx >= display.x &&
    cx < display.x + display.width &&
    cy >= display.y &&
    cy < display.y + display.height
  )
}
