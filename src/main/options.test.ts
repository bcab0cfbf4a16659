import { describe, expect, it } from 'vitest'
import { parseOptions } from './options'

describe('parseOptions', () => {
  it('defaults to kiosk mode with no overrides', () => {
    expect(parseOptions(['/usr/bin/electron', 'out/main/index.js'])).toEqual({
      mode: 'kiosk',
      showOverrides: {},
      problems: []
    })
  })

  it('reads --windowed and show flags, ignoring Chromium flags', () => {
    const o = parseOptions([
      'electron',
      '.',
      '--windowed',
      '--idle=30',
      '--no-sandbox',
      '--slide-seconds=5'
    ])
    expect(o.mode).toBe('windowed')
    expect(o.showOverrides).toEqual({ idleSeconds: 30, slideSeconds: 5 })
  })

  it('reports malformed values by flag and keeps going', () => {
    const o = parseOptions(['electron', '--idle=soon', '--idle='])
    expect(o.showOverrides).toEqual({})
    expect(o.problems).toEqual([
      '--idle: expected a number of seconds, got "soon"',
      '--idle: expected a number of seconds, got ""'
    ])
  })
})
