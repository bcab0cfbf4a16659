import { describe, expect, it } from 'vitest'
import { chooseDisplay } from './display-rules'
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
})
