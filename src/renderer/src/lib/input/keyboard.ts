/**
 * Keyboard and presentation clickers (they send PageUp/PageDown, arrows, sometimes B or F5).
 */
import type { ShowActions } from '../engine/show.svelte'

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown'])
const PREV_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp'])

export interface KeyboardOptions {
  /** Milliseconds after the last digit before a typed slide number is forgotten. */
  digitTimeoutMs: number
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
    else if (key === 'o' || key === 'O' || key === 'Escape') show.toggleOverview()
    else if (key === 'l' || key === 'L') show.toggleLanguage()
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
