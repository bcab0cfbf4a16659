/**
 * Touch, pen and mouse through one path (pointer events): drag to swipe, tap the edges to step,
 * and keep the browser from zooming, selecting or showing menus.
 */
import type { ShowActions } from '../engine/show.svelte'

/** What a drag may do to the deck (a narrow view of DeckState). */
export interface DragTarget {
  dragStart(): void
  dragMove(fraction: number): void
  dragEnd(step: -1 | 0 | 1): boolean
}

export interface PointerOptions {
  swipeThreshold: number
  swipeVelocity: number
  tapSlopPx: number
  edgeZone: number
}

/** Time window (ms) over which the release velocity is measured. */
const VELOCITY_WINDOW_MS = 100
/** How long after a swipe or a swallowed touch its click is still suppressed. */
const CLICK_SUPPRESS_MS = 600

const INTERACTIVE = 'button, a[href], input, select, textarea, [data-interactive]'
/** Areas (the overview, scrolling lists) where a drag is not a swipe of the deck. */
const NO_SWIPE = '[data-no-swipe]'
/**
 * A slide of the track that is not the current one (SlideTrack). The one being left is made inert
 * only once its movement shows, so for a frame or two it could still be pressed.
 */
const SLIDE_ASIDE = '[data-slide-index][aria-hidden="true"]'

interface Track {
  id: number
  x0: number
  y0: number
  width: number
  left: number
  /** Recent samples for the release velocity. */
  samples: { x: number; t: number }[]
  moved: boolean
  dragging: boolean
  vertical: boolean
  onControl: boolean
  /** Put down on a slide other than the current one (its click is swallowed). */
  aside: boolean
}

/**
 * Binds pointer input on the stage element. Returns the unbind function.
 */
export function bindPointer(
  stage: HTMLElement,
  show: ShowActions,
  drag: DragTarget,
  options: PointerOptions
): () => void {
  let track: Track | null = null
  let suppressClicksUntil = 0

  const suppressClick = (): void => {
    suppressClicksUntil = performance.now() + CLICK_SUPPRESS_MS
  }

  const onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType === 'mouse' && event.button !== 0) return
    if (!show.onUserInput(event.pointerType === 'mouse' ? 'mouse' : 'touch')) {
      // A ghost touch or the touch that woke the show: it presses nothing.
      event.preventDefault()
      suppressClick()
      return
    }
    // A second finger while one is down is not a new gesture (and never a zoom).
    if (track) return
    const target = event.target instanceof Element ? event.target : null
    if (target?.closest(NO_SWIPE)) return
    // A tap on a slide other than the current one presses nothing on it (its click is
    // swallowed); it is a tap on the stage, its edges still step.
    const aside = target?.closest(SLIDE_ASIDE) != null
    if (aside) suppressClick()
    const rect = stage.getBoundingClientRect()
    track = {
      id: event.pointerId,
      x0: event.clientX,
      y0: event.clientY,
      width: rect.width,
      left: rect.left,
      samples: [{ x: event.clientX, t: event.timeStamp }],
      moved: false,
      dragging: false,
      vertical: false,
      onControl: !aside && target?.closest(INTERACTIVE) != null,
      aside
    }
  }

  const onPointerMove = (event: PointerEvent): void => {
    if (!track || event.pointerId !== track.id) return
    const dx = event.clientX - track.x0
    const dy = event.clientY - track.y0
    track.samples.push({ x: event.clientX, t: event.timeStamp })
    while (track.samples.length > 2 && event.timeStamp - track.samples[0]!.t > VELOCITY_WINDOW_MS) {
      track.samples.shift()
    }
    if (!track.moved && Math.hypot(dx, dy) > options.tapSlopPx) {
      track.moved = true
      track.vertical = Math.abs(dy) > Math.abs(dx)
      if (!track.vertical) {
        track.dragging = true
        stage.setPointerCapture(event.pointerId)
        drag.dragStart()
      }
    }
    if (track.dragging) drag.dragMove(dx / track.width)
  }

  const onPointerUp = (event: PointerEvent): void => {
    if (!track || event.pointerId !== track.id) return
    const t = track
    track = null
    const dx = event.clientX - t.x0
    if (t.dragging) {
      const first = t.samples[0]!
      const dt = Math.max(1, event.timeStamp - first.t)
      const velocity = (event.clientX - first.x) / dt
      const far = Math.abs(dx) / t.width > options.swipeThreshold
      const fast =
        Math.abs(velocity) > options.swipeVelocity && Math.sign(velocity) === Math.sign(dx)
      if (far || fast) show.noteVia('swipe')
      drag.dragEnd(far || fast ? (dx < 0 ? 1 : -1) : 0)
      // A swipe, even one that ends where it began, is never a click.
      suppressClick()
      return
    }
    if (t.moved) {
      suppressClick()
      return
    }
    if (t.onControl) return
    const x = (event.clientX - t.left) / t.width
    if (x < options.edgeZone) show.prev()
    else if (x > 1 - options.edgeZone) show.next()
  }

  const onPointerCancel = (event: PointerEvent): void => {
    if (!track || event.pointerId !== track.id) return
    // Touch pointers are implicitly captured by the element first touched; moving that capture
    // to the stage fires a lostpointercapture there, which is not the end of the gesture.
    if (event.type === 'lostpointercapture' && event.target !== stage) return
    if (track.dragging) drag.dragEnd(0)
    // A cancelled touch makes no click: the next one is not swallowed.
    else if (track.aside) suppressClicksUntil = 0
    track = null
  }

  const onClickCapture = (event: MouseEvent): void => {
    if (performance.now() < suppressClicksUntil) {
      suppressClicksUntil = 0
      event.preventDefault()
      event.stopPropagation()
    }
  }

  const prevent = (event: Event): void => event.preventDefault()

  // Every listener ends with this one signal: nothing to pair up when unbinding.
  const bound = new AbortController()
  const on = { signal: bound.signal }
  stage.addEventListener('pointerdown', onPointerDown, on)
  stage.addEventListener('pointermove', onPointerMove, on)
  stage.addEventListener('pointerup', onPointerUp, on)
  stage.addEventListener('pointercancel', onPointerCancel, on)
  stage.addEventListener('lostpointercapture', onPointerCancel, on)
  stage.addEventListener('click', onClickCapture, { ...on, capture: true })
  for (const type of ['contextmenu', 'dragstart', 'selectstart']) {
    stage.addEventListener(type, prevent, on)
  }
  return () => bound.abort()
}
