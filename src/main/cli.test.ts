import { describe, expect, it } from 'vitest'
import { resolveAppConfig } from '@shared/app-config'
import { earlyCommand, flagText, parseFlags } from './cli'

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
    for (const flag of ['--mode=MODE', '--idle=S', '--content=DIR', '--hash-pin=PIN', '--help'])
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
