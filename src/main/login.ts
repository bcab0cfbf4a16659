/**
 * Optional start at login: Electron's login-item API on Windows and macOS, an XDG autostart entry
 * on Linux.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app } from 'electron'
import { autostartEntry } from './autostart-rules'
import { log } from './logging'

const DESKTOP_FILE = 'yuzhong-education-exhibition.desktop'

export function setupStartAtLogin(enabled: boolean): void {
  if (!app.isPackaged) return
  try {
    if (process.platform === 'linux') {
      const dir = join(process.env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'autostart')
      const file = join(dir, DESKTOP_FILE)
      if (enabled) {
        mkdirSync(dir, { recursive: true })
        const exec = process.env['APPIMAGE'] ?? process.execPath
        writeFileSync(file, autostartEntry(app.getName(), exec))
      } else rmSync(file, { force: true })
    } else {
      app.setLoginItemSettings({ openAtLogin: enabled })
    }
  } catch (err) {
    log.warn(`[login] could not ${enabled ? 'enable' : 'disable'} start at login: ${String(err)}`)
  }
}
