/**
 * Timings and thresholds of the slideshow, with their documented defaults. The renderer reads
 * overrides from the host (Electron) or the page URL (`?idle=20`), always through
 * {@link resolveShowConfig}, so a bad value can never stop the show.
 *
 * The options a host may override are declared in the registry (`options.ts`); the rest are
 * tuning constants with documented defaults.
 *
 * Pure TypeScript: imports nothing from electron, node:* or the DOM.
 */
import { checkOption, OPTIONS, option, type OptionSpec } from './options'
import type { Schedule } from './schedule'

export interface ShowConfig {
  /** Seconds without input before the attract loop starts. Default 60. */
  idleSeconds: number
  /** Seconds a slide stays up in the attract loop when neither slide nor deck says. Default 8. */
  slideSeconds: number
  /** Milliseconds of a slide transition. Default 600 (0 with reduced motion). */
  transitionMs: number
  /** Fraction of the stage width a drag must travel to change slide. Default 0.18. */
  swipeThreshold: number
  /** Release speed (px/ms) that changes slide even on a short drag. Default 0.45. */
  swipeVelocity: number
  /** Pixels a pointer may move and still count as a tap. Default 12. */
  tapSlopPx: number
  /** Fraction of the stage width at each side where a tap goes back / forward. Default 0.12. */
  edgeZone: number
  /** Touches closer together than this (ms) are one interaction (ghost touches). Default 100. */
  ghostTouchMs: number
  /** Quiet time (ms) that ends a wheel/trackpad gesture; one step per gesture. Default 220. */
  wheelGestureGapMs: number
  /** Milliseconds after the last digit before a typed slide number is forgotten. Default 2000. */
  digitTimeoutMs: number
  /** Opening hours (null: always open); outside them the show stops and the screen goes dark. */
  schedule: Schedule | null
  /** Reach mode: the fraction of the screen height, from the bottom, that holds every control. */
  reachBand: number
}

/** Milliseconds a figure takes to count up to its value as its slide appears. */
export const COUNT_UP_MS = 1400

/** The defaults every host starts from. */
export const DEFAULT_SHOW_CONFIG: Readonly<ShowConfig> = Object.freeze({
  idleSeconds: option('idleSeconds').default,
  slideSeconds: option('slideSeconds').default,
  transitionMs: option('transitionMs').default,
  swipeThreshold: 0.18,
  swipeVelocity: 0.45,
  tapSlopPx: 12,
  edgeZone: 0.12,
  ghostTouchMs: 100,
  wheelGestureGapMs: 220,
  digitTimeoutMs: 2000,
  schedule: null,
  reachBand: option('reachBand').default
})

/** The show's options a host or URL may set (see the registry). */
export const SHOW_OPTIONS: readonly OptionSpec[] = OPTIONS.filter((o) => o.scope !== 'app')

export interface ConfigResult {
  config: ShowConfig
  /** One message per refused value: source, field, what was expected. */
  problems: string[]
}

/**
 * Merges overrides over the defaults, refusing (with a message naming source and field) any value
 * the registry does not allow. Unknown keys are reported too.
 */
export function resolveShowConfig(
  overrides: Readonly<Record<string, unknown>>,
  source: string
): ConfigResult {
  const config: ShowConfig = { ...DEFAULT_SHOW_CONFIG }
  const problems: string[] = []
  for (const [key, raw] of Object.entries(overrides)) {
    const spec = SHOW_OPTIONS.find((o) => o.key === key)
    if (!spec) {
      problems.push(`${source}: ${key}: unknown option`)
      continue
    }
    const result = checkOption(spec, raw)
    if (result.ok) (config as unknown as Record<string, unknown>)[key] = result.value
    else problems.push(`${source}: ${key}: expected ${result.expected}, got ${JSON.stringify(raw)}`)
  }
  return { config, problems }
}
