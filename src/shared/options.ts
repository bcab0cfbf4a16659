/**
 * Every option of the app, declared once: name, type, default, range, help, and where it may be
 * set (a command-line flag, `config.json`, the page URL of the browser build). Parsing and
 * validation (`app-config.ts` for the host, `config.ts` for the show), `--help`, the URL options
 * and the README's options table all come from here, so an option cannot drift between them.
 *
 * Pure TypeScript: imports nothing from electron, node:* or the DOM.
 */
import { parseSchedule, WEEKDAYS } from './schedule'

/** How the app runs: a locked-down kiosk, a laptop window, or a presenter's two screens. */
export const APP_MODES = ['kiosk', 'windowed', 'present'] as const
export type AppMode = (typeof APP_MODES)[number]

/** The value of an option, by kind. */
export type OptionKind =
  | { type: 'integer'; min: number; max: number; nullable?: boolean }
  | { type: 'number'; min: number; max: number }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'path'; nullable: true }
  | { type: 'pin-hash' }
  | { type: 'schedule' }
  | { type: 'public-keys' }

/** One option of the registry. */
export interface OptionSpec {
  /** Field name in `config.json` and in the typed config objects. */
  key: string
  /** Command-line flag, without `--`. */
  flag?: string
  /** Query parameter of the browser build (`?idle=20`). */
  url?: string
  /** May be set in `config.json`. */
  configFile: boolean
  /** Which config object it belongs to: the host's (`AppConfig`), the show's, or both. */
  scope: 'app' | 'show' | 'both'
  kind: OptionKind
  default: number | boolean | string | readonly string[] | null
  /** Unit or placeholder shown with the flag, e.g. `S` for seconds. */
  placeholder?: string
  /** One line for `--help` and the README. */
  help: string
}

/** The registry. Order is the order of `--help` and the README table. */
export const OPTIONS = [
  {
    key: 'mode',
    flag: 'mode',
    url: 'mode',
    configFile: true,
    scope: 'app',
    kind: { type: 'enum', values: APP_MODES },
    default: 'windowed',
    placeholder: 'MODE',
    help: '`windowed` (a normal window: what a double-click opens), `kiosk` (locked-down fullscreen: a hall PC sets it in `config.json`) or `present` (audience + presenter view); `--windowed` is short for `--mode=windowed`'
  },
  {
    key: 'display',
    flag: 'display',
    configFile: true,
    scope: 'app',
    kind: { type: 'integer', min: 0, max: 16, nullable: true },
    default: null,
    placeholder: 'N',
    help: 'show on display N, fullscreen on its own bounds: 0 is the primary display, then the others from left to right (top to bottom in a column) as arranged in the system display settings; the log lists them at start. Present mode: the audience display (`null`: the first one after the primary)'
  },
  {
    key: 'idleSeconds',
    flag: 'idle',
    url: 'idle',
    configFile: true,
    scope: 'both',
    kind: { type: 'integer', min: 3, max: 86_400 },
    default: 60,
    placeholder: 'S',
    help: 'seconds without input before the attract loop starts'
  },
  {
    key: 'slideSeconds',
    flag: 'slide-seconds',
    url: 'slide',
    configFile: true,
    scope: 'both',
    kind: { type: 'integer', min: 2, max: 120 },
    default: 8,
    placeholder: 'S',
    help: 'default seconds per slide in the attract loop (a slide may set its own)'
  },
  {
    key: 'transitionMs',
    url: 'transition',
    configFile: false,
    scope: 'show',
    kind: { type: 'integer', min: 0, max: 3000 },
    default: 600,
    placeholder: 'MS',
    help: 'milliseconds of a slide transition (reduced motion: a short crossfade)'
  },
  {
    key: 'dailyReloadHour',
    flag: 'daily-reload-hour',
    configFile: true,
    scope: 'app',
    kind: { type: 'integer', min: 0, max: 23, nullable: true },
    default: 4,
    placeholder: 'H',
    help: 'hour (local time) of the daily reload, done only while the attract loop plays; `null` = never'
  },
  {
    key: 'startAtLogin',
    flag: 'start-at-login',
    configFile: true,
    scope: 'app',
    kind: { type: 'boolean' },
    default: false,
    help: 'start the app when the user logs in'
  },
  {
    key: 'adminPinHash',
    configFile: true,
    scope: 'app',
    kind: { type: 'pin-hash' },
    default: null,
    help: 'the admin PIN, hashed (`--hash-pin` makes it); `null`: no PIN, the admin escape is disabled'
  },
  {
    key: 'crashBudget',
    configFile: true,
    scope: 'app',
    kind: { type: 'integer', min: 1, max: 100 },
    default: 3,
    help: 'renderer crashes within `crashWindowSeconds` before the app relaunches itself'
  },
  {
    key: 'crashWindowSeconds',
    configFile: true,
    scope: 'app',
    kind: { type: 'integer', min: 10, max: 86_400 },
    default: 120,
    help: 'the window of the crash budget, in seconds'
  },
  {
    key: 'relaunchLimit',
    configFile: true,
    scope: 'app',
    kind: { type: 'integer', min: 0, max: 100 },
    default: 3,
    help: 'relaunches per hour before the app shows a calm "resting" page instead'
  },
  {
    key: 'content',
    flag: 'content',
    configFile: true,
    scope: 'app',
    kind: { type: 'path', nullable: true },
    default: null,
    placeholder: 'DIR',
    help: 'a content pack folder, shown instead of the bundled deck when it passes the checker'
  },
  {
    key: 'contentPublicKeys',
    configFile: true,
    scope: 'app',
    kind: { type: 'public-keys' },
    default: [],
    help: 'public keys (`ed25519:…`, from `npm run content:keygen`); when set, only packs signed with one of them are shown'
  },
  {
    key: 'schedule',
    url: 'schedule',
    configFile: true,
    scope: 'both',
    kind: { type: 'schedule' },
    default: null,
    help: 'opening hours: weekly ranges, dated closures and special openings (see "Opening hours"); `null` = always open'
  },
  {
    key: 'statusFolder',
    configFile: true,
    scope: 'app',
    kind: { type: 'path', nullable: true },
    default: null,
    placeholder: 'DIR',
    help: 'a second folder (e.g. a network share read by monitoring) for `status.json`; it is always written to user data too'
  },
  {
    key: 'reachBand',
    url: 'reach-band',
    configFile: true,
    scope: 'both',
    kind: { type: 'number', min: 0.25, max: 0.75 },
    default: 0.5,
    placeholder: 'F',
    help: 'reach mode: the fraction of the screen height, from the bottom, that holds every control (0.5 ≈ 1.2 m on a 55" kiosk)'
  }
] as const satisfies readonly OptionSpec[]

/** Flags that do something once and exit, or change where the app keeps its files. */
export const COMMANDS = [
  { flag: 'windowed', help: 'same as `--mode=windowed`' },
  {
    flag: 'user-data',
    placeholder: 'DIR',
    help: 'keep config, logs and state in DIR (e.g. a second kiosk profile)'
  },
  {
    flag: 'export-pdf',
    placeholder: 'FILE',
    help: 'write the PDF handout (every slide) to FILE, then exit'
  },
  { flag: 'lang', placeholder: 'zh|en', help: 'language of the PDF handout (default zh)' },
  {
    flag: 'pdf-notes',
    help: "with `--export-pdf`: each slide's speaker notes under it, in the handout's language"
  },
  {
    flag: 'export-analytics',
    placeholder: 'FILE',
    help: 'write the visitor analytics as CSV to FILE (times in local time with the UTC offset), then exit'
  },
  {
    flag: 'from',
    placeholder: 'YYYY-MM-DD',
    help: 'with `--export-analytics`: the first local day to export (default: the first recorded)'
  },
  {
    flag: 'to',
    placeholder: 'YYYY-MM-DD',
    help: 'with `--export-analytics`: the last local day to export, included (default: the latest)'
  },
  {
    flag: 'check-content',
    placeholder: 'DIR',
    help: 'check a content pack, print its problems, then exit (1 when it has any)'
  },
  {
    flag: 'hash-pin',
    placeholder: 'PIN',
    help: 'print the `adminPinHash` for a new admin PIN (6–12 digits), then exit'
  },
  { flag: 'help', help: 'print this help, then exit' }
] as const satisfies readonly { flag: string; placeholder?: string; help: string }[]

export type OptionKey = (typeof OPTIONS)[number]['key']
type Spec<K extends OptionKey> = Extract<(typeof OPTIONS)[number], { key: K }>

/** The option with this key. */
export function option<K extends OptionKey>(key: K): Spec<K> {
  return OPTIONS.find((o) => o.key === key) as Spec<K>
}

/** A checked value, or what was expected instead. */
export type Checked =
  { ok: true; value: unknown } | { ok: false; expected: string; consequence?: string }

const PIN_HASH = /^scrypt:[0-9a-f]{32}:[0-9a-f]{128}$/
/** An Ed25519 public key as `content:keygen` writes it: 32 bytes, base64. */
export const PUBLIC_KEY = /^ed25519:[A-Za-z0-9+/]{43}=$/

/**
 * The browser build's demo form of `?schedule=`: the same ranges every day, e.g.
 * `?schedule=09:00-12:00,13:30-17:30`, with the "closed" slide for 10 minutes after closing.
 * Anything else is read as JSON.
 */
function compactSchedule(text: string): unknown {
  if (/^[\d:,-]+$/.test(text)) {
    const ranges = text.split(',').filter((r) => r !== '')
    return { weekly: Object.fromEntries(WEEKDAYS.map((d) => [d, ranges])), closedSlideMinutes: 10 }
  }
  try {
    return JSON.parse(text)
  } catch {
    return text
  }
}

/**
 * Checks a raw value (from JSON, a flag or a URL, so strings are numbers too) against an option's
 * kind; returns the typed value or what was expected.
 */
export function checkOption(spec: OptionSpec, raw: unknown): Checked {
  const kind = spec.kind
  switch (kind.type) {
    case 'integer':
    case 'number': {
      const nullable = kind.type === 'integer' && kind.nullable === true
      if (nullable && (raw === null || raw === 'null')) return { ok: true, value: null }
      const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw
      const whole = kind.type === 'integer'
      const fits =
        typeof n === 'number' &&
        Number.isFinite(n) &&
        (!whole || Number.isInteger(n)) &&
        n >= kind.min &&
        n <= kind.max
      return fits
        ? { ok: true, value: n }
        : {
            ok: false,
            expected: `a ${whole ? 'whole number' : 'number'} from ${kind.min} to ${kind.max}${nullable ? ' or null' : ''}`
          }
    }
    case 'boolean':
      if (typeof raw === 'boolean') return { ok: true, value: raw }
      if (raw === 'true' || raw === '') return { ok: true, value: true }
      if (raw === 'false') return { ok: true, value: false }
      return { ok: false, expected: 'true or false' }
    case 'enum':
      return typeof raw === 'string' && kind.values.includes(raw)
        ? { ok: true, value: raw }
        : { ok: false, expected: `one of ${kind.values.join(', ')}` }
    case 'path':
      return raw === null || (typeof raw === 'string' && raw.trim() !== '')
        ? { ok: true, value: raw }
        : { ok: false, expected: 'a folder path or null' }
    case 'schedule': {
      if (raw === null) return { ok: true, value: null }
      const parsed = parseSchedule(typeof raw === 'string' ? compactSchedule(raw) : raw)
      return parsed.ok
        ? { ok: true, value: parsed.schedule }
        : { ok: false, expected: `opening hours (${parsed.problems.join('; ')})` }
    }
    case 'public-keys': {
      const keys = typeof raw === 'string' ? [raw] : raw
      const good =
        Array.isArray(keys) &&
        keys.length <= 16 &&
        keys.every((k) => typeof k === 'string' && PUBLIC_KEY.test(k.trim()))
      return good
        ? { ok: true, value: keys.map((k: string) => k.trim()) }
        : { ok: false, expected: 'a list of public keys "ed25519:<base64>" (from content:keygen)' }
    }
    case 'pin-hash': {
      if (raw === null) return { ok: true, value: null }
      // Editors add stray spaces, newlines and capitals; none of them changes the hash.
      const hash = typeof raw === 'string' ? raw.trim().toLowerCase() : ''
      return PIN_HASH.test(hash)
        ? { ok: true, value: hash }
        : {
            ok: false,
            expected: 'null or a hash made with --hash-pin (scrypt:<salt>:<key>)',
            consequence: 'the admin escape stays disabled until it is fixed'
          }
    }
  }
}

/** The spelling of a flag in help texts: `--idle=S`, `--start-at-login`. */
export function flagUsage(flag: string, placeholder?: string): string {
  return placeholder ? `--${flag}=${placeholder}` : `--${flag}`
}

/** The text `--help` prints. */
export function helpText(appName: string): string {
  const plain = (text: string): string => text.replaceAll('`', '')
  const row = (usage: string, help: string): string => `  ${usage.padEnd(26)} ${plain(help)}`
  const options = OPTIONS.filter((o): o is Extract<typeof o, { flag: string }> => 'flag' in o)
  return [
    appName,
    '',
    'Options (they override config.json in the user-data folder; defaults in brackets):',
    ...options.map((o) =>
      row(
        flagUsage(o.flag, 'placeholder' in o ? o.placeholder : undefined),
        `${o.help} [${JSON.stringify(o.default)}]`
      )
    ),
    '',
    'Commands and start-up flags:',
    ...COMMANDS.map((c) =>
      row(flagUsage(c.flag, 'placeholder' in c ? c.placeholder : undefined), c.help)
    ),
    '',
    'Every option, with config.json fields and URL parameters: see the README, "Options".',
    ''
  ].join('\n')
}

/** The README's options table (Markdown), generated from the registry. */
export function optionsTable(): string {
  const code = (s: string): string => `\`${s}\``
  const rows = OPTIONS.map((o) => {
    const placeholder = 'placeholder' in o ? o.placeholder : undefined
    return [
      o.configFile ? code(o.key) : '',
      'flag' in o ? code(flagUsage(o.flag, placeholder)) : '',
      'url' in o ? code(`?${o.url}=${placeholder ?? ''}`) : '',
      code(JSON.stringify(o.default)),
      rangeText(o.kind),
      o.help.replaceAll('|', '\\|')
    ]
  })
  const header = ['`config.json`', 'flag', 'URL (browser)', 'default', 'values', 'meaning']
  const lines = [header, header.map(() => '---'), ...rows].map(
    (cells) => `| ${cells.join(' | ')} |`
  )
  return lines.join('\n')
}

/** The README's table of commands and start-up flags (Markdown), generated from the registry. */
export function commandsTable(): string {
  const rows = COMMANDS.map((c) =>
    [`\`${flagUsage(c.flag, 'placeholder' in c ? c.placeholder : undefined)}\``, c.help].map(
      (cell) => cell.replaceAll('|', '\\|')
    )
  )
  return [['flag', 'what it does'], ['---', '---'], ...rows]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n')
}

function rangeText(kind: OptionKind): string {
  switch (kind.type) {
    case 'integer':
      return `${kind.min}–${kind.max}${kind.nullable ? ' or null' : ''}`
    case 'number':
      return `${kind.min}–${kind.max}`
    case 'boolean':
      return 'true, false'
    case 'enum':
      return kind.values.join(', ')
    case 'path':
      return 'folder or null'
    case 'pin-hash':
      return '`scrypt:…` or null'
    case 'schedule':
      return 'object or null'
    case 'public-keys':
      return 'list of keys'
  }
}
