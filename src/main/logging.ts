/**
 * Logging: electron-log writes rotated files in the user-data folder (`logs/main.log`, rolled over
 * at 5 MB), catches main-process errors and rejections, and keeps the latest problems in memory
 * for the admin panel.
 */
import { join } from 'node:path'
import { app } from 'electron'
import log from 'electron-log/main'

/** Size at which the log file rolls over to `main.old.log`. */
export const LOG_MAX_BYTES = 5 * 1024 * 1024
/** How many recent warnings and errors the admin panel shows. */
export const RECENT_PROBLEMS = 20

const recent: string[] = []

/** The latest warnings and errors, newest first. */
export function recentProblems(): string[] {
  return [...recent]
}

export function setupLogging(): typeof log {
  // One place on every system (`logs/` in the user-data folder, which `--user-data` moves too),
  // resolved on each write so the folder chosen at start-up is the one written.
  log.transports.file.resolvePathFn = () => join(app.getPath('userData'), 'logs', 'main.log')
  log.transports.file.maxSize = LOG_MAX_BYTES
  log.transports.file.level = 'info'
  log.transports.console.level = process.env['NODE_ENV'] === 'test' ? false : 'info'
  log.hooks.push((message, _transport, transportName) => {
    if (transportName === 'file' && (message.level === 'error' || message.level === 'warn')) {
      const text = message.data.map((d) => (d instanceof Error ? d.message : String(d))).join(' ')
      recent.unshift(`${message.date.toISOString()} ${message.level}: ${text}`.slice(0, 500))
      recent.length = Math.min(recent.length, RECENT_PROBLEMS)
    }
    return message
  })
  log.errorHandler.startCatching({ showDialog: false })
  return log
}

export { log }
