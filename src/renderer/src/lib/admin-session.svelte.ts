/**
 * The admin corner's state, DOM-free: the hidden five-tap escape, the PIN entry and its answers,
 * the unlocked panel (status, actions) and the visitor statistics with their period. The views
 * (`AdminCorner`, `PinPad`, `AdminPanel`, `VisitorStats`) only draw it and call its methods.
 *
 * While the panel is open and unlocked it holds the attract loop's quiet-time countdown, so a
 * technician reading the statistics is not thrown out; the unlock ends after
 * {@link ADMIN_UNLOCK_MS} (as the host's does) or when the panel closes, and the countdown
 * starts again from then.
 */
import {
  ALL_DAYS,
  periodRange,
  type DayRange,
  type Period,
  type SlideSummary
} from '@shared/analytics'
import {
  ADMIN_UNLOCK_MS,
  type AdminAction,
  type AdminStatus,
  type AnalyticsStatusReply,
  type HostInfo,
  type UnlockResult
} from '@shared/ipc'
import type { IdleHold } from './engine/attract.svelte'
import { ADMIN_UI, both, fill } from './ui-text'

/** What the session needs from the host: `lib/host.ts` in the app, a fake in unit tests. */
export interface AdminHost {
  hostInfo(): Promise<Pick<HostInfo, 'host' | 'adminPin'>>
  adminUnlock(pin: string): Promise<UnlockResult>
  /** Ends this window's unlock (the panel closed, or its time ran out). */
  adminLock(): void
  /** The actions this host offers. */
  adminActions(): AdminAction[]
  adminAction(action: AdminAction): Promise<boolean>
  analyticsStatus(range: DayRange): Promise<AnalyticsStatusReply | null>
  exportAnalytics(range: DayRange): Promise<string | null>
  /** Hands the show's buffered analytics to the host, so the summary includes this visit. */
  flushAnalytics(): void
}

/** Taps in the corner that open the PIN pad, and the time they must fall within. */
export const CORNER_TAPS = 5
export const CORNER_WITHIN_MS = 3000
/** Longest PIN the pad takes: the longest the host accepts (6–12 digits). */
export const PIN_LENGTH_MAX = 12
/** How many of the most viewed slides the panel lists. */
export const TOP_SLIDES = 6

/** What the corner shows: nothing, the PIN pad, the unlocked panel, or "no PIN set". */
export type AdminStage = 'closed' | 'pin' | 'panel' | 'unset'

/** The days the statistics and the export cover: a named period or the custom from–to dates. */
export type StatsPeriod = Period | 'custom'

export class AdminSession {
  stage = $state<AdminStage>('closed')
  /** The host is a plain browser (its "no PIN" advice differs). */
  browserHost = $state(false)
  /** Digits entered so far. */
  pin = $state('')
  /** What the pad or the panel tells the person (a wrong PIN, a refused action), or ''. */
  message = $state('')
  /** The host's status while unlocked. */
  status = $state<AdminStatus | null>(null)
  /** The visitor statistics of {@link range}, while unlocked. */
  stats = $state<AnalyticsStatusReply | null>(null)
  /** The file the last export wrote, or ''. */
  exported = $state('')
  /** The period the statistics cover (this month by default: it includes today's visits). */
  period = $state<StatsPeriod>('this-month')
  /** The custom period's first and last day (`YYYY-MM-DD`, '' for an open end). */
  customFrom = $state('')
  customTo = $state('')
  /** The panel is open and unlocked. */
  readonly unlocked = $derived(this.stage === 'panel')

  readonly #host: AdminHost
  readonly #idle: IdleHold
  #taps: number[] = []
  #unlockTimer: ReturnType<typeof setTimeout> | undefined
  /** Counts closes: an answer that arrives after the screen it was asked from is dropped. */
  #generation = 0

  constructor(host: AdminHost, idle: IdleHold) {
    this.#host = host
    this.#idle = idle
  }

  /** A tap in the hidden corner: the fifth within {@link CORNER_WITHIN_MS} opens the PIN pad. */
  cornerTap(): void {
    const now = Date.now()
    this.#taps = [...this.#taps.filter((t) => now - t < CORNER_WITHIN_MS), now]
    if (this.#taps.length < CORNER_TAPS) return
    this.#taps = []
    void this.#open()
  }

  async #open(): Promise<void> {
    const generation = this.#generation
    this.pin = ''
    this.message = ''
    const info = await this.#host.hostInfo()
    if (generation !== this.#generation) return
    this.browserHost = info.host === 'browser'
    // With no PIN set the escape is disabled: it says so, and how to set one.
    this.stage = info.adminPin === 'set' ? 'pin' : 'unset'
  }

  press(digit: string): void {
    if (this.pin.length < PIN_LENGTH_MAX) this.pin += digit
    this.message = ''
  }

  backspace(): void {
    this.pin = this.pin.slice(0, -1)
  }

  clear(): void {
    this.pin = ''
  }

  /**
   * A key of a hardware keyboard while the PIN pad is up: digits, Backspace, Enter, and Escape
   * to close. Returns whether the key was the pad's (then the show must not see it).
   */
  key(key: string): boolean {
    if (this.stage !== 'pin') return false
    if (/^[0-9]$/.test(key)) this.press(key)
    else if (key === 'Backspace') this.backspace()
    else if (key === 'Enter') void this.submit()
    else if (key === 'Escape') this.close()
    else return false
    return true
  }

  /** Sends the entered PIN; a right one opens the panel and holds the attract loop back. */
  async submit(): Promise<void> {
    const generation = this.#generation
    const result = await this.#host.adminUnlock(this.pin)
    this.pin = ''
    if (generation !== this.#generation) {
      // The pad was closed while the host checked: an unlock nobody will use ends at once.
      if (result.ok) this.#host.adminLock()
      return
    }
    if (!result.ok) {
      if (result.reason === 'pin-not-set' || result.reason === 'pin-invalid') this.stage = 'unset'
      this.message =
        result.reason === 'locked-out'
          ? fill(both(ADMIN_UI.lockedOut), { s: result.retryInSeconds ?? 60 })
          : both(ADMIN_UI.wrongPin)
      return
    }
    this.status = result.status
    this.stage = 'panel'
    this.#idle.hold()
    clearTimeout(this.#unlockTimer)
    this.#unlockTimer = setTimeout(() => this.#unlockEnded(), ADMIN_UNLOCK_MS)
    await this.refreshStats()
  }

  /**
   * The days the statistics and the export cover, on today's calendar (a getter, not a derived
   * value: a kiosk runs for months, and "this month" must be the month of the moment it is read).
   */
  get range(): DayRange {
    return this.#rangeAt(Date.now())
  }

  /** Reads the statistics of the chosen days again (after a change of period). */
  async refreshStats(): Promise<void> {
    if (!this.unlocked) return
    const generation = this.#generation
    this.#host.flushAnalytics()
    const stats = await this.#host.analyticsStatus(this.range)
    if (generation === this.#generation && this.unlocked) this.stats = stats
  }

  /** Shows and exports another period. Custom starts from the days shown so far. */
  choosePeriod(period: StatsPeriod): void {
    if (period === 'custom' && !this.customFrom && !this.customTo) {
      const shown = this.range
      this.customFrom = shown.from ?? ''
      this.customTo = shown.to ?? ''
    }
    this.period = period
    this.exported = ''
    void this.refreshStats()
  }

  /** Sets the custom period's days (`YYYY-MM-DD`, '' for an open end) and shows it. */
  setCustom(from: string, to: string): void {
    this.customFrom = from
    this.customTo = to
    this.period = 'custom'
    this.exported = ''
    void this.refreshStats()
  }

  /** Writes the chosen days as CSV (a folder dialog in the app, a download in a browser). */
  async exportCsv(): Promise<void> {
    if (!this.unlocked) return
    this.#host.flushAnalytics()
    const file = await this.#host.exportAnalytics(this.range)
    if (this.unlocked) this.exported = file ?? ''
  }

  /** Runs an admin action; all but Exit close the panel once done. */
  async run(action: AdminAction): Promise<void> {
    const ok = await this.#host.adminAction(action)
    if (!ok) this.message = both(ADMIN_UI.notDone)
    else if (action !== 'exit') this.close()
  }

  /** The actions this host offers. */
  actions(): AdminAction[] {
    return this.#host.adminActions()
  }

  /** The most viewed slides of the period (visitors only, not the attract loop). */
  topSlides(): SlideSummary[] {
    return this.stats?.summary.slides.slice(0, TOP_SLIDES) ?? []
  }

  /** Closes whatever is open; an unlocked panel locks, and quiet time counts again. */
  close(): void {
    this.#generation += 1
    if (this.stage === 'panel') this.#lock()
    this.stage = 'closed'
    this.pin = ''
    this.message = ''
  }

  /** The attract loop started (it was not held back, or something else started it): close. */
  attractStarted(): void {
    if (this.stage !== 'closed') this.close()
  }

  /** The component is going away. */
  dispose(): void {
    this.close()
  }

  /** The unlock ran out: back to the PIN pad, which says why; quiet time counts again. */
  #unlockEnded(): void {
    if (this.stage !== 'panel') return
    this.#generation += 1
    this.#lock()
    this.stage = 'pin'
    this.pin = ''
    this.message = both(ADMIN_UI.unlockEnded)
  }

  #lock(): void {
    clearTimeout(this.#unlockTimer)
    this.#unlockTimer = undefined
    this.#host.adminLock()
    this.#idle.release()
    this.status = null
    this.stats = null
    this.exported = ''
  }

  #rangeAt(now: number): DayRange {
    if (this.period !== 'custom') return periodRange(this.period, now)
    const from = this.customFrom || null
    const to = this.customTo || null
    if (from === null && to === null) return ALL_DAYS
    // Dates entered the wrong way round mean the same days.
    return from !== null && to !== null && from > to ? { from: to, to: from } : { from, to }
  }
}
