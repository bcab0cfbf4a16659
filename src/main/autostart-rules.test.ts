import { describe, expect, it } from 'vitest'
import { autostartEntry, loginStart, windowsQuote } from './autostart-rules'

describe('autostartEntry', () => {
  it('writes an XDG autostart entry that runs the app', () => {
    const text = autostartEntry('Yuzhong Education', '/opt/Yuzhong Education/app', ['--mode=kiosk'])
    expect(text).toContain('[Desktop Entry]\nType=Application\n')
    expect(text).toContain('Exec="/opt/Yuzhong Education/app" --mode=kiosk\n')
    expect(text).toContain('X-GNOME-Autostart-enabled=true')
  })

  it('escapes quotes and dollars in the path', () => {
    expect(autostartEntry('A', '/tmp/$x"y')).toContain('Exec="/tmp/\\$x\\"y"')
  })
})

describe('loginStart', () => {
  const hall = {
    platform: 'linux',
    execPath: '/opt/Yuzhong Education Exhibition/yuzhong-education-kiosk',
    env: {},
    mode: 'kiosk',
    fileMode: undefined,
    userData: undefined
  } as const

  it('pins the mode of this run, so a kiosk started with --mode=kiosk comes back locked', () => {
    expect(loginStart(hall)).toEqual({
      exec: hall.execPath,
      args: ['--mode=kiosk'],
      warning: null
    })
  })

  it('follows the mode config.json names, not the shortcut one run was started from', () => {
    const start = loginStart({ ...hall, mode: 'windowed', fileMode: 'kiosk' })
    expect(start.args, 'the Windowed shortcut once, on a kiosk PC').toEqual(['--mode=kiosk'])
    expect(loginStart({ ...hall, mode: 'windowed' }).args, 'a laptop').toEqual(['--mode=windowed'])
  })

  it('keeps a second profile (--user-data) and starts the AppImage, not its mount', () => {
    const start = loginStart({
      ...hall,
      env: { APPIMAGE: '/opt/kiosk/yuzhong.AppImage' },
      userData: '/srv/kiosk two'
    })
    expect(start.exec).toBe('/opt/kiosk/yuzhong.AppImage')
    expect(start.args).toEqual(['--mode=kiosk', '--user-data=/srv/kiosk two'])
  })

  it('on Windows: the portable .exe itself, and arguments quoted as Windows reads them', () => {
    const start = loginStart({
      ...hall,
      platform: 'win32',
      execPath: 'C:\\Windows\\Temp\\2abc\\app.exe',
      env: { PORTABLE_EXECUTABLE_FILE: 'D:\\yuzhong-portable.exe' },
      userData: 'D:\\kiosk data\\'
    })
    expect(start.exec, 'not the temporary copy').toBe('D:\\yuzhong-portable.exe')
    expect(start.args).toEqual(['--mode=kiosk', '"--user-data=D:\\kiosk data\\\\"'])
  })

  it('on macOS: no arguments, and the log says what is lost when config.json does not say it', () => {
    const mac = { ...hall, platform: 'darwin', execPath: '/Applications/Y.app/Contents/MacOS/Y' }
    const lost = loginStart(mac)
    expect(lost.args).toEqual([])
    expect(lost.warning).toMatch(/not --mode=kiosk: set "mode": "kiosk" in config\.json/)
    expect(loginStart({ ...mac, fileMode: 'kiosk' }).warning, 'config.json says it').toBeNull()
    expect(loginStart({ ...mac, mode: 'windowed' }).warning, 'a laptop').toBeNull()
  })
})

describe('windowsQuote', () => {
  it('leaves plain arguments alone and quotes the rest as CommandLineToArgvW reads them', () => {
    expect(windowsQuote('--mode=kiosk')).toBe('--mode=kiosk')
    expect(windowsQuote('--user-data=C:\\a b')).toBe('"--user-data=C:\\a b"')
    expect(windowsQuote('--x=a "b"')).toBe('"--x=a \\"b\\""')
    expect(windowsQuote('--x=C:\\a b\\')).toBe('"--x=C:\\a b\\\\"')
  })
})
