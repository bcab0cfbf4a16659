/**
 * The vocabulary the illustration parts share: palette tones and the poses of the stick figures.
 */

/**
 * A colour of the app's palette, painted as `var(--<tone>)`. The accents (`gold` … `plum`) are
 * the app's own variables; `paper`, `mist`, `dusk`, `night`, `hill` and `block` are the scene's
 * names for the text and ink colours, declared by `Scene`.
 */
export type Tone =
  | 'gold'
  | 'coral'
  | 'jade'
  | 'azure'
  | 'plum'
  | 'paper'
  | 'mist'
  | 'dusk'
  | 'night'
  | 'hill'
  | 'block'

/**
 * How a stick figure stands, in its own coordinates: feet on y = 0, up is negative y.
 * Path data is SVG `d` syntax.
 */
export interface Pose {
  /** Legs, and arms drawn as thick as the legs. */
  limbs: string
  /** Arms drawn a little thinner than the legs. */
  arms?: string
  /** The torso: a thick stroke, or with `dress` an outline filled in the figure's tone. */
  body: string
  /** Stroke width of the torso (not used for a dress). */
  width?: number
  dress?: boolean
  /** Centre of the head and its radius. */
  head: [x: number, y: number, r?: number]
  /** Stroke width of the limbs. */
  line?: number
}

/** A child running up and to the right, arms swinging (the stair street, the sports ground). */
export const RUNNER: Pose = {
  limbs: 'M0 -30 L12 -18 L16 0 M0 -30 L-8 -14 L-24 -16',
  arms: 'M6 -52 L18 -42 L26 -52 M6 -52 L-6 -42 L-14 -32',
  body: 'M1 -34 L6 -52',
  head: [10, -72]
}
