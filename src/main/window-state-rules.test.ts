import { describe, expect, it } from 'vitest'
import { parseWindowState, restorableBounds } from './window-state-rules'

const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } }

describe('window state', () => {
  it('restores saved bounds that are still on a display', () => {
    const saved = parseWindowState('{"x":100,"y":80,"width":1200,"height":700}')
    expect(restorableBounds(saved, [laptop])).toEqual({ x: 100, y: 80, width: 1200, height: 700 })
  })

  it('drops bounds left on a monitor that is gone, too small, or malformed', () => {
    const offScreen = { x: 3000, y: 0, width: 1200, height: 700 }
    expect(restorableBounds(offScreen, [laptop])).toBeNull()
    expect(restorableBounds({ x: 0, y: 0, width: 100, height: 100 }, [laptop])).toBeNull()
    expect(parseWindowState('{"x":"a"}')).toBeNull()
    expect(parseWindowState('nope')).toBeNull()
    expect(parseWindowState(null)).toBeNull()
  })
})
