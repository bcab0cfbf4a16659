import { createContext } from 'svelte'

/** What a slide's parts may ask of the stage they are on. */
export interface StageMotion {
  /** Slides are moving: work that changes what is painted every frame waits until they stop. */
  readonly moving: boolean
  /**
   * The slides are on the live stage, where the ones off screen wait to come in (false in print
   * and the presenter's previews, where every slide is still and complete).
   */
  readonly live: boolean
  /**
   * Charts are made in the task their slide is mounted in, when Chart.js has loaded: the
   * browser's own print takes its snapshot right after the beforeprint handlers (the print view).
   */
  readonly atOnce?: boolean
}

const [getStageMotion, setStageMotion, hasStageMotion] = createContext<StageMotion>()

/** Set by the stage (SlideTrack) for the slides inside it. */
export const provideStageMotion = setStageMotion

const STILL: StageMotion = { moving: false, live: false }

/** The stage's motion; outside a moving stage (print, presenter previews) nothing moves. */
export function stageMotion(): StageMotion {
  return hasStageMotion() ? getStageMotion() : STILL
}
