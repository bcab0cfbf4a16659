/**
 * Boots the real main process (src/main/index.ts) whole, against a recording stand-in for the
 * `electron` module, with real files in a temporary user-data folder and the real logger
 * (electron-log writing its file there). This covers the wiring between the feature modules
 * until a machine with the Electron binary runs e2e/electron.spec.ts.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ALL_DAYS } from '@shared/analytics'
import { ADMIN_UNLOCK_MS } from '@shared/ipc'
import { PRERENDER_START } from '@shared/prerender'
import { hashPin, LOCKOUT_MS, MAX_ATTEMPTS } from './admin-pin'
import { createElectronStandIn, standInDisplay, type ElectronStandIn } from './electron-stand-in'
import { LOG_RATE_MAX } from './renderer-log'
import { generateKeys, signPack } from './pack-signing'

const ROOT = join(import.meta.dirname, '../..')
const APP_PAGE = 'app://bundle/index.html'

const current = vi.hoisted(() => ({ stand: null as ElectronStandIn | null }))
// Vitest keeps a mocked module across `resetModules`, so every export forwards to the stand-in of
// the boot in progress.
vi.mock('electron', () => {
  const names = ['app', 'BrowserWindow', 'ipcMain', 'protocol', 'screen', 'powerSaveBlocker']
  const exports: Record<string, unknown> = {}
  for (const name of [...names, 'dialog', 'session', 'Menu', 'webContents']) {
    Object.defineProperty(exports, name, {
      enumerable: true,
      get: () => (current.stand?.module as Record<string, unknown> | undefined)?.[name]
    })
  }
  return exports
})

// electron-log is plain CommonJS loaded by Node (not by Vitest), so its `require('electron')` is
// answered from Node's module cache: the same stand-in, whichever boot is running.
const require = createRequire(import.meta.url)
const electronId = require.resolve('electron')
const forwarding = new Proxy({} as Record<string, unknown>, {
  get: (_t, key: string) => (current.stand?.module as Record<string, unknown> | undefined)?.[key]
})
require.cache[electronId] = {
  id: electronId,
  filename: electronId,
  loaded: true,
  exports: forwarding
} as NodeJS.Module

let userData = ''
let savedArgv: string[] = []

/** Boots src/main/index.ts with these flags; resolves when its windows exist. */
async function boot(...flags: string[]): Promise<ElectronStandIn> {
  const stand = createElectronStandIn(ROOT)
  stand.app.setPath('userData', userData)
  stand.app.setPath('documents', join(userData, 'documents'))
  current.stand = stand
  process.argv = ['electron', ROOT, ...flags]
  vi.resetModules()
  await import('./index')
  await vi.waitFor(() => {
    if (stand.app.exitCode === null && stand.windows().length === 0)
      throw new Error('no window yet')
  })
  return stand
}

/** Lines of the real log file electron-log wrote into the user-data folder. */
function logText(): string {
  const file = join(userData, 'logs', 'main.log')
  return existsSync(file) ? readFileSync(file, 'utf8') : ''
}

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'yz-boot-'))
  savedArgv = process.argv
})
afterEach(() => {
  current.stand?.app.quit()
  process.argv = savedArgv
  rmSync(userData, { recursive: true, force: true })
})

describe('booting the main process', () => {
  it('serves the app and the bundled pack through its scheme, with the CSP', async () => {
    const stand = await boot('--mode=kiosk')
    expect(
      stand.privileged.map((s) => s.scheme),
      'privileged schemes'
    ).toEqual(['app'])
    const [win] = stand.windows()
    expect(stand.windows(), 'one kiosk window').toHaveLength(1)
    expect(win!.options.kiosk, 'kiosk window').toBe(true)
    expect(win!.options.webPreferences?.sandbox, 'sandboxed renderer').toBe(true)
    expect(win!.loaded, 'first page').toEqual([APP_PAGE])

    const page = await stand.fetch(APP_PAGE)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy'), 'CSP on the page').toMatch(
      /script-src app:\/\/bundle\/assets\//
    )
    // (The page's markers, which the build fills with the bundled deck's first frame; which deck
    // keeps it is decided by first-frame.ts: protocol.test.ts, e2e packs.spec.ts.)
    expect(await page.text(), "the bundled deck's prerendered first frame").toContain(
      PRERENDER_START
    )
    const deck = await stand.fetch('app://bundle/content/deck.json')
    expect(deck.status).toBe(200)
    expect(deck.headers.get('content-security-policy'), 'a pack file is sandboxed').toBe('sandbox')
    const body = (await deck.json()) as { slides: unknown[] }
    expect(body.slides.length, 'slides in the bundled deck').toBeGreaterThan(10)
    expect((await stand.fetch('app://bundle/../package.json')).status, 'outside').toBe(404)
    expect(logText(), 'the real logger wrote into user data').toMatch(/\[content\] showing bundled/)
  })

  it('refuses IPC from frames the app did not load', async () => {
    const stand = await boot('--mode=kiosk')
    const [win] = stand.windows()
    const info = await stand.invoke('host:info', stand.frame(win!, APP_PAGE))
    expect(info, 'the app page is answered').toMatchObject({ host: 'electron', mode: 'kiosk' })
    await expect(
      stand.invoke('host:info', stand.frame(win!, 'https://evil.example/')),
      'a foreign page'
    ).rejects.toThrow(/refused/)
    await expect(
      stand.invoke('host:info', stand.frame(win!, APP_PAGE, {})),
      'a sub-frame of the app'
    ).rejects.toThrow(/refused/)
  })

  it('reloads a crashed renderer at the slide it reported', async () => {
    const stand = await boot()
    const [win] = stand.windows()
    stand.send('show:state', stand.frame(win!, APP_PAGE), { slideId: 'supply', attract: false })
    win!.webContents.fire('render-process-gone', { reason: 'crashed', exitCode: 1 })
    expect(win!.loaded.at(-1), 'reloaded at the reported slide').toBe(`${APP_PAGE}#/supply`)
  })

  it('a double-click (no flag, no config.json) opens a normal window; config.json "mode": "kiosk" a kiosk', async () => {
    let stand = await boot()
    let [win] = stand.windows()
    expect(win!.options.kiosk, 'not a kiosk').toBe(false)
    expect(win!.isFullScreen(), 'not fullscreen').toBe(false)
    expect(await stand.invoke('host:info', stand.frame(win!, APP_PAGE))).toMatchObject({
      mode: 'windowed'
    })
    win!.close()
    expect(stand.windows(), 'closable like any window').toHaveLength(0)
    stand.app.quit()

    writeFileSync(join(userData, 'config.json'), JSON.stringify({ mode: 'kiosk' }))
    stand = await boot()
    ;[win] = stand.windows()
    expect(win!.options.kiosk, 'a kiosk from config.json alone').toBe(true)
    expect(win!.isFullScreen(), 'fullscreen').toBe(true)
    win!.close()
    expect(stand.windows(), 'a visitor cannot close it').toHaveLength(1)
    expect(logText()).toMatch(/\[lockdown\] mode kiosk/)
  })

  it('a kiosk relaunched after repeated crashes comes back a kiosk, with the same arguments', async () => {
    writeFileSync(join(userData, 'config.json'), JSON.stringify({ mode: 'kiosk', crashBudget: 1 }))
    const stand = await boot('--display=0')
    const [win] = stand.windows()
    for (let i = 0; i < 2; i += 1)
      win!.webContents.fire('render-process-gone', { reason: 'crashed', exitCode: 1 })
    expect(stand.app.relaunched, 'relaunched once past the crash budget').toBe(1)
    expect(stand.app.relaunchOptions?.args, "this run's arguments, the mode pinned").toEqual([
      ROOT,
      '--display=0',
      '--mode=kiosk'
    ])
    expect(stand.app.exitCode).toBe(0)
  })

  it('start at login starts the mode config.json names, whatever shortcut started this run', async () => {
    writeFileSync(
      join(userData, 'config.json'),
      JSON.stringify({ mode: 'kiosk', startAtLogin: true })
    )
    const xdg = join(userData, 'xdg')
    const saved = { xdg: process.env['XDG_CONFIG_HOME'], resources: process.resourcesPath }
    process.env['XDG_CONFIG_HOME'] = xdg
    // An installed build (start at login is not registered while developing).
    Object.defineProperty(process, 'resourcesPath', {
      value: join(ROOT, 'resources'),
      configurable: true
    })
    try {
      const stand = createElectronStandIn(ROOT)
      stand.app.isPackaged = true
      stand.app.setPath('userData', userData)
      current.stand = stand
      // The technician checks something with the Windowed shortcut, on a kiosk PC.
      process.argv = ['/opt/yz/yuzhong-education-kiosk', '--mode=windowed']
      vi.resetModules()
      await import('./index')
      await vi.waitFor(() => expect(stand.windows()).toHaveLength(1))
      expect(stand.windows()[0]!.options.kiosk, 'this run: a window').toBe(false)
      if (process.platform === 'linux') {
        const entry = readFileSync(
          join(xdg, 'autostart', 'yuzhong-education-exhibition.desktop'),
          'utf8'
        )
        expect(entry, 'the login start: a kiosk').toMatch(/^Exec=\S+ --mode=kiosk$/m)
      } else if (process.platform === 'win32') {
        expect(stand.app.loginItem).toMatchObject({ openAtLogin: true, args: ['--mode=kiosk'] })
      } else {
        // macOS: no arguments; config.json's mode is what the login start opens.
        expect(stand.app.loginItem).toEqual({ openAtLogin: true })
      }
      if (process.platform !== 'darwin')
        expect(logText()).toMatch(/\[login\] starts at login: .* --mode=kiosk/)
    } finally {
      if (saved.xdg === undefined) delete process.env['XDG_CONFIG_HOME']
      else process.env['XDG_CONFIG_HOME'] = saved.xdg
      Object.defineProperty(process, 'resourcesPath', {
        value: saved.resources,
        configurable: true
      })
    }
  })

  it('the admin escape stays closed while no PIN is set', async () => {
    const stand = await boot()
    const [win] = stand.windows()
    const from = stand.frame(win!, APP_PAGE)
    const answer = await stand.invoke('admin:unlock', from, '2468')
    expect(answer, 'the old default PIN').toEqual({ ok: false, reason: 'pin-not-set' })
    expect(await stand.invoke('admin:action', from, 'exit'), 'exit while locked').toBe(false)
    expect(stand.app.quitRequested, 'the app did not quit').toBe(false)
    expect(logText(), 'the log says why').toMatch(/PIN not set/)
  })

  it('writes into the user-data folder cause no reload; a new valid pack waits for attract', async () => {
    const stand = await boot()
    const [win] = stand.windows()
    const from = stand.frame(win!, APP_PAGE)
    stand.send('show:state', from, { slideId: 'cover', attract: false })
    // What a running kiosk writes into user data: logs, analytics, Chromium's profile files.
    mkdirSync(join(userData, 'analytics'), { recursive: true })
    for (let i = 0; i < 5; i += 1) {
      writeFileSync(join(userData, 'analytics', '2026-12-01.jsonl'), `{"n":${i}}\n`, { flag: 'a' })
      writeFileSync(join(userData, 'Preferences'), `{"i":${i}}`)
    }
    // A pack folder appears: the watcher checks it once the writes settle.
    cpSync(join(ROOT, 'examples/content-pack'), join(userData, 'content'), { recursive: true })
    await vi.waitFor(
      () => expect(logText()).toMatch(/\[content\] .*user data.* waits for the attract loop/),
      {
        timeout: 10_000,
        interval: 100
      }
    )
    const before = win!.loaded.length
    stand.send('show:state', from, { slideId: 'cover', attract: true })
    expect(win!.loaded.length, 'reloaded once at the attract loop').toBe(before + 1)
    const deck = (await (await stand.fetch('app://bundle/content/deck.json')).json()) as {
      slides: unknown[]
    }
    expect(deck.slides.length, 'the example pack is served').toBeLessThan(10)

    // The next attract start with nothing changed (logs keep being written) reloads nothing.
    stand.send('show:state', from, { slideId: 'cover', attract: false })
    writeFileSync(join(userData, 'Preferences'), '{"later":true}')
    // Touching the pack with the same bytes is a change event but not a content change.
    const deckFile = join(userData, 'content', 'deck.json')
    writeFileSync(deckFile, readFileSync(deckFile))
    await vi.waitFor(() => expect(logText()).toMatch(/\[content\] .*unchanged/), {
      timeout: 10_000,
      interval: 100
    })
    stand.send('show:state', from, { slideId: 'cover', attract: true })
    expect(win!.loaded.length, 'no reload for unchanged content').toBe(before + 1)
  })

  it('with a PIN set, unlocks only the window that entered it, until its panel closes or attract starts', async () => {
    // Written the way editors write it: a trailing newline and capitals.
    const hash = hashPin('864209')
    writeFileSync(
      join(userData, 'config.json'),
      JSON.stringify({
        mode: 'kiosk',
        adminPinHash: ` ${hash.toUpperCase().replace('SCRYPT', 'scrypt')}\n`
      })
    )
    const stand = await boot()
    const [win] = stand.windows()
    const from = stand.frame(win!, APP_PAGE)
    const other = { ...stand.frame(win!, APP_PAGE), sender: { id: 999 } }
    expect(await stand.invoke('host:info', from)).toMatchObject({ adminPin: 'set' })
    expect(await stand.invoke('admin:unlock', from, '864209')).toMatchObject({
      ok: true,
      status: { pin: 'set' }
    })
    expect(
      await stand.invoke('analytics:status', from, ALL_DAYS),
      'the window that entered it'
    ).not.toBeNull()
    expect(await stand.invoke('analytics:status', other, ALL_DAYS), 'another window').toBeNull()
    expect(
      await stand.invoke('analytics:status', from, { from: '2026-12-01', to: '2026-11-01' }),
      'a range the schema refuses'
    ).toBeNull()
    expect(await stand.invoke('admin:action', other, 'windowed'), 'another window').toBe(false)
    // The admin's Windowed: the kiosk leaves fullscreen and the fullscreen guard leaves it there.
    expect(await stand.invoke('admin:action', from, 'windowed')).toBe(true)
    expect(win!.isFullScreen(), 'windowed after the admin asked').toBe(false)
    expect(await stand.invoke('admin:action', from, 'kiosk')).toBe(true)
    win!.setFullScreen(false)
    expect(win!.isFullScreen(), 'back in kiosk: the guard holds fullscreen again').toBe(true)
    // The panel closes: locked again.
    stand.send('admin:lock', from)
    expect(await stand.invoke('admin:action', from, 'reload'), 'after the panel closed').toBe(false)
    // The attract loop starts (the panel holds it back while open, so it has closed, or the
    // renderer failed to): locked again all the same.
    await stand.invoke('admin:unlock', from, '864209')
    stand.send('show:state', from, { slideId: 'cover', attract: true })
    expect(await stand.invoke('admin:action', from, 'reload'), 'after attract started').toBe(false)
  })

  it('the unlock outlasts any idle time while the show reports no attract loop, up to 5 minutes', async () => {
    writeFileSync(
      join(userData, 'config.json'),
      JSON.stringify({ adminPinHash: hashPin('864209'), idleSeconds: 30 })
    )
    // Only the clock is faked, from before the boot, so the admin reads this one.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date(2026, 11, 1, 10) })
    try {
      const stand = await boot()
      const from = stand.frame(stand.windows()[0]!, APP_PAGE)
      const t0 = Date.now()
      expect(await stand.invoke('admin:unlock', from, '864209')).toMatchObject({ ok: true })
      // Minutes pass with the panel open: the show keeps reporting, and never the attract loop.
      for (const minutes of [1, 2, 4]) {
        vi.setSystemTime(t0 + minutes * 60_000)
        stand.send('show:state', from, { slideId: 'cover', attract: false })
      }
      vi.setSystemTime(t0 + ADMIN_UNLOCK_MS)
      expect(
        await stand.invoke('analytics:status', from, ALL_DAYS),
        'still unlocked at 5 minutes'
      ).not.toBeNull()
      vi.setSystemTime(t0 + ADMIN_UNLOCK_MS + 1)
      expect(await stand.invoke('analytics:status', from, ALL_DAYS), 'the 5-minute cap').toBeNull()
      expect(await stand.invoke('admin:action', from, 'kiosk'), 'actions too').toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })

  it('--export-analytics with --from and --to writes those local days of user data and starts nothing', async () => {
    const dir = join(userData, 'analytics')
    mkdirSync(dir, { recursive: true })
    const at = (month: number, day: number) => new Date(2026, month - 1, day, 10, 5, 9).getTime()
    for (const [month, day] of [
      [10, 31],
      [11, 1],
      [11, 30],
      [12, 1]
    ] as const) {
      const name = `2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}.jsonl`
      const event = { type: 'session-start', at: at(month, day), session: `s${month}-${day}` }
      writeFileSync(join(dir, name), `${JSON.stringify(event)}\n`)
    }
    const file = join(userData, 'november.csv')
    const stand = createElectronStandIn(ROOT)
    stand.app.setPath('userData', userData)
    current.stand = stand
    process.argv = [
      'electron',
      ROOT,
      `--export-analytics=${file}`,
      '--from=2026-11-01',
      '--to=2026-11-30'
    ]
    vi.resetModules()
    await import('./index')
    await vi.waitFor(() => expect(stand.app.exitCode).not.toBeNull())
    expect(stand.app.exitCode).toBe(0)
    expect(stand.windows()).toHaveLength(0)
    const rows = readFileSync(file, 'utf8').trim().split('\n')
    expect(rows[0]).toBe('type,time,session,slide,dwell_ms,via,duration_ms,lang')
    expect(rows.slice(1).map((r) => r.split(',')[2])).toEqual(['s11-1', 's11-30'])
    expect(rows[1], 'local time with its offset').toMatch(
      /^session-start,2026-11-01T10:05:09[+-]\d\d:\d\d,/
    )
  })

  it('a wrong PIN locks the pad with a back-off that survives a restart', async () => {
    writeFileSync(
      join(userData, 'config.json'),
      JSON.stringify({ adminPinHash: hashPin('864209') })
    )
    let stand = await boot()
    let from = stand.frame(stand.windows()[0]!, APP_PAGE)
    const answers = []
    for (let i = 0; i < MAX_ATTEMPTS; i++)
      answers.push(await stand.invoke('admin:unlock', from, '000000'))
    expect(answers.at(-1), 'the fifth wrong PIN').toEqual({
      ok: false,
      reason: 'locked-out',
      retryInSeconds: LOCKOUT_MS / 1000
    })
    stand.app.quit()
    stand = await boot()
    from = stand.frame(stand.windows()[0]!, APP_PAGE)
    expect(
      await stand.invoke('admin:unlock', from, '864209'),
      'the right PIN, after a restart'
    ).toMatchObject({ ok: false, reason: 'locked-out' })
  })

  it('an invalid hash or a config.json that does not parse keeps the escape closed', async () => {
    writeFileSync(join(userData, 'config.json'), '{ "adminPinHash": "scrypt:1234", }')
    const stand = await boot()
    const from = stand.frame(stand.windows()[0]!, APP_PAGE)
    expect(await stand.invoke('admin:unlock', from, '2468')).toEqual({
      ok: false,
      reason: 'pin-invalid'
    })
    expect(logText()).toMatch(/config\.json: \$: not valid JSON/)
  })

  it('host:log writes one clean line per entry, refuses junk and is rate-limited', async () => {
    const stand = await boot()
    const from = stand.frame(stand.windows()[0]!, APP_PAGE)
    stand.send('host:log', from, null)
    stand.send('host:log', from, {
      level: 'error',
      message: 'boom\n[admin] unlock granted\u001b[2J'
    })
    for (let i = 0; i < LOG_RATE_MAX + 20; i++)
      stand.send('host:log', from, { level: 'warn', message: `flood ${i}` })
    const lines = logText()
      .split('\n')
      .filter((l) => l.includes('[renderer]'))
    expect(lines[0], 'one line, control characters gone').toMatch(
      /\[renderer\] boom \[admin\] unlock granted \[2J$/
    )
    expect(lines.length, 'at most the rate limit').toBe(LOG_RATE_MAX)
    expect(logText()).not.toMatch(/^\[admin\] unlock granted/m)
  })

  it('a kiosk visitor cannot start a PDF export; a presenter can, one at a time', async () => {
    let stand = await boot('--mode=kiosk')
    const from = stand.frame(stand.windows()[0]!, APP_PAGE)
    expect(await stand.invoke('pdf:export', from, 'zh'), 'kiosk, locked').toBeNull()
    expect(stand.windows(), 'no print window was opened').toHaveLength(1)
    stand.app.quit()
    mkdirSync(join(userData, 'documents'))
    stand = await boot('--windowed')
    const win = stand.windows()[0]!
    const first = stand.invoke('pdf:export', stand.frame(win, APP_PAGE), 'en')
    expect(
      await stand.invoke('pdf:export', stand.frame(win, APP_PAGE), 'zh'),
      'a second one at once'
    ).toBeNull()
    const printWin = stand.windows()[1]!
    expect(printWin.loaded[0]).toBe(`${APP_PAGE}?print&lang=en`)
    stand.send('pdf:ready', stand.frame(printWin, `${APP_PAGE}?print&lang=en`))
    expect(await first).toBe(join(userData, 'documents', 'yuzhong-education-en.pdf'))
    expect(readFileSync(join(userData, 'documents', 'yuzhong-education-en.pdf'), 'utf8')).toMatch(
      /^%PDF/
    )
    // A second export never overwrites the first.
    const second = stand.invoke('pdf:export', stand.frame(win, APP_PAGE), 'en')
    await vi.waitFor(() => expect(stand.windows()).toHaveLength(2))
    const printAgain = stand.windows()[1]!
    stand.send('pdf:ready', stand.frame(printAgain, `${APP_PAGE}?print&lang=en`))
    expect(await second).toBe(join(userData, 'documents', 'yuzhong-education-en (2).pdf'))
    // With the speaker notes: the print view is asked for them, and the file says so.
    const withNotes = stand.invoke('pdf:export', stand.frame(win, APP_PAGE), 'zh', true)
    await vi.waitFor(() => expect(stand.windows()).toHaveLength(2))
    const notesWin = stand.windows()[1]!
    expect(notesWin.loaded[0], 'the print view with notes').toBe(`${APP_PAGE}?print&lang=zh&notes`)
    stand.send('pdf:ready', stand.frame(notesWin, notesWin.loaded[0]!))
    expect(await withNotes).toBe(join(userData, 'documents', 'yuzhong-education-zh-notes.pdf'))
  })

  it('--hash-pin refuses a short PIN and starts nothing', async () => {
    const stand = createElectronStandIn(ROOT)
    stand.app.setPath('userData', userData)
    current.stand = stand
    process.argv = ['electron', ROOT, '--hash-pin=1234']
    vi.resetModules()
    await import('./index')
    expect(stand.app.exitCode).toBe(2)
    expect(stand.windows()).toHaveLength(0)
  })

  it('present mode opens the audience and the presenter view; a late presenter takes the audience state', async () => {
    const stand = await boot('--mode=present')
    const [audience, presenter] = stand.windows()
    expect(stand.windows(), 'two windows').toHaveLength(2)
    expect(presenter!.loaded[0]).toBe(`${APP_PAGE}?presenter`)
    const state = { index: 17, lang: 'en', blank: 'none', attract: 'off' }
    expect(await stand.invoke('presenter:get', stand.frame(audience!, APP_PAGE))).toBeNull()
    stand.send('presenter:set', stand.frame(audience!, APP_PAGE), state)
    expect(
      await stand.invoke('presenter:get', stand.frame(presenter!, `${APP_PAGE}?presenter`)),
      'the presenter joins the running show'
    ).toEqual(state)
  })

  it('present mode: the audience follows a projector plugged in after the start, and back', async () => {
    const stand = await boot('--mode=present')
    const [audience, presenter] = stand.windows()
    expect(audience!.isFullScreen(), 'the laptop alone: the audience is a normal window').toBe(
      false
    )
    expect(logText(), 'the displays, numbered as --display=N counts them').toMatch(
      /\[display\] 0: 1920×1080 at 0,0 \(primary\)/
    )
    const projector = { x: 1920, y: 0, width: 1280, height: 720 }
    stand.screen.plug(standInDisplay(2, projector))
    expect(audience!.getBounds(), 'the audience moved to the projector').toEqual(projector)
    expect(audience!.isFullScreen(), 'and fills it').toBe(true)
    expect(presenter!.getBounds().x, 'the presenter view stays on the laptop').toBeLessThan(1920)
    expect(presenter!.maximized, 'with the laptop screen to itself').toBe(true)
    expect(logText()).toMatch(/\[display\] .*1: 1280×720 at 1920,0; audience fullscreen/)
    // A second event for the same change moves nothing.
    audience!.setFullScreen(false)
    audience!.setBounds({ x: 2000, y: 10 })
    stand.screen.fire('display-added', stand.screen.displays[1])
    expect(audience!.getBounds().x, 'not moved again').toBe(2000)
    audience!.setFullScreen(true)

    stand.screen.unplug(2)
    expect(audience!.isFullScreen(), 'projector gone: a normal window again').toBe(false)
    expect(audience!.getBounds(), 'centred on the laptop').toEqual({
      x: 160,
      y: 90,
      width: 1600,
      height: 900
    })
    expect(stand.windows(), 'both windows still open').toHaveLength(2)
  })

  it('present mode: "Close the app" works only once the talk has ended', async () => {
    const stand = await boot('--mode=present')
    const [audience, presenter] = stand.windows()
    const fromAudience = stand.frame(audience!, APP_PAGE)
    const fromPresenter = stand.frame(presenter!, `${APP_PAGE}?presenter`)
    const running = { index: 3, lang: 'zh', blank: 'none', attract: 'off' }
    await stand.invoke('presenter:get', fromAudience)
    stand.send('presenter:set', fromAudience, running)
    await stand.invoke('presenter:get', fromPresenter)
    stand.send('presenter:quit', fromPresenter)
    expect(stand.app.quitRequested, 'a quit before the end of the talk is ignored').toBe(false)
    stand.send('presenter:set', fromPresenter, { ...running, blank: 'end' })
    expect(audience!.webContents.sent.at(-1), 'the audience is told: end screen').toEqual({
      channel: 'presenter:state',
      args: [{ ...running, blank: 'end' }]
    })
    stand.send('presenter:quit', fromPresenter)
    expect(stand.app.quitRequested, 'closed after the end').toBe(true)
    expect(stand.windows(), 'both windows closed').toHaveLength(0)
    expect(logText()).toMatch(/\[presenter\] the talk has ended; closing/)
  })

  it('--check-content checks a pack like npm run content:check and exits without a window', async () => {
    const stand = createElectronStandIn(ROOT)
    stand.app.setPath('userData', userData)
    current.stand = stand
    process.argv = ['electron', ROOT, `--check-content=${join(ROOT, 'test/packs/duplicate-ids')}`]
    vi.resetModules()
    await import('./index')
    await vi.waitFor(() => expect(stand.app.exitCode).not.toBeNull())
    expect(stand.app.exitCode, 'a broken pack').toBe(1)
    expect(stand.windows()).toHaveLength(0)
  })

  it('with contentPublicKeys, shows only a signed, unchanged pack; the admin panel says which', async () => {
    const keys = generateKeys()
    const pack = join(userData, 'content')
    cpSync(join(ROOT, 'examples/content-pack'), pack, { recursive: true })
    writeFileSync(
      join(userData, 'config.json'),
      JSON.stringify({ contentPublicKeys: [keys.publicKey], adminPinHash: hashPin('864209') })
    )
    // Unsigned: refused, the bundled deck stays, and the log says why.
    let stand = await boot()
    let deck = (await (await stand.fetch('app://bundle/content/deck.json')).json()) as {
      slides: unknown[]
    }
    expect(deck.slides.length, 'the bundled deck').toBeGreaterThan(10)
    expect(logText()).toMatch(/user data: signature\.json: signature\.json is missing/)
    stand.app.quit()
    // Signed: shown.
    signPack(pack, keys.privatePem)
    stand = await boot()
    deck = (await (await stand.fetch('app://bundle/content/deck.json')).json()) as {
      slides: unknown[]
    }
    expect(deck.slides.length, 'the signed example pack').toBeLessThan(10)
    const from = stand.frame(stand.windows()[0]!, APP_PAGE)
    const unlocked = (await stand.invoke('admin:unlock', from, '864209')) as {
      status: { contentSignature: string }
    }
    expect(unlocked.status.contentSignature).toMatch(/^signed, verified/)
    stand.app.quit()
    // Changed after signing: refused again.
    writeFileSync(
      join(pack, 'deck.json'),
      readFileSync(join(pack, 'deck.json'), 'utf8').replace('渝中', '渝北')
    )
    stand = await boot()
    deck = (await (await stand.fetch('app://bundle/content/deck.json')).json()) as {
      slides: unknown[]
    }
    expect(deck.slides.length, 'back to the bundled deck').toBeGreaterThan(10)
    expect(logText()).toMatch(/deck\.json: changed after signing/)
  })

  it('writes status.json atomically to user data and the configured folder; a bad folder never stops the show', async () => {
    const share = join(userData, 'share')
    const blocked = join(userData, 'blocked')
    writeFileSync(blocked, 'a file where a folder should be')
    writeFileSync(join(userData, 'config.json'), JSON.stringify({ statusFolder: share }))
    const stand = await boot()
    await vi.waitFor(() => expect(existsSync(join(share, 'status.json'))).toBe(true))
    const status = JSON.parse(readFileSync(join(userData, 'status.json'), 'utf8'))
    expect(status).toMatchObject({
      app: { version: '0.0.0-test' },
      content: { source: 'bundled', signature: /packs not signed/ },
      hours: { open: true, text: 'always open (no schedule)' },
      recovery: { crashesSinceStart: 0, relaunchesLastHour: 0 },
      visitorSessionsToday: 0
    })
    expect(status.content.version).toMatch(/^[0-9a-f]{12}$/)
    stand.send('show:state', stand.frame(stand.windows()[0]!, APP_PAGE), {
      slideId: 'supply',
      attract: false
    })
    await vi.waitFor(
      () =>
        expect(JSON.parse(readFileSync(join(share, 'status.json'), 'utf8')).show).toEqual({
          slideId: 'supply',
          attract: false
        }),
      { timeout: 5000 }
    )
    stand.app.quit()
    writeFileSync(
      join(userData, 'config.json'),
      JSON.stringify({ statusFolder: join(blocked, 'x') })
    )
    const again = await boot()
    await vi.waitFor(() =>
      expect(logText()).toMatch(/\[status\] cannot write .*blocked.*will retry/)
    )
    expect(again.windows(), 'the show runs').toHaveLength(1)
  })

  it('outside opening hours the display may sleep and analytics record nothing', async () => {
    // Closed every day (an empty week).
    writeFileSync(
      join(userData, 'config.json'),
      JSON.stringify({ mode: 'kiosk', schedule: { weekly: {} } })
    )
    const stand = await boot()
    expect(stand.blockers.size, 'no display-sleep blocker while closed').toBe(0)
    const from = stand.frame(stand.windows()[0]!, APP_PAGE)
    stand.send('analytics:record', from, [
      { type: 'session-start', session: 's1', at: Date.now(), slide: 'cover' }
    ])
    await new Promise((r) => setTimeout(r, 50))
    expect(existsSync(join(userData, 'analytics')), 'nothing written').toBe(false)
    expect(await stand.invoke('host:info', from)).toMatchObject({
      showOverrides: { schedule: { weekly: {} } }
    })
    expect(
      await (await stand.fetch(APP_PAGE)).text(),
      'opening hours: the first view may be the closed screen, so no prerendered frame'
    ).not.toContain(PRERENDER_START)
  })
})
