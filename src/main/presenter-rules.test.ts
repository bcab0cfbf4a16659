import { describe, expect, it } from 'vitest'
import {
  applyPresentation,
  choosePresentDisplays,
  EMPTY_HUB,
  INITIAL_PRESENTATION,
  joinHub,
  placementMoved,
  presentPlacement,
  proposeHub,
  type HubState
} from './presenter-rules'

const primary = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }
const projector = { id: 7, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } }

describe('choosePresentDisplays', () => {
  it('puts the audience on the external display and the presenter on the laptop', () => {
    const r = choosePresentDisplays([primary, projector], primary, null)
    expect(r.audience).toBe(projector)
    expect(r.presenter).toBe(primary)
    expect(r.separate).toBe(true)
  })

  it('honours --display=N', () => {
    expect(choosePresentDisplays([primary, projector], primary, 0).audience).toBe(primary)
  })

  it('shares the one display when there is no other', () => {
    const r = choosePresentDisplays([primary], primary, null)
    expect(r.audience).toBe(primary)
    expect(r.separate, 'the presenter view becomes a movable window').toBe(false)
  })

  it('counts --display=N from the primary, then left to right, whatever the system order', () => {
    const left = { id: 9, bounds: { x: -1920, y: 0, width: 1920, height: 1080 } }
    const listed = [projector, primary, left]
    expect(choosePresentDisplays(listed, primary, 1).audience, 'N=1: the leftmost other').toBe(left)
    expect(choosePresentDisplays(listed, primary, 2).audience).toBe(projector)
    expect(choosePresentDisplays(listed, primary, null).audience, 'no N: the same as 1').toBe(left)
  })

  it('keeps the presenter on the laptop when the projector was made the primary display', () => {
    const laptop = { ...primary, id: 3, internal: true }
    const beamer = { ...projector, bounds: { ...projector.bounds, x: 0 }, internal: false }
    const movedLaptop = { ...laptop, bounds: { ...laptop.bounds, x: 1920 } }
    const r = choosePresentDisplays([movedLaptop, beamer], beamer, null)
    expect(r.presenter, 'the built-in screen').toBe(movedLaptop)
    expect(r.audience, 'the projector').toBe(beamer)
    expect(r.separate).toBe(true)
  })
})

describe('presentPlacement (a projector plugged in or out)', () => {
  it('with a projector: the audience fullscreen on it, the presenter on the laptop', () => {
    const p = presentPlacement([primary, projector], primary, null)
    expect(p.audience).toEqual({ display: 7, bounds: projector.bounds, fullscreen: true })
    expect(p.presenter).toEqual({ display: 1, bounds: primary.bounds })
    expect(p.separate).toBe(true)
  })

  it('on the laptop alone: the audience a normal window, centred on the primary', () => {
    const p = presentPlacement([primary], primary, null)
    expect(p.audience.fullscreen).toBe(false)
    expect(p.audience.display).toBe(1)
    expect(p.audience.bounds, 'at most 1600×900, centred').toEqual({
      x: 0,
      y: 0,
      width: 1440,
      height: 900
    })
  })

  it('moves the windows only when the audience changes display or fullscreen', () => {
    const alone = presentPlacement([primary], primary, null)
    const plugged = presentPlacement([primary, projector], primary, null)
    const third = { id: 8, bounds: { x: 3360, y: 0, width: 1280, height: 1024 } }
    expect(placementMoved(alone, plugged), 'projector plugged in').toBe(true)
    expect(placementMoved(plugged, alone), 'projector unplugged').toBe(true)
    expect(
      placementMoved(plugged, presentPlacement([primary, projector, third], primary, null)),
      'a third screen to the right changes nothing'
    ).toBe(false)
    expect(placementMoved(plugged, plugged), 'the same event twice').toBe(false)
  })
})

describe('applyPresentation (one source of truth for both windows)', () => {
  it('takes a valid state from either window and reports the change', () => {
    const a = applyPresentation(INITIAL_PRESENTATION, {
      index: 4,
      lang: 'en',
      blank: 'none',
      attract: 'off'
    })
    expect(a).toEqual({
      state: { index: 4, lang: 'en', blank: 'none', attract: 'off' },
      changed: true
    })
    const ended = applyPresentation(a.state, { ...a.state, blank: 'end' })
    expect(ended.state.blank, 'the talk ended: the end screen').toBe('end')
    const b = applyPresentation(ended.state, { ...a.state, blank: 'black' })
    expect(b.state.blank, 'blackout').toBe('black')
    const same = applyPresentation(b.state, { ...b.state })
    expect(same.changed, 'an echo changes nothing').toBe(false)
    expect(same.state).toBe(b.state)
  })

  it('ignores malformed states', () => {
    for (const bad of [
      null,
      {},
      { index: -1, lang: 'zh', blank: 'none' },
      { index: 1.5, lang: 'zh', blank: 'none' },
      { index: 1, lang: 'fr', blank: 'none' },
      { index: 1, lang: 'zh', blank: 'grey' },
      { index: '3', lang: 'zh', blank: 'none' },
      { index: 3, lang: 'zh', blank: 'none', attract: 'maybe' },
      { index: 3, lang: 'zh', blank: 'none' }
    ]) {
      expect(applyPresentation(INITIAL_PRESENTATION, bad).changed, JSON.stringify(bad)).toBe(false)
    }
  })
})

describe('the hub: a window that joins takes the running state', () => {
  const AUDIENCE = 1
  const PRESENTER = 2
  const onSupply = { index: 17, lang: 'en', blank: 'none', attract: 'off' } as const

  it('a late-opened presenter gets the audience state; the audience never moves', () => {
    let hub: HubState = { ...EMPTY_HUB, audience: AUDIENCE }
    const first = joinHub(hub, AUDIENCE)
    expect(first.answer, 'the audience speaks first').toEqual({ kind: 'first' })
    hub = first.hub
    const started = proposeHub(hub, AUDIENCE, onSupply)
    expect(started.changed).toBe(true)
    hub = started.hub
    const late = joinHub(hub, PRESENTER)
    expect(late.answer, 'the presenter is told slide 18').toEqual({
      kind: 'snapshot',
      state: onSupply
    })
    hub = late.hub
    expect(hub.state, 'joining changed nothing').toBe(started.hub.state)
  })

  it('a presenter that asks before the audience waits for the audience state', () => {
    let hub: HubState = { ...EMPTY_HUB, audience: AUDIENCE }
    const early = joinHub(hub, PRESENTER)
    expect(early.answer).toEqual({ kind: 'wait' })
    const unannounced = proposeHub(early.hub, PRESENTER, { ...INITIAL_PRESENTATION })
    expect(unannounced.changed, 'a window that has not joined announces nothing').toBe(false)
    hub = joinHub(unannounced.hub, AUDIENCE).hub
    hub = proposeHub(hub, AUDIENCE, onSupply).hub
    expect(joinHub(hub, PRESENTER).answer).toEqual({ kind: 'snapshot', state: onSupply })
  })

  it('once joined, either window moves the show; malformed proposals change nothing', () => {
    let hub = joinHub({ ...EMPTY_HUB, audience: AUDIENCE }, AUDIENCE).hub
    hub = proposeHub(hub, AUDIENCE, onSupply).hub
    hub = joinHub(hub, PRESENTER).hub
    const moved = proposeHub(hub, PRESENTER, { ...onSupply, index: 18 })
    expect(moved.changed).toBe(true)
    expect(moved.hub.state?.index).toBe(18)
    expect(proposeHub(moved.hub, PRESENTER, { index: 'x' }).changed).toBe(false)
    expect(proposeHub(moved.hub, AUDIENCE, { ...onSupply, index: 18 }).changed, 'an echo').toBe(
      false
    )
  })

  it('without a known audience the first window to ask starts the show', () => {
    const a = joinHub(EMPTY_HUB, 5)
    expect(a.answer).toEqual({ kind: 'first' })
  })
})
