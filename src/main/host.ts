/**
 * The host feature: `host:info` (mode, version, option overrides, whether an admin PIN is set)
 * and `host:log`, the door through which a renderer's problems reach the log — validated,
 * cleaned and rate-limited (see renderer-log.ts).
 */
import { app } from 'electron'
import type { HostInfo } from '@shared/ipc'
import type { Admin } from './admin'
import type { AppContext } from './app-context'
import { handle, on } from './ipc'
import { log } from './logging'
import { LOG_RATE_MAX, LOG_RATE_WINDOW_MS, RateLimit, sanitizeLogEntry } from './renderer-log'

export function setupHost(ctx: Pick<AppContext, 'config'>, admin: Pick<Admin, 'pin'>): void {
  const { config } = ctx
  const info: HostInfo = {
    host: 'electron',
    mode: config.mode,
    version: app.getVersion(),
    showOverrides: {
      idleSeconds: config.idleSeconds,
      slideSeconds: config.slideSeconds,
      schedule: config.schedule,
      reachBand: config.reachBand
    },
    adminPin: admin.pin
  }
  handle('host:info', () => info)

  const limit = new RateLimit(LOG_RATE_MAX, LOG_RATE_WINDOW_MS)
  on('host:log', (_ctx, raw) => {
    const entry = sanitizeLogEntry(raw)
    if (!entry || !limit.allow()) return
    const dropped = limit.takeDropped()
    if (dropped > 0) log.warn(`[renderer] ${dropped} more lines were dropped (rate limit)`)
    log[entry.level](`[renderer] ${entry.message}`)
  })
}
