/**
 * Timings and thresholds of the slideshow, with their documented defaults. The renderer reads
 * overrides from the host (Electron) or the page URL (`?idle=20`), always through
 * {@link resolveShowConfig}, so a bad value can never stop the show.
 *
 * Pure TypeScript: imports nothing from electron, node:* or the DOM.
 */

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
}

/** The defaults every host starts from. */
export const DEFAULT_SHOW_CONFIG: Readonly<ShowConfig> = Object.freeze({
  idleSeconds: 60,
  slideSeconds: 8,
  transitionMs: 600,
  swipeThreshold: 0.18,
  swipeVelocity: 0.45,
  tapSlopPx: 12,
  edgeZone: 0.12,
  ghostTouchMs: 100,
  wheelGestureGapMs: 220,
  digitTimeoutMs: 2000
})

/** Allowed range of each option; a value outside it is refused with a message. */
const LIMITS: { [K in keyof ShowConfig]: [min: number, max: number] } = {
  idleSeconds: [3, 86_400],
  slideSeconds: [2, 120],
  transitionMs: [0, 3000],
  swipeThreshold: [0.02, 0.9],
  swipeVelocity: [0.05, 10],
  tapSlopPx: [1, 100],
  edgeZone: [0, 0.4],
  ghostTouchMs: [0, 1000],
  wheelGestureGapMs: [50, 2000],
  digitTimeoutMs: [250, 30_000]
}

export interface ConfigResult {
  config: ShowConfig
  /** One message per refused value: source, field, what was expected. */
  problems: string[]
}

/**
 * Merges overrides over the defaults, refusing (with a message naming source and field) any value
 * that is not a finite number within range. Unknown keys are reported too.
 */
export function resolveShowConfig(
  overrides: Readonly<Record<string, unknown>>,
  source: string
): ConfigResult {
  const config: ShowConfig = { ...DEFAULT_SHOW_CONFIG }
  const problems: string[] = []
  for (const [key, raw] of Object.entries(overrides)) {
    if (!(key in LIMITS)) {
      problems.push(`${source}: ${key}: unknown option`)
      continue
    }
    const k = key as keyof ShowConfig
    const [min, max] = LIMITS[k]
    const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
      problems.push(
        `${source}: ${key}: expected a number from ${min} to ${max}, got ${JSON.stringify(raw)}`
      )
      continue
    }
    config[k] = value
  }
  return { config, problems }
}
