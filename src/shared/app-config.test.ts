import { describe, expect, it } from 'vitest'
import { DEFAULT_APP_CONFIG, helpText, resolveAppConfig } from './app-config'

describe('resolveAppConfig', () => {
  it('uses the documented defaults with no file and no flags', () => {
    const r = resolveAppConfig(null, {})
    expect(r.config).toEqual(DEFAULT_APP_CONFIG)
    expect(r.config.mode, 'a double-click (no flag, no config.json) opens a window').toBe(
      'windowed'
    )
    expect(r.problems).toEqual([])
    expect(r.fromFile, 'nothing came from a file').toEqual({})
  })

  it('a hall PC is a kiosk from config.json alone; fromFile keeps what the file said', () => {
    const r = resolveAppConfig(JSON.stringify({ mode: 'kiosk', idleSeconds: 45 }), {})
    expect(r.config.mode).toBe('kiosk')
    expect(r.fromFile).toEqual({ mode: 'kiosk', idleSeconds: 45 })
    const byHand = resolveAppConfig(JSON.stringify({ mode: 'kiosk' }), { mode: 'windowed' })
    expect(byHand.config.mode, 'the Windowed shortcut wins for its run').toBe('windowed')
    expect(byHand.fromFile.mode, 'the machine is still set up as a kiosk').toBe('kiosk')
    const refused = resolveAppConfig(JSON.stringify({ mode: 'party', idleSeconds: 45 }), {})
    expect(refused.fromFile, 'a refused value is not taken from the file').toEqual({
      idleSeconds: 45
    })
  })

  it('reads the file, then lets flags win', () => {
    const file = JSON.stringify({ mode: 'kiosk', idleSeconds: 90, display: 1, startAtLogin: true })
    const r = resolveAppConfig(file, { idle: '30', windowed: true, display: '0' })
    expect(r.config.idleSeconds, 'flag beats file').toBe(30)
    expect(r.config.mode).toBe('windowed')
    expect(r.config.display).toBe(0)
    expect(r.config.startAtLogin, 'from the file').toBe(true)
    expect(r.problems).toEqual([])
  })

  it('accepts --mode=present and --daily-reload-hour=null', () => {
    const r = resolveAppConfig(null, {
      mode: 'present',
      'daily-reload-hour': 'null',
      'start-at-login': true
    })
    expect(r.config.mode).toBe('present')
    expect(r.config.dailyReloadHour).toBeNull()
    expect(r.config.startAtLogin).toBe(true)
  })

  it('names file, field and expectation for every bad value, and keeps the defaults', () => {
    const file = JSON.stringify({
      idleSeconds: -5,
      mode: 'party',
      colour: 'red',
      adminPinHash: '1234'
    })
    const r = resolveAppConfig(file, { display: 'two', idle: '1e9' }, '/u/config.json')
    expect(r.config).toEqual(DEFAULT_APP_CONFIG)
    expect(r.problems).toEqual([
      '/u/config.json: idleSeconds: expected a whole number from 3 to 86400, got -5',
      '/u/config.json: mode: expected one of kiosk, windowed, present, got "party"',
      '/u/config.json: colour: unknown option',
      '/u/config.json: adminPinHash: expected null or a hash made with --hash-pin (scrypt:<salt>:<key>), got "1234"; the admin escape stays disabled until it is fixed',
      '--display: display: expected a whole number from 0 to 16 or null, got "two"',
      '--idle: idleSeconds: expected a whole number from 3 to 86400, got "1e9"'
    ])
  })

  it('survives a malformed or non-object file', () => {
    const broken = resolveAppConfig('{ "mode": ', {})
    expect(broken.config).toEqual(DEFAULT_APP_CONFIG)
    expect(broken.problems[0]).toMatch(/^config\.json: \$: not valid JSON/)
    const list = resolveAppConfig('[1, 2]', {})
    expect(list.problems).toEqual(['config.json: $: expected an object of options'])
  })

  it('reads an adminPinHash with stray whitespace or capitals; refuses (fails closed) anything else', () => {
    const hash = `scrypt:${'ab'.repeat(16)}:${'cd'.repeat(64)}`
    for (const written of [
      `${hash}\n`,
      `  ${hash}`,
      hash.toUpperCase().replace('SCRYPT', 'scrypt')
    ]) {
      const r = resolveAppConfig(JSON.stringify({ adminPinHash: written }), {})
      expect(r.config.adminPinHash, JSON.stringify(written)).toBe(hash)
      expect(r.refused).toEqual([])
    }
    const bad = resolveAppConfig(JSON.stringify({ adminPinHash: `${hash}x` }), {})
    expect(bad.config.adminPinHash).toBeNull()
    expect(bad.refused, 'the admin escape must know the hash was refused').toEqual(['adminPinHash'])
  })

  it('a file that cannot be parsed is refused whole (a trailing comma), and says so', () => {
    const r = resolveAppConfig('{ "adminPinHash": null, }', {}, '/u/config.json')
    expect(r.refused).toEqual(['$'])
    expect(r.problems[0]).toMatch(
      /^\/u\/config\.json: \$: not valid JSON .*admin escape stays disabled/
    )
    expect(resolveAppConfig('[1]', {}).refused).toEqual(['$'])
  })

  it('reads a file saved with a byte-order mark (Windows Notepad)', () => {
    const r = resolveAppConfig('\uFEFF{ "idleSeconds": 30 }', {})
    expect(r.problems).toEqual([])
    expect(r.config.idleSeconds).toBe(30)
  })

  it('ignores flags the registry does not know (Chromium and Electron have their own)', () => {
    const r = resolveAppConfig(null, { 'no-sandbox': true, inspect: '9229' })
    expect(r.problems).toEqual([])
  })

  it('refuses options config.json may not set, and show-only options', () => {
    const r = resolveAppConfig(JSON.stringify({ transitionMs: 100 }), {})
    expect(r.problems).toEqual(['config.json: transitionMs: unknown option'])
  })

  it('prints every flag in --help', () => {
    const text = helpText('App 1.0')
    for (const flag of [
      '--windowed',
      '--mode',
      '--display',
      '--idle',
      '--content',
      '--hash-pin',
      '--help'
    ]) {
      expect(text, flag).toContain(flag)
    }
  })
})
