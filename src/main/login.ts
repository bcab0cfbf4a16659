/**
 * Optional start at login: Electron's login-item API on Windows and macOS, an XDG autostart entry
 * on Linux. The login start carries the mode (`--mode=kiosk`), so a hall PC comes back locked
 * although the program's own default is a window (see `loginStart`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app } from 'electron'
import type { AppConfig } from '@shared/app-config'
import { autostartEntry, loginStart } from './autostart-rules'
import { log } from './logging'

const DESKTOP_FILE = 'yuzhong-education-exhibition.desktop'

/**
 * Registers (or removes) the start at login for `config.startAtLogin`, with this run's mode — or
 * the one `config.json` names (`fileMode`) — and its `--user-data` folder.
 */
export function setupStartAtLogin(
  config: Pick<AppConfig, 'startAtLogin' | 'mode'>,
  run: { fileMode: AppConfig['mode'] | undefined; userData: string | undefined }
): void {
  if (!app.isPackaged) return
  const enabled = config.startAtLogin
  const start = loginStart({
    platform: process.platform,
    execPath: process.execPath,
    env: process.env,
    mode: config.mode,
    ...run
  })
  try {
    if (process.platform === 'linux') {
      const dir = join(process.env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'autostart')
      const file = join(dir, DESKTOP_FILE)
      if (enabled) {
        mkdirSync(dir, { recursive: true })
        writeFileSync(file, autostartEntry(app.getName(), start.exec, start.args))
      } else rmSync(file, { force: true })
    } else if (process.platform === 'win32') {
      app.setLoginItemSettings({ openAtLogin: enabled, path: start.exec, args: start.args })
    } else {
      app.setLoginItemSettings({ openAtLogin: enabled })
    }
    if (!enabled) return
    log.info(`[login] starts at login: ${[start.exec, ...start.args].join(' ')}`)
    if (start.warning) log.warn(`[login] ${start.warning}`)
  } catch (err) {
    log.warn(`[login] could not ${enabled ? 'enable' : 'disable'} start at login: ${String(err)}`)
  }
}
