import { describe, expect, it } from 'vitest'
import { autostartEntry } from './autostart-rules'

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
