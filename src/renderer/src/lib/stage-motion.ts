import { createContext } from 'svelte'

/** What a slide's parts may ask of the stage they are on. */
export interface StageMotion {
  /** Slides are moving: work that changes what is painted every frame waits until they stop. */
  readonly moving: boolean
}

const [getStageMotion, setStageMotion, hasStageMotion] = createContext<StageMotion>()

/** Set by the stage (SlideTrack) for the slides inside it. */
export const provideStageMotion = setStageMotion

const STILL: StageMotion = { moving: false }

/** The stage's motion; outside a moving stage (print, presenter previews) nothing moves. */
export function stageMotion(): StageMotion {
  return hasStageMotion() ? getStageMotion() : STILL
}
