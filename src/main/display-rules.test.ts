import { describe, expect, it } from 'vitest'
import {
  centreOn,
  chooseDisplay,
  describeDisplays,
  orderDisplays,
  windowedBounds
} from './display-rules'
import { windowOptions } from './window-options'

const primary = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }
const side = { id: 2, bounds: { x: 1920, y: -200, width: 1080, height: 1920 } }

describe('chooseDisplay', () => {
  it('takes the display by index and covers its own bounds', () => {
    const { display, problem } = chooseDisplay([primary, side], primary, 1)
    expect(display).toBe(side)
    expect(problem).toBeNull()
    const opts = windowOptions('kiosk', 'p', display.bounds)
    expect([opts.x, opts.y, opts.width, opts.height], 'the portrait display').toEqual([
      1920, -200, 1080, 1920
    ])
  })

  it('falls back to the primary display with a message', () => {
    const { display, problem } = chooseDisplay([primary], primary, 3)
    expect(display).toBe(primary)
    expect(problem).toBe('--display: 3: no such display (found 1); using the primary display')
  })

  it('centres a windowed window on the chosen display', () => {
    const opts = windowOptions('windowed', 'p', side.bounds)
    expect(opts.fullscreen).toBe(false)
    expect(opts.width).toBe(1080)
    expect(opts.x).toBe(1920)
  })

  it('numbers the displays from the primary, then left to right and top to bottom', () => {
    const left = { id: 3, bounds: { x: -1280, y: 0, width: 1280, height: 1024 } }
    const above = { id: 4, bounds: { x: 1920, y: -1080, width: 1920, height: 1080 } }
    const listed = [side, left, above, primary]
    expect(orderDisplays(listed, primary).map((d) => d.id)).toEqual([1, 3, 4, 2])
    expect(chooseDisplay(listed, primary, 1).display, '--display=1').toBe(left)
    expect(describeDisplays([side, primary], primary)).toBe(
      '0: 1920×1080 at 0,0 (primary) · 1: 1080×1920 at 1920,-200'
    )
  })

  it('a normal window is at most 1600×900, centred; smaller displays are filled', () => {
    expect(windowedBounds(primary.bounds)).toEqual({ x: 160, y: 90, width: 1600, height: 900 })
    expect(windowedBounds({ x: 100, y: 0, width: 1366, height: 768 })).toEqual({
      x: 100,
      y: 0,
      width: 1366,
      height: 768
    })
  })

  it('tells whether a window sits on a display by its centre', () => {
    expect(centreOn({ x: 1800, y: 0, width: 400, height: 300 }, side.bounds), 'mostly right').toBe(
      true
    )
    expect(centreOn({ x: 1500, y: 0, width: 400, height: 300 }, side.bounds)).toBe(false)
  })
})
