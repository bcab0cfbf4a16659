import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { resolveAppConfig } from '@shared/app-config'
import { AnalyticsStore } from './analytics-store'
import { dataCommand, earlyCommand, flagText, parseFlags } from './cli'

describe('the command line (util.parseArgs over the options registry)', () => {
  it('reads the registry flags and leaves Chromium, Electron and the app path alone', () => {
    const flags = parseFlags([
      '/usr/lib/electron',
      '.',
      '--idle=30',
      '--windowed',
      '--display=0',
      '--no-sandbox',
      '--inspect=9229',
      '--start-at-login'
    ])
    const { config, problems } = resolveAppConfig(null, flags)
    expect(problems).toEqual([])
    expect(config).toMatchObject({ idleSeconds: 30, mode: 'windowed', display: 0 })
    expect(config.startAtLogin).toBe(true)
  })

  it('takes `--mode present` as well as `--mode=present`, and null for nullable numbers', () => {
    const { config } = resolveAppConfig(
      null,
      parseFlags(['--mode', 'present', '--daily-reload-hour=null', '--start-at-login=false'])
    )
    expect(config.mode).toBe('present')
    expect(config.dailyReloadHour).toBeNull()
    expect(config.startAtLogin).toBe(false)
  })

  it('a value flag without a value is reported, not ignored', () => {
    const { problems } = resolveAppConfig(null, parseFlags(['--idle']))
    expect(problems).toEqual([
      '--idle: idleSeconds: expected a whole number from 3 to 86400, got ""'
    ])
    expect(flagText(parseFlags(['--hash-pin']), 'hash-pin')).toBe('')
  })

  it('--help prints every option and command from the registry', () => {
    const result = earlyCommand(parseFlags(['--help']), 'App 1.0')
    expect(result?.exitCode).toBe(0)
    for (const flag of [
      '--mode=MODE',
      '--idle=S',
      '--content=DIR',
      '--hash-pin=PIN',
      '--export-analytics=FILE',
      '--from=YYYY-MM-DD',
      '--to=YYYY-MM-DD',
      '--help'
    ])
      expect(result?.stdout, flag).toContain(flag)
    expect(result?.stdout, 'no working option called reserved').not.toMatch(/reserved/)
  })

  it('--hash-pin prints a hash for a good PIN and refuses a bad one with exit code 2', () => {
    expect(earlyCommand(parseFlags(['--hash-pin=13579024']), 'App')?.stdout).toMatch(/^scrypt:/)
    for (const bad of ['--hash-pin', '--hash-pin=', '--hash-pin=12345', '--hash-pin=12a4567'])
      expect(earlyCommand(parseFlags([bad]), 'App'), bad).toMatchObject({ exitCode: 2 })
    expect(earlyCommand(parseFlags(['--idle=3']), 'App'), 'no command: the app starts').toBeNull()
  })
})

describe('--export-analytics with --from and --to', () => {
  let savedTz: string | undefined
  let dir = ''
  let store: AnalyticsStore
  beforeEach(async () => {
    // Chongqing's clock: the CSV's times and the days of the range are local.
    savedTz = process.env['TZ']
    process.env['TZ'] = 'Asia/Shanghai'
    dir = mkdtempSync(join(tmpdir(), 'export-'))
    store = new AnalyticsStore(join(dir, 'analytics'), () => Date.UTC(2026, 11, 2))
    await store.record([
      { type: 'session-start', at: Date.UTC(2026, 9, 31, 15, 59, 0), session: 'oct' },
      // 1 November, 00:30 in Chongqing (still 31 October in UTC).
      { type: 'session-start', at: Date.UTC(2026, 9, 31, 16, 30, 0), session: 'nov1' },
      { type: 'session-start', at: Date.UTC(2026, 10, 30, 6, 5, 9), session: 'nov30' },
      { type: 'session-start', at: Date.UTC(2026, 10, 30, 16, 0, 0), session: 'dec1' }
    ])
  })
  afterEach(() => {
    if (savedTz === undefined) delete process.env['TZ']
    else process.env['TZ'] = savedTz
  })

  const run = (...args: string[]) => dataCommand(parseFlags(args), () => store)
  const rows = (file: string) => readFileSync(file, 'utf8').trim().split('\n').slice(1)

  it('writes the local days from–to, both included, with local times and their offset', async () => {
    const file = join(dir, 'november.csv')
    const result = await run(`--export-analytics=${file}`, '--from=2026-11-01', '--to=2026-11-30')
    expect(result).toEqual({ stdout: `${file}\n`, exitCode: 0 })
    expect(rows(file)).toEqual([
      'session-start,2026-11-01T00:30:00+08:00,nov1,,,,,',
      'session-start,2026-11-30T14:05:09+08:00,nov30,,,,,'
    ])
  })

  it('either end may be left out; neither means every day', async () => {
    const from = join(dir, 'from.csv')
    await run(`--export-analytics=${from}`, '--from=2026-11-30')
    expect(rows(from).map((r) => r.split(',')[2])).toEqual(['nov30', 'dec1'])
    const all = join(dir, 'all.csv')
    await run(`--export-analytics=${all}`)
    expect(rows(all)).toHaveLength(4)
  })

  it('refuses a day that is not one, or from after to, with exit code 2 and no file', async () => {
    for (const bad of [
      ['--from=2026-11-31'],
      ['--to=30.11.2026'],
      ['--from'],
      ['--from=2026-12-01', '--to=2026-11-01']
    ]) {
      const file = join(dir, 'bad.csv')
      const result = await run(`--export-analytics=${file}`, ...bad)
      expect(result?.exitCode, bad.join(' ')).toBe(2)
      expect(result?.stderr, bad.join(' ')).toMatch(
        /^--export-analytics: --(from|to)=.*nothing was written/
      )
      expect(existsSync(file), `${bad.join(' ')}: no file`).toBe(false)
    }
  })
})
