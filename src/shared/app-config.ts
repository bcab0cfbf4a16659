/**
 * The app's configuration: one typed object with a documented default for every option, read
 * from `config.json` in the app's user-data folder and then from command-line flags (flags win).
 * A bad value never stops the show: it is reported (source, field, what was expected) and the
 * default is used instead.
 *
 * Pure TypeScript: imports nothing from electron, node:* or the DOM.
 */

import { checkOption, OPTIONS, type AppMode, type OptionSpec } from './options'
import type { Schedule } from './schedule'

export { APP_MODES, helpText, type AppMode } from './options'

export interface AppConfig {
  /**
   * `windowed` (default): a normal window, so a double-click never locks a laptop. `kiosk`:
   * fullscreen, locked down (a hall PC names it in `config.json`). `present`: audience + presenter view.
   */
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
  /** A content pack folder, shown when it passes the checker; `null` = user data's `content/`, then bundled. */
  content: string | null
  /** Public keys (`ed25519:…`); when any is set, only packs signed with one of them are shown. */
  contentPublicKeys: string[]
  /** Opening hours; `null` = always open. */
  schedule: Schedule | null
  /** A second folder for `status.json` (monitoring); `null` = user data only. */
  statusFolder: string | null
  /** Reach mode: the fraction of the screen height, from the bottom, that holds every control. */
  reachBand: number
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/** Compile-time check: `AppConfig` has exactly the registry's host options. */
const keysMatch: Same<
  Exclude<(typeof OPTIONS)[number], { scope: 'show' }>['key'],
  keyof AppConfig
> = true
void keysMatch

/** The options of the host (everything in the registry but the show's own). */
const APP_OPTIONS: readonly OptionSpec[] = OPTIONS.filter((o) => o.scope !== 'show')

export const DEFAULT_APP_CONFIG: Readonly<AppConfig> = Object.freeze(
  Object.fromEntries(APP_OPTIONS.map((o) => [o.key, o.default])) as unknown as AppConfig
)

export interface AppConfigResult {
  config: AppConfig
  /** One line per refused value: `source: field: expected …, got …`. */
  problems: string[]
  /** Options given but refused (`$` when the whole file was refused): they keep their defaults. */
  refused: string[]
  /**
   * The values `config.json` itself gave (and were accepted), before the flags: what this machine
   * is set up as, whatever one run was started with (a start at login follows it).
   */
  fromFile: Partial<AppConfig>
}

/** Flag values as `util.parseArgs` gives them: `--idle=30` → `{ idle: '30' }`. */
export type FlagValues = Readonly<Record<string, string | boolean | undefined>>

function apply(
  config: AppConfig,
  spec: OptionSpec,
  raw: unknown,
  source: string,
  problems: string[],
  refused: string[]
): boolean {
  const result = checkOption(spec, raw)
  if (result.ok) {
    ;(config as unknown as Record<string, unknown>)[spec.key] = result.value
    return true
  }
  const then = result.consequence ? `; ${result.consequence}` : ''
  problems.push(
    `${source}: ${spec.key}: expected ${result.expected}, got ${JSON.stringify(raw)}${then}`
  )
  refused.push(spec.key)
  return false
}

/**
 * Builds the configuration: defaults, then the config file's text (if any), then the flags
 * (already split by `util.parseArgs`; flags the registry does not know are left alone, as
 * Chromium and Electron have their own). `fileName` names the file in messages.
 */
export function resolveAppConfig(
  fileText: string | null,
  flags: FlagValues,
  fileName = 'config.json'
): AppConfigResult {
  const config: AppConfig = { ...DEFAULT_APP_CONFIG }
  const problems: string[] = []
  const refused: string[] = []
  const fromFile: Record<string, unknown> = {}
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
          if (key === '$schema') continue
          const spec = APP_OPTIONS.find((o) => o.key === key && o.configFile)
          if (!spec) problems.push(`${fileName}: ${key}: unknown option`)
          else if (apply(config, spec, value, fileName, problems, refused))
            fromFile[key] = (config as unknown as Record<string, unknown>)[key]
        }
      }
    }
  }
  if (flags['windowed'] === true) config.mode = 'windowed'
  for (const spec of APP_OPTIONS) {
    if (!spec.flag) continue
    const value = flags[spec.flag]
    if (value === undefined) continue
    // A bare `--start-at-login` is true; a bare value flag (`--idle`) is an empty value.
    const raw = value === true ? (spec.kind.type === 'boolean' ? true : '') : value
    apply(config, spec, raw, `--${spec.flag}`, problems, refused)
  }
  return { config, problems, refused, fromFile: fromFile as Partial<AppConfig> }
}
