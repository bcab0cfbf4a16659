/**
 * The command line (no Electron here, so it is unit-tested): flags parsed once with Node's `util.parseArgs` from the options registry,
 * and the one-shot commands (`--help`, `--hash-pin`, `--check-content`, `--export-analytics`)
 * that print or write something and exit before any window opens. `--export-pdf` needs the app's
 * protocol and a window, so it runs in `setupPdf` after start-up.
 */
import { parseArgs } from 'node:util'
import type { FlagValues } from '@shared/app-config'
import { isDay, type DayRange } from '@shared/analytics'
import { COMMANDS, helpText, OPTIONS } from '@shared/options'
import { hashPin, pinProblem } from './admin-pin'
import type { AnalyticsStore } from './analytics-store'
import { runCheck } from './check-content'

/** Flags that take no value; every other flag of the registry takes one (`--idle=30`). */
const SWITCHES = new Set(['windowed', 'help', 'start-at-login', 'pdf-notes'])

/**
 * Splits argv into flag values. Flags the registry does not know (Chromium's, Electron's, the app
 * path) are left for their owners, so the parse is not strict.
 */
export function parseFlags(argv: readonly string[]): FlagValues {
  const flags = [
    ...OPTIONS.flatMap((o) => ('flag' in o ? [o.flag] : [])),
    ...COMMANDS.map((c) => c.flag)
  ]
  const { values } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(
      flags.map((flag) => [flag, { type: SWITCHES.has(flag) ? 'boolean' : 'string' }] as const)
    ),
    strict: false,
    allowPositionals: true
  })
  return values as FlagValues
}

/** A flag's string value, or undefined (a bare `--flag` of a value flag counts as empty). */
export function flagText(flags: FlagValues, name: string): string | undefined {
  const value = flags[name]
  return value === undefined ? undefined : value === true ? '' : String(value)
}

/** What a command wrote and how the process should exit. */
export interface CommandResult {
  stdout?: string
  stderr?: string
  exitCode: number
}

/**
 * `--help` and `--hash-pin`: they need nothing but the flags. Returns null when neither was
 * given, so the app starts.
 */
export function earlyCommand(flags: FlagValues, appName: string): CommandResult | null {
  if (flags['help'] === true) return { stdout: helpText(appName), exitCode: 0 }
  const pin = flagText(flags, 'hash-pin')
  if (pin === undefined) return null
  const problem = pinProblem(pin)
  if (problem) return { stderr: `--hash-pin: ${problem}; nothing was hashed\n`, exitCode: 2 }
  return { stdout: `${hashPin(pin)}\n`, exitCode: 0 }
}

/**
 * The days `--export-analytics` writes: `--from=YYYY-MM-DD` and `--to=YYYY-MM-DD` (local days,
 * both included; either may be left out), or what is wrong with them.
 */
export function exportRange(flags: FlagValues): DayRange | string {
  const from = flagText(flags, 'from') ?? null
  const to = flagText(flags, 'to') ?? null
  if (from !== null && !isDay(from)) return `--from=${from} is not a day written YYYY-MM-DD`
  if (to !== null && !isDay(to)) return `--to=${to} is not a day written YYYY-MM-DD`
  if (from !== null && to !== null && from > to) return `--from=${from} is after --to=${to}`
  return { from, to }
}

/**
 * `--check-content=DIR` and `--export-analytics=FILE` (with `--from`/`--to`): they need the
 * configuration and the user-data folder, but no window. Resolves to null when neither was given.
 */
export async function dataCommand(
  flags: FlagValues,
  analytics: () => AnalyticsStore
): Promise<CommandResult | null> {
  const pack = flagText(flags, 'check-content')
  if (pack !== undefined) {
    // The same check and words as `npm run content:check`, for machines without Node.
    const out: string[] = []
    const err: string[] = []
    const exitCode = runCheck(
      pack || undefined,
      (line) => out.push(line),
      (line) => err.push(line)
    )
    const text = (lines: string[]) => (lines.length ? `${lines.join('\n')}\n` : undefined)
    return { stdout: text(out), stderr: text(err), exitCode }
  }
  const file = flagText(flags, 'export-analytics')
  if (file !== undefined) {
    const range = exportRange(flags)
    if (typeof range === 'string')
      return { stderr: `--export-analytics: ${range}; nothing was written\n`, exitCode: 2 }
    try {
      return { stdout: `${await analytics().exportCsv(file, range)}\n`, exitCode: 0 }
    } catch (err) {
      return { stderr: `--export-analytics: ${String(err)}\n`, exitCode: 1 }
    }
  }
  return null
}

/** Prints a command's output, then exits with its code (`app.exit` in the app). */
export function finish(result: CommandResult, exit: (code: number) => void): void {
  if (result.stdout) process.stdout.write(result.stdout)
  if (result.stderr) process.stderr.write(result.stderr)
  exit(result.exitCode)
}
