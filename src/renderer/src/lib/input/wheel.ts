/**
 * Mouse wheel and trackpad: one slide per gesture, however many events the gesture sends
 * (a trackpad flick sends dozens, with inertia, for a second or more).
 */
import type { ShowActions } from '../engine/show.svelte'

/** Accumulated wheel distance (px) that counts as a deliberate step. */
export const WHEEL_STEP_PX = 40
/** Pixels per line for wheels that report lines (deltaMode 1). */
const LINE_PX = 16
/** Pixels per page for wheels that report pages (deltaMode 2): about one screen's height. */
const PAGE_PX = 800

export interface WheelOptions {
  /** Quiet time (ms) that ends a gesture. */
  gestureGapMs: number
}

export function bindWheel(
  target: HTMLElement,
  show: ShowActions,
  options: WheelOptions
): () => void {
  let sum = 0
  let stepped = false
  let quietTimer: ReturnType<typeof setTimeout> | undefined

  const onWheel = (event: WheelEvent): void => {
    // Ctrl+wheel is the browser's zoom: never on a kiosk stage.
    event.preventDefault()
    if (event.ctrlKey) return
    clearTimeout(quietTimer)
    quietTimer = setTimeout(() => {
      sum = 0
      stepped = false
    }, options.gestureGapMs)
    if (stepped) return
    const scale = event.deltaMode === 1 ? LINE_PX : event.deltaMode === 2 ? PAGE_PX : 1
    const delta = Math.abs(event.deltaX) > Math.abs(event.deltaY) ? event.deltaX : event.deltaY
    sum += delta * scale
    if (Math.abs(sum) < WHEEL_STEP_PX) return
    stepped = true
    if (!show.onUserInput('wheel')) return
    if (sum > 0) show.next()
    else show.prev()
  }

  const bound = new AbortController()
  target.addEventListener('wheel', onWheel, { passive: false, signal: bound.signal })
  return () => {
    clearTimeout(quietTimer)
    bound.abort()
  }
}
