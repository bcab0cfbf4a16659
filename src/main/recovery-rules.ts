/**
 * How the kiosk recovers from renderer crashes, as plain decisions: reload at the slide it was on,
 * relaunch after too many crashes, and stop relaunching (showing a calm error slide) when even
 * that keeps failing.
 */
import type { AppMode } from '@shared/app-config'

export type CrashVerdict = 'reload' | 'relaunch' | 'halt'

export interface CrashPolicy {
  /** Crashes allowed within `windowMs` before relaunching. */
  budget: number
  windowMs: number
  /** Relaunches allowed within an hour before halting. */
  relaunchLimit: number
}

export const RELAUNCH_WINDOW_MS = 60 * 60 * 1000

/**
 * Decides what to do about a crash at `now`, given the recent crash times of this run and the
 * relaunch times recorded across runs. Returns the verdict and the crash times to keep.
 */
export function judgeCrash(
  now: number,
  crashes: readonly number[],
  relaunches: readonly number[],
  policy: CrashPolicy
): { verdict: CrashVerdict; crashes: number[] } {
  const recent = [...crashes.filter((t) => now - t < policy.windowMs), now]
  if (recent.length <= policy.budget) return { verdict: 'reload', crashes: recent }
  const recentRelaunches = relaunches.filter((t) => now - t < RELAUNCH_WINDOW_MS)
  if (recentRelaunches.length < policy.relaunchLimit) return { verdict: 'relaunch', crashes: [] }
  return { verdict: 'halt', crashes: recent }
}

/** Reads the relaunch times kept in a file; anything malformed counts as none. */
export function parseRelaunches(text: string | null): number[] {
  if (!text) return []
  try {
    const data: unknown = JSON.parse(text)
    const list = (data as { relaunches?: unknown })?.relaunches
    return Array.isArray(list) ? list.filter((t): t is number => Number.isFinite(t)) : []
  } catch {
    return []
  }
}

/** Milliseconds from `now` to the next `hour`:00 local time (tomorrow if it has passed). */
export function msUntilHour(now: Date, hour: number): number {
  const next = new Date(now)
  next.setHours(hour, 0, 0, 0)
  if (next.getTime() <= now.getTime()) next.setDate(next.getDate() + 1)
  return next.getTime() - now.getTime()
}

/**
 * The command line of a relaunch: this run's arguments (`process.argv` without the executable:
 * the app path when developing, `--user-data`, `--display`, …) with its mode pinned, so a kiosk
 * relaunches as a kiosk even though the program's own default is a window, and even should its
 * `config.json` have become unreadable since the start. Mode flags already there are replaced, so
 * repeated relaunches do not pile them up.
 */
export function relaunchArgs(argv: readonly string[], mode: AppMode): string[] {
  const kept: string[] = []
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!
    if (arg === '--mode')
      i += 1 // `--mode kiosk`: the value goes with it
    else if (!/^--(mode=|windowed(=|$))/.test(arg)) kept.push(arg)
  }
  return [...kept, `--mode=${mode}`]
}
