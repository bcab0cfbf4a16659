import { describe, expect, it } from 'vitest'
import { DEFAULT_SHOW_CONFIG, resolveShowConfig } from './config'

describe('resolveShowConfig', () => {
  it('keeps the defaults when nothing is overridden', () => {
    const r = resolveShowConfig({}, 'url')
    expect(r.config, 'config without overrides').toEqual(DEFAULT_SHOW_CONFIG)
    expect(r.problems).toEqual([])
  })

  it('takes numeric strings and numbers within range', () => {
    const r = resolveShowConfig({ idleSeconds: '20', slideSeconds: 5 }, 'url')
    expect(r.config.idleSeconds, 'idle from a query string').toBe(20)
    expect(r.config.slideSeconds).toBe(5)
    expect(r.problems).toEqual([])
  })

  it('refuses bad values with a message naming source and field, keeping the default', () => {
    const r = resolveShowConfig({ idleSeconds: 'soon', edgeZone: 3, colour: 1 }, '--idle')
    expect(r.config.idleSeconds).toBe(60)
    expect(r.config.edgeZone).toBe(DEFAULT_SHOW_CONFIG.edgeZone)
    expect(r.problems).toEqual([
      '--idle: idleSeconds: expected a whole number from 3 to 86400, got "soon"',
      '--idle: edgeZone: unknown option',
      '--idle: colour: unknown option'
    ])
  })
})
