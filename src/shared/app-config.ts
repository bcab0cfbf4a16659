/**
 * The app's configuration: one typed object with a documented default for every option, read
 * from `config.json` in the app's user-data folder and then from command-line flags (flags win).
 * A bad value never stops the show: it is reported (source, field, what was expected) and the
 * default is used instead.
 *
 * Pure TypeScript: imports nothing from electron, node:* or the DOM.
 */

/** How the app runs: a locked-down kiosk, a laptop window, or a presenter's two screens. */
export const APP_MODES = ['kiosk', 'windowed', 'present'] as const
export type AppMode = (typeof APP_MODES)[number]

export interface AppConfig {
  /** `kiosk` (default): fullscreen, locked down. `windowed`: a normal window. `present`: reserved. */
  mode: AppMode
  /** Index of the display to show on (0 = primary); `null` = the primary display. */
  display: number | null
  /** Seconds without input before the attract loop starts. Default 60. */
  idleSeconds: number
  /** Default seconds per slide in the attract loop. Default 8. */
  slideSeconds: number
  /**
   * The admin PIN, hashed: `scrypt:<salt hex>:<key hex>` (make one with `--hash-pin=NNNNNN`).
   * `null` (the default): no PIN is set and the admin escape is disabled. There is no default PIN.
   */
  adminPinHash: string | null
  /** Start the app when the user logs in (Windows, macOS: login item; Linux: autostart). */
  startAtLogin: boolean
  /** Hour (0–23, local time) of the daily reload, done only while the attract loop plays; `null` = never. Default 4. */
  dailyReloadHour: number | null
  /** Renderer crashes allowed within `crashWindowSeconds` before the app relaunches itself. Default 3. */
  crashBudget: number
  /** Window of the crash budget, in seconds. Default 120. */
  crashWindowSeconds: number
  /** Relaunches allowed within an hour; past it the app shows a calm error slide instead. Default 3. */
  relaunchLimit: number
  /** A content pack folder (reserved for content packs). */
  content: string | null
}

export const DEFAULT_APP_CONFIG: Readonly<AppConfig> = Object.freeze({
  mode: 'kiosk',
  display: null,
  idleSeconds: 60,
  slideSeconds: 8,
  adminPinHash: null,
  startAtLogin: false,
  dailyReloadHour: 4,
  crashBudget: 3,
  crashWindowSeconds: 120,
  relaunchLimit: 3,
  content: null
})

type Check = (
  value: unknown
) => { ok: true; value: unknown } | { ok: false; expected: string; consequence?: string }

const integer =
  (min: number, max: number, nullable = false): Check =>
  (value) => {
    if (nullable && value === null) return { ok: true, value }
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
    return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max
      ? { ok: true, value: n }
      : { ok: false, expected: `a whole number from ${min} to ${max}${nullable ? ' or null' : ''}` }
  }

const boolean: Check = (value) => {
  if (typeof value === 'boolean') return { ok: true, value }
  if (value === 'true' || value === '') return { ok: true, value: true }
  if (value === 'false') return { ok: true, value: false }
  return { ok: false, expected: 'true or false' }
}

const CHECKS: { [K in keyof AppConfig]: Check } = {
  mode: (value) =>
    APP_MODES.includes(value as AppMode)
      ? { ok: true, value }
      : { ok: false, expected: `one of ${APP_MODES.join(', ')}` },
  display: integer(0, 16, true),
  idleSeconds: integer(3, 86_400),
  slideSeconds: integer(2, 120),
  adminPinHash: (value) => {
    if (value === null) return { ok: true, value }
    // Editors add stray spaces, newlines and capitals; none of them changes the hash.
    const hash = typeof value === 'string' ? value.trim().toLowerCase() : ''
    return /^scrypt:[0-9a-f]{32}:[0-9a-f]{128}$/.test(hash)
      ? { ok: true, value: hash }
      : {
          ok: false,
          expected: 'null or a hash made with --hash-pin (scrypt:<salt>:<key>)',
          consequence: 'the admin escape stays disabled until it is fixed'
        }
  },
  startAtLogin: boolean,
  dailyReloadHour: integer(0, 23, true),
  crashBudget: integer(1, 100),
  crashWindowSeconds: integer(10, 86_400),
  relaunchLimit: integer(0, 100),
  content: (value) =>
    value === null || (typeof value === 'string' && value.trim() !== '')
      ? { ok: true, value }
      : { ok: false, expected: 'a folder path or null' }
}

/** Command-line flags and the option each sets. `--windowed` is short for `--mode=windowed`. */
export const FLAGS: Record<string, { key: keyof AppConfig; help: string }> = {
  mode: { key: 'mode', help: 'kiosk (default), windowed or present' },
  display: { key: 'display', help: 'show on display N (0 = primary)' },
  idle: { key: 'idleSeconds', help: 'seconds without input before the attract loop (60)' },
  'slide-seconds': {
    key: 'slideSeconds',
    help: 'default seconds per slide in the attract loop (8)'
  },
  'daily-reload-hour': { key: 'dailyReloadHour', help: 'hour of the daily reload, 0-23 (4)' },
  'start-at-login': { key: 'startAtLogin', help: 'start when the user logs in (false)' },
  content: { key: 'content', help: 'a content pack folder (reserved)' }
}

export interface AppConfigResult {
  config: AppConfig
  /** One line per refused value: `source: field: expected …, got …`. */
  problems: string[]
  /** Options given but refused (`$` when the whole file was refused): they keep their defaults. */
  refused: string[]
}

function apply(
  config: AppConfig,
  key: string,
  raw: unknown,
  source: string,
  problems: string[],
  refused: string[] = []
): void {
  if (!(key in CHECKS)) {
    problems.push(`${source}: ${key}: unknown option`)
    return
  }
  const k = key as keyof AppConfig
  const result = CHECKS[k](raw)
  if (result.ok) (config as unknown as Record<string, unknown>)[k] = result.value
  else {
    const then = result.consequence ? `; ${result.consequence}` : ''
    problems.push(
      `${source}: ${key}: expected ${result.expected}, got ${JSON.stringify(raw)}${then}`
    )
    refused.push(key)
  }
}

/**
 * Builds the configuration: defaults, then the config file's text (if any), then the flags.
 * `fileName` names the file in messages.
 */
export function resolveAppConfig(
  fileText: string | null,
  argv: readonly string[],
  fileName = 'config.json'
): AppConfigResult {
  const config: AppConfig = { ...DEFAULT_APP_CONFIG }
  const problems: string[] = []
  const refused: string[] = []
  if (fileText !== null) {
    let data: unknown
    try {
      // Windows Notepad may save UTF-8 with a byte-order mark; JSON.parse would refuse it.
      data = JSON.parse(fileText.replace(/^\uFEFF/, ''))
    } catch (err) {
      problems.push(
        `${fileName}: $: not valid JSON (${(err as Error).message}); using defaults, and the admin escape stays disabled`
      )
      refused.push('$')
    }
    if (data !== undefined) {
      if (typeof data !== 'object' || data === null || Array.isArray(data)) {
        problems.push(`${fileName}: $: expected an object of options`)
        refused.push('$')
      } else {
        for (const [key, value] of Object.entries(data)) {
          if (key !== '$schema') apply(config, key, value, fileName, problems, refused)
        }
      }
    }
  }
  for (const arg of argv) {
    if (arg === '--windowed') {
      config.mode = 'windowed'
      continue
    }
    const match = /^--([a-z-]+)(?:=(.*))?$/.exec(arg)
    const flag = match && FLAGS[match[1]!]
    if (!match || !flag) continue
    const value = match[2] === undefined ? (flag.key === 'startAtLogin' ? 'true' : '') : match[2]
    const raw =
      value === 'null' && (flag.key === 'display' || flag.key === 'dailyReloadHour') ? null : value
    apply(config, flag.key, raw, `--${match[1]}`, problems, refused)
  }
  return { config, problems, refused }
}

/** The text `--help` prints. */
export function helpText(appName: string): string {
  const rows = Object.entries(FLAGS).map(([flag, { help }]) => `  --${flag}=…`.padEnd(26) + help)
  return [
    `${appName}`,
    '',
    'Options (they override config.json in the user-data folder):',
    '  --windowed'.padEnd(26) + 'same as --mode=windowed',
    ...rows,
    '  --user-data=DIR'.padEnd(26) + 'keep config, logs and state in DIR',
    '  --export-pdf=FILE'.padEnd(26) + 'write the PDF handout (every slide) to FILE, then exit',
    '  --lang=zh|en'.padEnd(26) + 'language of the PDF handout (zh)',
    '  --export-analytics=FILE'.padEnd(26) +
      'write the visitor analytics as CSV to FILE, then exit',
    '  --check-content=DIR'.padEnd(26) + 'check a content pack, print its problems, then exit',
    '  --hash-pin=NNNNNN'.padEnd(26) +
      'print the adminPinHash for a new admin PIN (6-12 digits), then exit',
    '  --help'.padEnd(26) + 'print this help, then exit',
    ''
  ].join('\n')
}
