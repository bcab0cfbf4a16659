import { describe, expect, it } from 'vitest'
import { isAllowedUrl, isTrustedSender } from './navigation'

describe('isAllowedUrl', () => {
  it('allows only the app origin (and the dev server while developing)', () => {
    expect(isAllowedUrl('app://bundle/index.html')).toBe(true)
    expect(isAllowedUrl('app://bundle/index.html#/cover')).toBe(true)
    expect(isAllowedUrl('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
  })

  for (const url of [
    'https://example.com/',
    'app://other/index.html',
    'file:///etc/passwd',
    'http://localhost:5173/',
    'javascript:alert(1)',
    'data:text/html,hi',
    'app://bundle.evil.com/',
    ''
  ]) {
    it(`refuses ${url || '(empty)'}`, () => expect(isAllowedUrl(url)).toBe(false))
  }

  it('refuses another port than the dev server', () => {
    expect(isAllowedUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
  })
})

describe('isTrustedSender', () => {
  it('trusts only the top frame of an app page', () => {
    expect(isTrustedSender({ url: 'app://bundle/index.html', parent: null })).toBe(true)
    expect(isTrustedSender({ url: 'https://example.com/', parent: null })).toBe(false)
    expect(
      isTrustedSender({ url: 'app://bundle/index.html', parent: {} as never }),
      'a sub-frame'
    ).toBe(false)
    expect(isTrustedSender(null)).toBe(false)
  })

  it("trusts only the app's index.html, not another file of its origin", () => {
    for (const url of [
      'app://bundle/index.html?presenter',
      'app://bundle/index.html?print=en#/cover',
      'app://bundle/index.html#/hub'
    ]) {
      expect(isTrustedSender({ url, parent: null }), url).toBe(true)
    }
    for (const url of [
      'app://bundle/content/media/evil.svg',
      'app://bundle/content/deck.json',
      'app://bundle/assets/index.js',
      'app://bundle/favicon.svg',
      'app://bundle/index.html/x',
      'app://bundle/other.html'
    ]) {
      expect(isTrustedSender({ url, parent: null }), url).toBe(false)
    }
  })

  it("trusts the dev server's page while developing, and only its page", () => {
    const dev = 'http://localhost:5173'
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null }, dev)).toBe(true)
    expect(isTrustedSender({ url: 'http://localhost:5173/?presenter', parent: null }, dev)).toBe(
      true
    )
    expect(
      isTrustedSender({ url: 'http://localhost:5173/content/media/evil.svg', parent: null }, dev)
    ).toBe(false)
  })
})
