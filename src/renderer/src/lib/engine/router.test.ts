import { describe, expect, it } from 'vitest'
import { formatHash, parseHash } from './router'

const ids = ['cover', 'hub', 'wall']

describe('hash routing', () => {
  it('formats and parses slide ids', () => {
    expect(formatHash('hub')).toBe('#/hub')
    expect(parseHash('#/hub', ids)).toBe(1)
    expect(parseHash('#wall', ids), 'a hash without the slash still works').toBe(2)
  })

  it('returns null for unknown, empty or malformed hashes', () => {
    expect(parseHash('', ids)).toBeNull()
    expect(parseHash('#/', ids)).toBeNull()
    expect(parseHash('#/nope', ids)).toBeNull()
    expect(parseHash('#/%E0%A4%A', ids), 'bad percent-encoding').toBeNull()
  })
})
