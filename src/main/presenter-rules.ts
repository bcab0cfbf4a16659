/**
 * Present mode as plain decisions: where the audience and presenter windows go, and how a
 * proposed presentation state is checked before it is shared with every window.
 */
import type { PresentationState } from '@shared/ipc'
import type { DisplayLike } from './display-rules'

export const INITIAL_PRESENTATION: Readonly<PresentationState> = Object.freeze({
  index: 0,
  lang: 'zh',
  blank: 'none',
  attract: 'off'
})

/** Largest slide index accepted from a window (the renderer clamps to its deck). */
const MAX_INDEX = 9999

/** The state a window proposed, if it is well formed; otherwise `null`. */
export function validPresentation(proposed: unknown): PresentationState | null {
  const p = proposed as Partial<PresentationState> | null
  const valid =
    !!p &&
    Number.isInteger(p.index) &&
    (p.index as number) >= 0 &&
    (p.index as number) <= MAX_INDEX &&
    (p.lang === 'zh' || p.lang === 'en') &&
    (p.blank === 'none' || p.blank === 'black' || p.blank === 'white' || p.blank === 'end') &&
    (p.attract === 'off' || p.attract === 'loop' || p.attract === 'play')
  return valid ? { index: p.index!, lang: p.lang!, blank: p.blank!, attract: p.attract! } : null
}

/**
 * Checks a state proposed by a window; anything malformed leaves the current state as it is.
 * Returns the new state and whether it changed.
 */
export function applyPresentation(
  current: PresentationState,
  proposed: unknown
): { state: PresentationState; changed: boolean } {
  const next = validPresentation(proposed)
  if (!next) return { state: current, changed: false }
  const changed =
    next.index !== current.index ||
    next.lang !== current.lang ||
    next.blank !== current.blank ||
    next.attract !== current.attract
  return { state: changed ? next : current, changed }
}

/**
 * The hub's memory: the state every window shares (none until the show has announced one), the
 * audience window (whose state a presentation starts from) and the windows that have joined.
 */
export interface HubState {
  state: PresentationState | null
  audience: number | null
  joined: readonly number[]
}

export const EMPTY_HUB: Readonly<HubState> = Object.freeze({
  state: null,
  audience: null,
  joined: []
})

/**
 * What a joining window is told: the running state (`snapshot`), that it speaks first (`first`:
 * the audience, when nothing is running yet) or to wait for the audience's state (`wait`).
 */
export type JoinAnswer =
  { kind: 'snapshot'; state: PresentationState } | { kind: 'first' } | { kind: 'wait' }

/**
 * A window asks for the presentation state. The running show never moves because a window joined:
 * once the audience has a state every joiner takes it; before that, only the audience (or any
 * window, when no audience is known) may start the show from its own state.
 */
export function joinHub(hub: HubState, windowId: number): { hub: HubState; answer: JoinAnswer } {
  const joined = hub.joined.includes(windowId) ? hub.joined : [...hub.joined, windowId]
  if (hub.state) return { hub: { ...hub, joined }, answer: { kind: 'snapshot', state: hub.state } }
  if (hub.audience === null || hub.audience === windowId)
    return { hub: { ...hub, joined }, answer: { kind: 'first' } }
  return { hub, answer: { kind: 'wait' } }
}

/**
 * A window proposes a state. A window that has not joined yet announces nothing (its proposal is
 * dropped); after that, valid proposals change the shared state as {@link applyPresentation} says.
 */
export function proposeHub(
  hub: HubState,
  windowId: number,
  proposed: unknown
): { hub: HubState; changed: boolean } {
  if (!hub.joined.includes(windowId)) return { hub, changed: false }
  if (hub.state === null) {
    const first = validPresentation(proposed)
    return first ? { hub: { ...hub, state: first }, changed: true } : { hub, changed: false }
  }
  const result = applyPresentation(hub.state, proposed)
  return result.changed
    ? { hub: { ...hub, state: result.state }, changed: true }
    : { hub, changed: false }
}

/**
 * The audience goes on `--display=N` or else the first display that is not the primary; the
 * presenter stays on the primary. With one display both share it (`separate: false`), and the
 * presenter view opens as a window the presenter can move.
 */
export function choosePresentDisplays<D extends DisplayLike>(
  displays: readonly D[],
  primary: D,
  index: number | null
): { audience: D; presenter: D; separate: boolean } {
  const chosen = index !== null ? displays[index] : displays.find((d) => d.id !== primary.id)
  const audience = chosen ?? primary
  return { audience, presenter: primary, separate: audience.id !== primary.id }
}
