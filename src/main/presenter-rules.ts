/**
 * Present mode as plain decisions: where the audience and presenter windows go, and how a
 * proposed presentation state is checked before it is shared with every window.
 */
import type { PresentationState } from '@shared/ipc'
import { orderDisplays, windowedBounds, type Bounds, type DisplayLike } from './display-rules'

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
 * The presenter view belongs on the laptop's own screen: the primary display, unless the primary
 * is an external screen (the projector was made the main display) and the laptop's built-in
 * screen is connected. The audience goes on `--display=N` (numbered as in display-rules.ts), or
 * else the first other display in that order. With one display both share it (`separate: false`).
 */
export function choosePresentDisplays<D extends DisplayLike & { internal?: boolean }>(
  displays: readonly D[],
  primary: D,
  index: number | null
): { audience: D; presenter: D; separate: boolean } {
  const ordered = orderDisplays(displays, primary)
  const builtIn = primary.internal === false ? ordered.find((d) => d.internal === true) : undefined
  const presenter = builtIn ?? primary
  const chosen = index !== null ? ordered[index] : ordered.find((d) => d.id !== presenter.id)
  const audience = chosen ?? presenter
  return { audience, presenter, separate: audience.id !== presenter.id }
}

/** Where present mode's windows go on the displays connected now. */
export interface PresentPlacement {
  /** The audience: fullscreen on a display of its own, else a normal window beside the presenter's. */
  audience: { display: number; bounds: Bounds; fullscreen: boolean }
  /** The display the presenter view belongs on (the laptop's, the primary). */
  presenter: { display: number; bounds: Bounds }
  /** Whether the audience has a display of its own (a projector). */
  separate: boolean
}

/**
 * Present mode's layout for the displays there are: with a projector the audience fills it
 * (fullscreen) and the presenter view has the laptop's screen; without one both are normal windows
 * on the laptop (a rehearsal, or the projector was unplugged), so neither hides the other.
 */
export function presentPlacement<D extends DisplayLike & { internal?: boolean }>(
  displays: readonly D[],
  primary: D,
  index: number | null
): PresentPlacement {
  const { audience, presenter, separate } = choosePresentDisplays(displays, primary, index)
  return {
    audience: {
      display: audience.id,
      bounds: separate ? audience.bounds : windowedBounds(audience.bounds),
      fullscreen: separate
    },
    presenter: { display: presenter.id, bounds: presenter.bounds },
    separate
  }
}

/**
 * Whether a display change (a projector plugged in or out) moves the windows: only when the
 * audience's display or its fullscreen changes, so an unrelated event (a third screen, a second
 * event for the same change) never moves a window the presenter has placed.
 */
export function placementMoved(before: PresentPlacement, after: PresentPlacement): boolean {
  return (
    before.audience.display !== after.audience.display ||
    before.audience.fullscreen !== after.audience.fullscreen ||
    before.presenter.display !== after.presenter.display
  )
}
