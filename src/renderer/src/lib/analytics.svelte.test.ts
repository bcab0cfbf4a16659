import { flushSync } from 'svelte'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { localTime, summarize, toCsv, type AnalyticsEvent } from '@shared/analytics'
import { DEFAULT_SHOW_CONFIG } from '@shared/config'
import type { Deck } from '@shared/content'
import { Show } from './engine/show.svelte'
import { trackShow } from './analytics.svelte'

const text = (s: string) => ({ zh: s, en: s })
const deck: Deck = {
  version: 1,
  title: text('Deck'),
  defaultDuration: 8,
  slides: ['a', 'b', 'c'].map((id) => ({ id, type: 'quote' as const, quote: text(id) }))
}

describe('visitor analytics from a scripted visit', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date(2026, 10, 29, 10, 0, 0))
  })
  afterEach(() => vi.useRealTimers())

  it('records the session, each view with its dwell and how it was reached, and language switches', () => {
    const show = new Show(deck, { ...DEFAULT_SHOW_CONFIG, idleSeconds: 60 })
    const events: AnalyticsEvent[] = []
    const stop = trackShow(show, { record: (e) => events.push(...e) })
    const t0 = Date.now()

    // The kiosk idles into the attract loop and plays a slide by itself.
    vi.advanceTimersByTime(60_000)
    flushSync()
    vi.advanceTimersByTime(8_000)
    flushSync()
    // A visitor wakes it (the touch presses nothing), then swipes, reads, switches language.
    show.onUserInput('touch')
    flushSync()
    vi.advanceTimersByTime(2_000)
    show.onUserInput('touch')
    show.noteVia('swipe')
    show.next()
    flushSync()
    vi.advanceTimersByTime(5_000)
    show.onUserInput('key')
    show.toggleLanguage()
    flushSync()
    vi.advanceTimersByTime(1_000)
    show.onUserInput('key')
    show.prev()
    flushSync()
    // …and walks away: 60 s later the attract loop starts and the session ends.
    vi.advanceTimersByTime(60_000)
    flushSync()
    stop()

    const visit = events.filter((e) => e.type !== 'view' || e.via !== 'auto')
    const start = t0 + 68_000
    const s = `s-${start.toString(36)}`
    expect(visit).toEqual([
      { type: 'view', at: t0, session: null, slideId: 'a', dwellMs: 68_000, via: 'start' },
      { type: 'session-start', at: start, session: s },
      { type: 'lang', at: start + 7_000, session: s, lang: 'en' },
      { type: 'view', at: start + 2_000, session: s, slideId: 'c', dwellMs: 6_000, via: 'swipe' },
      { type: 'view', at: start + 8_000, session: s, slideId: 'b', dwellMs: 60_000, via: 'key' },
      { type: 'session-end', at: start + 8_000, session: s, durationMs: 8_000 }
    ])
    const auto = events.filter((e) => e.type === 'view' && e.via === 'auto')
    expect(auto, 'the attract loop played slide b once before the visitor came').toEqual([
      { type: 'view', at: t0 + 68_000, session: s, slideId: 'b', dwellMs: 2_000, via: 'auto' }
    ])
    show.dispose()
  })

  it('summarises sessions per day, session length, views and dwell, and exports CSV', () => {
    const day = new Date(2026, 10, 29, 9).getTime()
    const events: AnalyticsEvent[] = [
      { type: 'session-start', at: day, session: 's1' },
      { type: 'view', at: day, session: 's1', slideId: 'hub', dwellMs: 4000, via: 'tap' },
      { type: 'view', at: day + 4000, session: 's1', slideId: 'supply', dwellMs: 9000, via: 'hub' },
      { type: 'session-end', at: day + 13000, session: 's1', durationMs: 13000 },
      { type: 'session-start', at: day + 86_400_000, session: 's2' },
      {
        type: 'view',
        at: day + 86_400_000,
        session: 's2',
        slideId: 'hub',
        dwellMs: 2000,
        via: 'swipe'
      },
      { type: 'lang', at: day + 86_401_000, session: 's2', lang: 'en' },
      { type: 'session-end', at: day + 86_407_000, session: 's2', durationMs: 7000 },
      {
        type: 'view',
        at: day + 86_500_000,
        session: null,
        slideId: 'cover',
        dwellMs: 8000,
        via: 'auto'
      }
    ]
    const summary = summarize(events)
    expect(summary.sessionsPerDay).toEqual([
      { day: '2026-11-29', sessions: 1 },
      { day: '2026-11-30', sessions: 1 }
    ])
    expect(summary.averageSessionMs).toBe(10_000)
    expect(summary.slides).toEqual([
      { slideId: 'hub', views: 2, averageDwellMs: 3000 },
      { slideId: 'supply', views: 1, averageDwellMs: 9000 }
    ])
    expect(summary.autoplayViews).toBe(1)
    expect(summary.languageSwitches).toBe(1)
    const csv = toCsv(events).split('\n')
    expect(csv[0]).toBe('type,time,session,slide,dwell_ms,via,duration_ms,lang')
    // Local time with its offset (the formatting itself is tested in shared/analytics.test.ts).
    expect(csv[2]).toBe(`view,${localTime(day)},s1,hub,4000,tap,,`)
    expect(csv[2]).toMatch(/^view,2026-11-29T\d\d:00:00[+-]\d\d:\d\d,/)
    expect(csv[4]).toBe(`session-end,${localTime(day + 13000)},s1,,,,13000,`)
    expect(csv).toHaveLength(events.length + 2)
  })
})
