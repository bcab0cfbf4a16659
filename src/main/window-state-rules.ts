/**
 * The windowed mode remembers its size and position; a saved position is used only while it is
 * still on a connected display (a laptop unplugged from its monitor must not open off-screen).
 */
import type { DisplayLike } from './display-rules'
import type { Bounds } from './window-options'

/** Smallest window the app restores. */
const MIN_SIZE = { width: 480, height: 360 }

/** Reads saved bounds; anything malformed is ignored. */
export function parseWindowState(text: string | null): Bounds | null {
  if (!text) return null
  try {
    const b = JSON.parse(text) as Partial<Bounds>
    const ok = [b.x, b.y, b.width, b.height].every((n) => Number.isInteger(n))
    return ok ? { x: b.x!, y: b.y!, width: b.width!, height: b.height! } : null
  } catch {
    return null
  }
}

/** The saved bounds if at least a usable part of them is on some display, else null. */
export function restorableBounds(
  saved: Bounds | null,
  displays: readonly DisplayLike[]
): Bounds | null {
  if (!saved || saved.width < MIN_SIZE.width || saved.height < MIN_SIZE.height) return null
  const visible = displays.some(({ bounds: d }) => {
    const w = Math.min(saved.x + saved.width, d.x + d.width) - Math.max(saved.x, d.x)
    const h = Math.min(saved.y + saved.height, d.y + d.height) - Math.max(saved.y, d.y)
    return w >= 200 && h >= 100
  })
  return visible ? saved : null
}
