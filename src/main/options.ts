/**
 * Command-line options of the app. Parsing is a plain function so it can be tested without
 * Electron; unknown or malformed flags are reported, never fatal.
 */
import type { HostMode } from '@shared/ipc'

export interface AppOptions {
  mode: HostMode
  /** Show option overrides, e.g. `--idle=30` → `{ idleSeconds: 30 }`. */
  showOverrides: Record<string, number>
  problems: string[]
}

/** Flags that map to show options. */
const SHOW_FLAGS: Record<string, string> = { idle: 'idleSeconds', 'slide-seconds': 'slideSeconds' }

/**
 * Reads the app's own flags from argv (Chromium and Electron flags are ignored).
 * `--windowed` opens a normal window; the default is fullscreen.
 */
export function parseOptions(argv: readonly string[]): AppOptions {
  const options: AppOptions = { mode: 'kiosk', showOverrides: {}, problems: [] }
  for (const arg of argv) {
    if (arg === '--windowed') options.mode = 'windowed'
    const match = /^--([a-z-]+)=(.*)$/.exec(arg)
    if (!match) continue
    const [, name = '', value = ''] = match
    const key = SHOW_FLAGS[name]
    if (!key) continue
    const n = Number(value)
    if (value.trim() === '' || !Number.isFinite(n)) {
      options.problems.push(`--${name}: expected a number of seconds, got "${value}"`)
    } else options.showOverrides[key] = n
  }
  return options
}
