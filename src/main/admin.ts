/**
 * The admin escape: a PIN (kept hashed) unlocks a few actions for a short while — exit, reload,
 * switch between kiosk and windowed — and the status the panel shows.
 */
import { app, type BrowserWindow } from 'electron'
import type { AppConfig } from '@shared/app-config'
import type { AdminAction, AdminStatus, UnlockResult } from '@shared/ipc'
import { PinGuard, verifyPin } from './admin-pin'
import { log, recentProblems } from './logging'

/** How long the admin actions stay unlocked after a correct PIN. */
export const UNLOCK_MS = 5 * 60 * 1000

export interface AdminOptions {
  config: AppConfig
  window(): BrowserWindow | null
  /** Where the slides come from now. */
  contentSource: () => string
  /** Reloads the show (at its first slide). */
  reload(): void
  /** Lets the kiosk window close, then quits. */
  exit(): void
}

export function adminHandlers(options: AdminOptions) {
  const guard = new PinGuard()
  let unlockedUntil = 0
  const started = Date.now()

  const status = (): AdminStatus => ({
    version: app.getVersion(),
    mode: options.config.mode,
    contentSource: options.contentSource(),
    uptimeSeconds: Math.round((Date.now() - started) / 1000),
    recentErrors: recentProblems()
  })

  return {
    unlock(pin: string): UnlockResult {
      const now = Date.now()
      const locked = guard.lockedFor(now)
      if (locked > 0)
        return { ok: false, reason: 'locked-out', retryInSeconds: Math.ceil(locked / 1000) }
      const ok =
        typeof pin === 'string' && pin.length <= 32 && verifyPin(pin, options.config.adminPinHash)
      guard.record(ok, now)
      log.warn(`[admin] unlock ${ok ? 'granted' : 'refused'}`)
      if (!ok) return { ok: false, reason: 'wrong-pin' }
      unlockedUntil = now + UNLOCK_MS
      return { ok: true, status: status() }
    },
    /** Whether the admin actions are unlocked right now. */
    unlocked(): boolean {
      return Date.now() <= unlockedUntil
    },
    action(action: AdminAction): boolean {
      if (Date.now() > unlockedUntil) return false
      const win = options.window()
      log.warn(`[admin] ${action}`)
      switch (action) {
        case 'exit':
          options.exit()
          return true
        case 'reload':
          options.reload()
          return true
        case 'windowed':
          win?.setKiosk(false)
          win?.setFullScreen(false)
          return true
        case 'kiosk':
          win?.setFullScreen(true)
          win?.setKiosk(true)
          return true
        default:
          return false
      }
    }
  }
}
