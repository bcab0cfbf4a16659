/**
 * Which keys a kiosk swallows: everything that would reload, close, zoom, open developer tools,
 * leave fullscreen, print, save or navigate the browser. A plain function, unit-tested.
 */
import type { AppMode } from '@shared/app-config'

/** The parts of Electron's `Input` the decision needs. */
export interface KeyInput {
  type: string
  key: string
  control: boolean
  meta: boolean
  alt: boolean
  shift: boolean
}

const ALWAYS_BLOCKED_KEYS = new Set([
  'F5',
  'F12',
  'BrowserBack',
  'BrowserForward',
  'BrowserRefresh'
])
/** With Ctrl (Windows, Linux) or Cmd (macOS). */
const BLOCKED_WITH_MOD = new Set([
  'r',
  'w',
  'q',
  'n',
  't',
  'p',
  's',
  'o',
  'u',
  'm',
  'h',
  'f',
  'g',
  'l',
  'j',
  'e',
  '+',
  '=',
  '-',
  '_',
  '0',
  ')'
])
const BLOCKED_WITH_MOD_SHIFT = new Set(['i', 'j', 'c', 'r', 'delete', 'n', 'w', 't'])

/**
 * Why a key press must be swallowed in this mode, or `null` to let it through. Windowed mode
 * blocks only zoom (the stage is designed at one size) and developer tools.
 */
export function blockedShortcut(input: KeyInput, mode: AppMode): string | null {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return null
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key
  const mod = input.control || input.meta
  const zoom = mod && ['+', '=', '-', '_', '0', ')'].includes(key)
  const devtools =
    key === 'F12' ||
    (mod && input.shift && ['i', 'j', 'c'].includes(key)) ||
    (input.meta && input.alt && key === 'i')
  if (zoom) return 'zoom'
  if (devtools) return 'developer tools'
  if (mode === 'windowed') return null
  if (ALWAYS_BLOCKED_KEYS.has(key)) return 'browser key'
  if (key === 'F11') return 'fullscreen toggle'
  if (
    input.alt &&
    (key === 'F4' || key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Home')
  ) {
    return 'window or history shortcut'
  }
  if (mod && input.shift && BLOCKED_WITH_MOD_SHIFT.has(key.toLowerCase())) return 'app shortcut'
  if (mod && (BLOCKED_WITH_MOD.has(key) || key === 'F4' || key === 'Tab')) return 'app shortcut'
  if (input.meta && input.control && key === 'f') return 'fullscreen toggle'
  return null
}

/**
 * A laptop window's own keys: F11 toggles fullscreen, Esc leaves it (and then does nothing
 * else). Returns the fullscreen state to set, or null to leave the key to the page.
 */
export function windowedFullscreenKey(input: KeyInput, isFullScreen: boolean): boolean | null {
  if (input.type !== 'keyDown' || input.control || input.meta || input.alt) return null
  if (input.key === 'F11') return !isFullScreen
  if (input.key === 'Escape' && isFullScreen) return false
  return null
}
