import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { pageContentSecurityPolicy } from '@shared/pack-rules'
import { CONTENT_SECURITY_POLICY, resolveAppPath, type ServedRoots } from './app-paths'

let roots: ServedRoots
let outside: string

beforeAll(() => {
  const base = realpathSync(mkdtempSync(join(tmpdir(), 'app-paths-')))
  roots = { renderer: join(base, 'renderer'), content: join(base, 'content') }
  mkdirSync(join(roots.renderer, 'assets'), { recursive: true })
  mkdirSync(join(roots.content, 'media'), { recursive: true })
  writeFileSync(join(roots.renderer, 'index.html'), '<!doctype html>')
  writeFileSync(join(roots.renderer, 'assets', 'app.js'), '')
  writeFileSync(join(roots.content, 'deck.json'), '{}')
  outside = join(base, 'secret.txt')
  writeFileSync(outside, 'secret')
  symlinkSync(outside, join(roots.content, 'media', 'link.png'))
  symlinkSync(
    join(roots.renderer, 'index.html'),
    join(roots.content, 'media', 'inside-other-root.html')
  )
  // Files a pack holds but may not serve (the rule npm run web shares).
  writeFileSync(join(roots.content, '.env'), 'SECRET=1')
  writeFileSync(join(roots.content, 'media', 'app.js'), 'alert(1)')
  writeFileSync(join(roots.content, 'media', 'page.html'), '<script>alert(1)</script>')
  symlinkSync('/', join(roots.content, 'root'))
})

describe('resolveAppPath', () => {
  it('serves the renderer and the content pack', () => {
    expect(resolveAppPath('app://bundle/', roots)).toBe(join(roots.renderer, 'index.html'))
    expect(resolveAppPath('app://bundle/index.html', roots)).toBe(
      join(roots.renderer, 'index.html')
    )
    expect(resolveAppPath('app://bundle/assets/app.js?v=1#x', roots)).toBe(
      join(roots.renderer, 'assets', 'app.js')
    )
    expect(resolveAppPath('app://bundle/content/deck.json', roots)).toBe(
      join(roots.content, 'deck.json')
    )
  })

  const hostile = [
    'app://bundle/../secret.txt',
    'app://bundle/%2e%2e/secret.txt',
    'app://bundle/%2E%2E%2Fsecret.txt',
    'app://bundle/content/%2e%2e/%2e%2e/secret.txt',
    'app://bundle/content/..%5c..%5csecret.txt',
    'app://bundle/%2Fetc%2Fpasswd',
    'app://bundle//etc/passwd',
    'app://bundle/content/media/link.png',
    'app://bundle/content/media/inside-other-root.html',
    'app://bundle/content/root/etc/passwd',
    'app://bundle/content/.env',
    'app://bundle/content/media/app.js',
    'app://bundle/content/media/page.html',
    'app://bundle/assets',
    'app://bundle/content/',
    'app://bundle/%00index.html',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'https://bundle/index.html',
    'not a url'
  ]
  for (const url of hostile) {
    it(`refuses ${url}`, () => {
      expect(resolveAppPath(url, roots), url).toBeNull()
    })
  }
})

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows scripts only from the app and nothing remote', () => {
    expect(CONTENT_SECURITY_POLICY).toContain('script-src app://bundle/assets/')
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*'self'/)
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/)
    expect(pageContentSecurityPolicy('http://127.0.0.1:4173')).toContain(
      'script-src http://127.0.0.1:4173/assets/'
    )
  })
})
