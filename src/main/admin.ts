/**
 * The admin escape: a PIN (kept hashed) unlocks a few actions — exit, reload, switch between
 * kiosk and windowed — and the status the panel shows, for the window that entered it and only
 * until its panel closes or {@link ADMIN_UNLOCK_MS} (5 minutes) pass. While the panel is open and
 * unlocked the renderer holds the attract loop back; should the loop start all the same, the
 * unlock ends with it. With no PIN set, or a hash that is not valid, the escape is disabled: it
 * fails closed, never open.
 */
import { app, type BrowserWindow } from 'electron'
import type { AppConfig } from '@shared/app-config'
import { ADMIN_UNLOCK_MS, type AdminStatus, type PinState, type UnlockResult } from '@shared/ipc'
import { PinGuard, verifyPin } from './admin-pin'
import { attractStarted, type AppContext } from './app-context'
import { handle, on } from './ipc'
import type { Lockdown } from './lockdown'
import { log, recentProblems } from './logging'

/** Whether the config gives a usable PIN: `refused` lists the options the config refused. */
export function pinState(config: Pick<AppConfig, 'adminPinHash'>, refused: string[]): PinState {
  if (refused.includes('adminPinHash') || refused.includes('$')) return 'invalid'
  return config.adminPinHash === null ? 'not-set' : 'set'
}

/** The one line the log and the panel give for a PIN state. */
export const PIN_STATE_TEXT: Record<PinState, string> = {
  set: 'PIN set',
  'not-set':
    'PIN not set: the admin escape is disabled. Set adminPinHash in config.json (make one with --hash-pin).',
  invalid:
    'PIN not set: adminPinHash in config.json is not valid (see the warning above), so the admin escape is disabled.'
}

export interface AdminOptions {
  config: AppConfig
  /** Options the configuration refused (see `resolveAppConfig`). */
  refused: string[]
  /** Where the lockout state is kept (the user-data folder); null keeps it in memory. */
  stateFolder: string | null
  /** The window a message came from. */
  window(senderId: number): BrowserWindow | null
  /** Where the slides come from now, and their signature state. */
  contentSource: () => string
  contentSignature: () => string
  /** Opening hours now ("open until 17:30"). */
  hours: () => string
  /** Reloads the show (at its first slide). */
  reload(): void
  /** Lets the kiosk window close, then quits. */
  exit(): void
  /** Lets the kiosk leave fullscreen (the admin's Windowed), or holds it there again. */
  holdFullscreen(hold: boolean): void
  /** Clock (tests). */
  now?: () => number
}

export function adminHandlers(options: AdminOptions) {
  const now = options.now ?? Date.now
  const guard = new PinGuard(options.stateFolder)
  const pin = pinState(options.config, options.refused)
  if (pin !== 'set') log.warn(`[admin] ${PIN_STATE_TEXT[pin]}`)
  /** Windows (by sender id) that entered the PIN, and until when. */
  const unlockedUntil = new Map<number, number>()
  const started = now()

  const status = (): AdminStatus => ({
    version: app.getVersion(),
    mode: options.config.mode,
    pin,
    contentSource: options.contentSource(),
    contentSignature: options.contentSignature(),
    hours: options.hours(),
    statusFile: options.config.statusFolder
      ? `every minute to user data and ${options.config.statusFolder}`
      : 'every minute to user data (no statusFolder)',
    reachBand: options.config.reachBand,
    uptimeSeconds: Math.round((now() - started) / 1000),
    recentErrors: recentProblems()
  })
  const unlocked = (senderId: number): boolean => now() <= (unlockedUntil.get(senderId) ?? 0)

  return {
    pin,
    unlock(senderId: number, entered: unknown): UnlockResult {
      if (pin !== 'set')
        return { ok: false, reason: pin === 'invalid' ? 'pin-invalid' : 'pin-not-set' }
      const at = now()
      const locked = guard.lockedFor(at)
      if (locked > 0)
        return { ok: false, reason: 'locked-out', retryInSeconds: Math.ceil(locked / 1000) }
      const ok = typeof entered === 'string' && verifyPin(entered, options.config.adminPinHash!)
      guard.record(ok, at)
      log.warn(`[admin] unlock ${ok ? 'granted' : 'refused'}`)
      if (!ok) {
        const next = guard.lockedFor(at)
        return next > 0
          ? { ok: false, reason: 'locked-out', retryInSeconds: Math.ceil(next / 1000) }
          : { ok: false, reason: 'wrong-pin' }
      }
      unlockedUntil.set(senderId, at + ADMIN_UNLOCK_MS)
      return { ok: true, status: status() }
    },
    /** Whether the admin actions are unlocked for this window right now. */
    unlocked,
    /** Ends the unlock of one window (its panel closed), or of every window (attract loop). */
    lock(senderId?: number): void {
      if (senderId === undefined) unlockedUntil.clear()
      else unlockedUntil.delete(senderId)
    },
    action(senderId: number, action: unknown): boolean {
      if (!unlocked(senderId)) return false
      const win = options.window(senderId)
      switch (action) {
        case 'exit':
          log.warn('[admin] exit')
          options.exit()
          return true
        case 'reload':
          log.warn('[admin] reload')
          options.reload()
          return true
        case 'windowed':
          log.warn('[admin] windowed')
          options.holdFullscreen(false)
          win?.setKiosk(false)
          win?.setFullScreen(false)
          return true
        case 'kiosk':
          log.warn('[admin] kiosk')
          win?.setFullScreen(true)
          win?.setKiosk(true)
          options.holdFullscreen(true)
          return true
        default:
          return false
      }
    }
  }
}

export type Admin = ReturnType<typeof adminHandlers>

/**
 * The admin feature: registers `admin:unlock`, `admin:action` and `admin:lock`, and locks every
 * window when the attract loop starts. Returns the admin, for features gated on an unlock.
 */
export function setupAdmin(
  ctx: Pick<AppContext, 'config' | 'window' | 'reloadAll' | 'onShowState'>,
  options: {
    refused: string[]
    lockdown: Lockdown
    content: { describe(): string; signature(): string }
    hours: { describe(): string }
  }
): Admin {
  const admin = adminHandlers({
    config: ctx.config,
    refused: options.refused,
    stateFolder: app.getPath('userData'),
    window: ctx.window,
    contentSource: options.content.describe,
    contentSignature: options.content.signature,
    hours: options.hours.describe,
    reload: ctx.reloadAll,
    exit: () => {
      options.lockdown.allowClose()
      app.quit()
    },
    holdFullscreen: (hold) => options.lockdown.holdFullscreen(hold)
  })
  handle('admin:unlock', (c, pin) => admin.unlock(c.senderId, pin))
  handle('admin:action', (c, action) => admin.action(c.senderId, action))
  on('admin:lock', (c) => admin.lock(c.senderId))
  // An unattended kiosk never stays unlocked. The open panel holds the attract loop back until its
  // unlock ends, so this only fires once the panel has closed; it is the backstop if it did not.
  ctx.onShowState((state, previous) => {
    if (attractStarted(state, previous)) admin.lock()
  })
  return admin
}
