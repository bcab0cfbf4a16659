/**
 * The mouse cursor on a kiosk: hidden from the start, shown only while a mouse moves (a touch
 * screen has no cursor to show, and an idle arrow over a slide looks broken).
 */
import { Controller } from './controller.svelte'

/** How long the mouse cursor stays visible after the mouse last moved (kiosk mode). */
export const CURSOR_VISIBLE_MS = 2500

export class CursorController extends Controller {
  /** A mouse moved within the last {@link CURSOR_VISIBLE_MS}. */
  visible = $state(false)

  /** Watches pointer movement on `target` (normally `window`). */
  constructor(target: EventTarget, visibleMs = CURSOR_VISIBLE_MS) {
    super()
    let timer: ReturnType<typeof setTimeout> | undefined
    const onMove = (event: Event): void => {
      if ((event as PointerEvent).pointerType !== 'mouse') return
      this.visible = true
      clearTimeout(timer)
      timer = setTimeout(() => (this.visible = false), visibleMs)
    }
    target.addEventListener('pointermove', onMove, { signal: this.signal })
    this.signal.addEventListener('abort', () => clearTimeout(timer))
  }
}
