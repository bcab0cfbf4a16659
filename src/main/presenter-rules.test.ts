import { describe, expect, it } from 'vitest'
import { applyPresentation, choosePresentDisplays, INITIAL_PRESENTATION } from './presenter-rules'

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
})

describe('applyPresentation (one source of truth for both windows)', () => {
  it('takes a valid state from either window and reports the change', () => {
    const a = applyPresentation(INITIAL_PRESENTATION, { index: 4, lang: 'en', blank: 'none' })
    expect(a).toEqual({ state: { index: 4, lang: 'en', blank: 'none' }, changed: true })
    const b = applyPresentation(a.state, { index: 4, lang: 'en', blank: 'black' })
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
      { index: '3', lang: 'zh', blank: 'none' }
    ]) {
      expect(applyPresentation(INITIAL_PRESENTATION, bad).changed, JSON.stringify(bad)).toBe(false)
    }
  })
})
