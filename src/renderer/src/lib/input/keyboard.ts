/**
 * Keyboard and presentation clickers (they send PageUp/PageDown, arrows, sometimes B or F5).
 */
import type { ShowActions } from '../engine/show.svelte'

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown'])
const PREV_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp'])

export interface KeyboardOptions {
  /** Milliseconds after the last digit before a typed slide number is forgotten. */
  digitTimeoutMs: number
  /**
   * Whether Esc opens the overview (it always closes an open one). Off in present mode: many
   * clickers' start/stop button sends Esc, and the audience must not see the slide grid.
   */
  escapeOpensOverview?: boolean
}

/** Whether the focused element handles Enter/Space itself (a button, link, field). */
function isActivatable(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('button, a[href], input, select, textarea') !== null
  )
}

/**
 * Binds the keys of the README's table to the show on `target` (normally `window`).
 * Returns the unbind function.
 */
export function bindKeyboard(
  target: Window,
  show: ShowActions,
  options: KeyboardOptions
): () => void {
  let digits = ''
  let digitTimer: ReturnType<typeof setTimeout> | undefined
  const clearDigits = (): void => {
    digits = ''
    clearTimeout(digitTimer)
  }

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    if (!show.onUserInput('key')) {
      event.preventDefault()
      return
    }
    const key = event.key
    if (/^[0-9]$/.test(key)) {
      digits = (digits + key).slice(-4)
      clearTimeout(digitTimer)
      digitTimer = setTimeout(clearDigits, options.digitTimeoutMs)
      event.preventDefault()
      return
    }
    if (key === 'Enter' && digits) {
      const n = Number(digits)
      clearDigits()
      show.goToNumber(n)
      event.preventDefault()
      return
    }
    clearDigits()
    if ((key === ' ' || key === 'Enter') && isActivatable(event.target)) return
    let handled = true
    if (NEXT_KEYS.has(key) || (key === ' ' && !event.shiftKey)) show.next()
    else if (PREV_KEYS.has(key) || (key === ' ' && event.shiftKey)) show.prev()
    else if (key === 'Home') show.first()
    else if (key === 'End') show.last()
    else if (key === 'o' || key === 'O') show.toggleOverview()
    else if (key === 'Escape') {
      if (options.escapeOpensOverview === false) show.closeOverview()
      else show.toggleOverview()
    } else if (key === 'l' || key === 'L') show.toggleLanguage()
    else if (key === 'b' || key === 'B' || key === '.') show.toggleBlank('black')
    else if (key === 'w' || key === 'W') show.toggleBlank('white')
    else handled = false
    if (handled) event.preventDefault()
  }

  const bound = new AbortController()
  target.addEventListener('keydown', onKeyDown, { signal: bound.signal })
  return () => {
    clearDigits()
    bound.abort()
  }
}

/** What the presenter window's own keys change: the size of the notes text. */
export interface NotesKeyActions {
  smaller(): void
  larger(): void
}

/**
 * The presenter window's own keys (never the audience's): `-` makes the notes smaller, `=` or `+`
 * larger (the keypad's too). With Ctrl or ⌘ they stay the browser's zoom keys.
 */
export function bindNotesKeys(target: Window, notes: NotesKeyActions): () => void {
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return
    if (event.key === '-') notes.smaller()
    else if (event.key === '=' || event.key === '+') notes.larger()
    else return
    event.preventDefault()
  }
  target.addEventListener('keydown', onKeyDown)
  return () => target.removeEventListener('keydown', onKeyDown)
}
