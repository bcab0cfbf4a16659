import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_SHOW_CONFIG } from '@shared/config'
import type { Deck } from '@shared/content'
import {
  ADMIN_UNLOCK_MS,
  type AdminAction,
  type AdminStatus,
  type AnalyticsStatusReply,
  type UnlockResult
} from '@shared/ipc'
import type { AnalyticsSummary, DayRange } from '@shared/analytics'
import {
  AdminSession,
  CORNER_TAPS,
  CORNER_WITHIN_MS,
  PIN_LENGTH_MAX,
  type AdminHost
} from './admin-session.svelte'
import { Show } from './engine/show.svelte'

const PIN = '246813'
const IDLE_MS = 60_000

const STATUS: AdminStatus = {
  version: '1.0.0',
  mode: 'kiosk',
  pin: 'set',
  contentSource: 'bundled',
  contentSignature: 'packs not signed',
  hours: 'always open',
  statusFile: 'every minute to user data',
  reachBand: 0.5,
  uptimeSeconds: 60,
  recentErrors: []
}

const summary = (sessions: number): AnalyticsSummary => ({
  sessionsPerDay: [],
  sessions,
  averageSessionMs: 0,
  slides: Array.from({ length: 8 }, (_, i) => ({
    slideId: `s${i}`,
    views: 8 - i,
    averageDwellMs: 1000
  })),
  autoplayViews: 0,
  languageSwitches: 0
})

/** A host that checks one PIN and records what it was asked. */
class FakeHost implements AdminHost {
  locks = 0
  flushes = 0
  ranges: DayRange[] = []
  exports: DayRange[] = []
  /** The next answers to a PIN, instead of checking it. */
  answer: UnlockResult | null = null
  readonly adminPin: 'set' | 'not-set'

  constructor(adminPin: 'set' | 'not-set' = 'set') {
    this.adminPin = adminPin
  }

  hostInfo = vi.fn(async () => ({ host: 'browser' as const, adminPin: this.adminPin }))
  adminUnlock = vi.fn(
    async (pin: string): Promise<UnlockResult> =>
      this.answer ??
      (pin === PIN ? { ok: true, status: STATUS } : { ok: false, reason: 'wrong-pin' })
  )
  adminAction = vi.fn(async (_action: AdminAction): Promise<boolean> => true)

  adminLock(): void {
    this.locks += 1
  }

  adminActions(): AdminAction[] {
    return ['reload', 'exit']
  }

  async analyticsStatus(range: DayRange): Promise<AnalyticsStatusReply> {
    this.ranges.push(range)
    return { summary: summary(this.ranges.length), paused: false, reason: null }
  }

  async exportAnalytics(range: DayRange): Promise<string> {
    this.exports.push(range)
    return 'yuzhong-analytics.csv'
  }

  flushAnalytics(): void {
    this.flushes += 1
  }
}

const fakeHost = (adminPin: 'set' | 'not-set' = 'set') => new FakeHost(adminPin)

function makeShow(): Show {
  const deck: Deck = {
    version: 1,
    title: { zh: '展', en: 'Show' },
    defaultDuration: 8,
    slides: [0, 1, 2].map((i) => ({
      id: `s${i}`,
      type: 'quote' as const,
      quote: { zh: `${i}`, en: `${i}` }
    }))
  }
  return new Show(deck, { ...DEFAULT_SHOW_CONFIG, idleSeconds: IDLE_MS / 1000 })
}

/** Lets pending host answers (promises) arrive. */
const settle = () => vi.advanceTimersByTimeAsync(0)

async function openPad(session: AdminSession): Promise<void> {
  for (let i = 0; i < CORNER_TAPS; i++) session.cornerTap()
  await settle()
}

async function unlock(session: AdminSession): Promise<void> {
  await openPad(session)
  for (const d of PIN) session.press(d)
  await session.submit()
}

describe('AdminSession', () => {
  let show: Show
  beforeEach(() => {
    vi.useFakeTimers()
    // A fixed local time: the 15th of December 2026, mid-morning.
    vi.setSystemTime(new Date(2026, 11, 15, 10, 0, 0))
    show = makeShow()
  })
  afterEach(() => {
    show.dispose()
    vi.useRealTimers()
  })

  it(`opens the PIN pad on ${CORNER_TAPS} corner taps within ${CORNER_WITHIN_MS} ms, not slower`, async () => {
    const session = new AdminSession(fakeHost(), show.attract)
    for (let i = 0; i < CORNER_TAPS; i++) {
      session.cornerTap()
      vi.advanceTimersByTime(800)
    }
    await settle()
    expect(session.stage, 'taps spread over 4 s').toBe('closed')
    vi.advanceTimersByTime(CORNER_WITHIN_MS)
    for (let i = 0; i < CORNER_TAPS - 1; i++) session.cornerTap()
    await settle()
    expect(session.stage, 'four quick taps').toBe('closed')
    session.cornerTap()
    await settle()
    expect(session.stage, 'the fifth quick tap').toBe('pin')
  })

  it('with no PIN set it says so instead of offering a pad', async () => {
    const session = new AdminSession(fakeHost('not-set'), show.attract)
    await openPad(session)
    expect(session.stage).toBe('unset')
    expect(session.browserHost, 'the browser advice').toBe(true)
    expect(session.key('1'), 'no pad, no keys').toBe(false)
  })

  it('takes digits, Backspace, Enter and Escape from a keyboard; other keys go to the show', async () => {
    const host = fakeHost()
    const session = new AdminSession(host, show.attract)
    expect(session.key('1'), 'closed: the show has the keys').toBe(false)
    await openPad(session)
    for (const key of '1299') expect(session.key(key), key).toBe(true)
    expect(session.key('Backspace')).toBe(true)
    expect(session.pin).toBe('129')
    expect(session.key('ArrowRight'), 'not the pad’s').toBe(false)
    expect(session.key('Enter')).toBe(true)
    await settle()
    expect(host.adminUnlock).toHaveBeenCalledWith('129')
    expect(session.message, 'the answer to a wrong PIN').toBe('PIN 不正确 · Wrong PIN')
    expect(session.pin, 'the pad is empty again').toBe('')
    for (let i = 0; i < 20; i++) session.press('7')
    expect(session.pin, 'the longest PIN the host accepts').toHaveLength(PIN_LENGTH_MAX)
    expect(session.key('Escape')).toBe(true)
    expect(session.stage).toBe('closed')
  })

  it('says how long to wait when the host has locked the pad, and when the PIN is unusable', async () => {
    const host = fakeHost()
    const session = new AdminSession(host, show.attract)
    await openPad(session)
    host.answer = { ok: false, reason: 'locked-out', retryInSeconds: 45 }
    await session.submit()
    expect(session.message).toBe('请 45 秒后再试 · Try again in 45 s')
    host.answer = { ok: false, reason: 'pin-invalid' }
    await session.submit()
    expect(session.stage, 'an invalid hash disables the escape').toBe('unset')
  })

  it('the right PIN opens the panel with this month’s statistics, read after a flush', async () => {
    const host = fakeHost()
    const session = new AdminSession(host, show.attract)
    await unlock(session)
    expect(session.stage).toBe('panel')
    expect(session.status).toEqual(STATUS)
    expect(host.flushes, 'this visit is handed over before the summary').toBeGreaterThan(0)
    expect(host.ranges).toEqual([{ from: '2026-12-01', to: '2026-12-15' }])
    expect(session.stats?.summary.sessions).toBe(1)
    expect(
      session.topSlides().map((s) => s.slideId),
      'the six most viewed'
    ).toEqual(['s0', 's1', 's2', 's3', 's4', 's5'])
  })

  it('while unlocked the attract loop is held; closing the panel lets quiet time count again', async () => {
    const host = fakeHost()
    const session = new AdminSession(host, show.attract)
    await unlock(session)
    vi.advanceTimersByTime(3 * IDLE_MS)
    expect(show.attract.active, 'three idle times with the panel open').toBe(false)
    expect(session.stage).toBe('panel')
    // A tap on the panel is input like any other, and still starts nothing.
    show.onUserInput('touch')
    vi.advanceTimersByTime(IDLE_MS)
    expect(show.attract.active, 'a tap while held').toBe(false)

    session.close()
    expect(host.locks, 'closing locks the host').toBe(1)
    expect(session.stats, 'nothing of the panel is kept').toBeNull()
    vi.advanceTimersByTime(IDLE_MS - 1)
    expect(show.attract.active, 'a full quiet spell from the close').toBe(false)
    vi.advanceTimersByTime(1)
    expect(show.attract.active, 'then the attract loop').toBe(true)
  })

  it(`the unlock ends after ${ADMIN_UNLOCK_MS / 60_000} minutes: back to the pad, locked, idle counting`, async () => {
    const host = fakeHost()
    const session = new AdminSession(host, show.attract)
    await unlock(session)
    vi.advanceTimersByTime(ADMIN_UNLOCK_MS - 1)
    expect(session.stage, 'just before the limit').toBe('panel')
    expect(show.attract.active).toBe(false)
    vi.advanceTimersByTime(1)
    expect(session.stage, 'the pad again').toBe('pin')
    expect(session.message).toMatch(/enter the PIN again/)
    expect(session.status).toBeNull()
    expect(host.locks, 'the host was told').toBe(1)
    vi.advanceTimersByTime(IDLE_MS)
    expect(show.attract.active, 'quiet time counted from the end of the unlock').toBe(true)
    session.attractStarted()
    expect(session.stage, 'the attract loop closes the pad').toBe('closed')
  })

  it('statistics and export follow the chosen period', async () => {
    const host = fakeHost()
    const session = new AdminSession(host, show.attract)
    await unlock(session)
    session.choosePeriod('last-month')
    await settle()
    expect(host.ranges.at(-1), 'last month').toEqual({ from: '2026-11-01', to: '2026-11-30' })
    session.choosePeriod('all')
    await settle()
    expect(host.ranges.at(-1), 'all').toEqual({ from: null, to: null })
    session.choosePeriod('custom')
    expect(
      [session.customFrom, session.customTo],
      'custom starts from open ends (all) as empty fields'
    ).toEqual(['', ''])
    session.setCustom('2026-10-31', '2026-10-01')
    await settle()
    expect(host.ranges.at(-1), 'dates the wrong way round').toEqual({
      from: '2026-10-01',
      to: '2026-10-31'
    })
    await session.exportCsv()
    expect(host.exports, 'the export covers the days shown').toEqual([
      { from: '2026-10-01', to: '2026-10-31' }
    ])
    expect(session.exported).toBe('yuzhong-analytics.csv')
    session.choosePeriod('this-month')
    expect(session.exported, 'a new period forgets the last file').toBe('')
  })

  it('custom dates start from the period shown', async () => {
    const session = new AdminSession(fakeHost(), show.attract)
    await unlock(session)
    session.choosePeriod('last-month')
    session.choosePeriod('custom')
    expect([session.customFrom, session.customTo]).toEqual(['2026-11-01', '2026-11-30'])
  })

  it('"this month" is the month of the moment it is read, however long the kiosk runs', async () => {
    const host = fakeHost()
    const session = new AdminSession(host, show.attract)
    await unlock(session)
    session.close()
    vi.setSystemTime(new Date(2027, 1, 3, 9, 0, 0))
    await unlock(session)
    expect(host.ranges.at(-1)).toEqual({ from: '2027-02-01', to: '2027-02-03' })
  })

  it('actions: a refused one says so; Reload closes and locks; Exit leaves the panel up', async () => {
    const host = fakeHost()
    const session = new AdminSession(host, show.attract)
    await unlock(session)
    expect(session.actions()).toEqual(['reload', 'exit'])
    host.adminAction.mockResolvedValueOnce(false)
    await session.run('reload')
    expect(session.message).toBe('未执行 · Not done (unlock again)')
    expect(session.stage).toBe('panel')
    await session.run('exit')
    expect(session.stage, 'the app is quitting').toBe('panel')
    await session.run('reload')
    expect(session.stage).toBe('closed')
    expect(host.locks).toBe(1)
  })

  it('an unlock answered after the pad closed is ended at once and opens nothing', async () => {
    const host = fakeHost()
    const session = new AdminSession(host, show.attract)
    await openPad(session)
    for (const d of PIN) session.press(d)
    const pending = session.submit()
    session.attractStarted()
    await pending
    expect(session.stage).toBe('closed')
    expect(host.locks, 'the late unlock was ended').toBe(1)
    vi.advanceTimersByTime(IDLE_MS * 2)
    expect(show.attract.active, 'nothing holds the loop').toBe(true)
  })

  it('going away (the view unmounts) ends the unlock and the hold', async () => {
    const host = fakeHost()
    const session = new AdminSession(host, show.attract)
    await unlock(session)
    session.dispose()
    expect(host.locks).toBe(1)
    vi.advanceTimersByTime(IDLE_MS)
    expect(show.attract.active).toBe(true)
  })
})
