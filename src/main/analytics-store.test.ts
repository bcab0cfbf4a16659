import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toCsv, type AnalyticsEvent } from '@shared/analytics'
import { AnalyticsStore, MAX_BATCH, MAX_DAY_BYTES, MAX_EVENTS_PER_MINUTE } from './analytics-store'

const day1 = new Date(2026, 10, 29, 10).getTime()
const day2 = new Date(2026, 10, 30, 11).getTime()
const visit: AnalyticsEvent[] = [
  { type: 'session-start', at: day1, session: 's1' },
  { type: 'view', at: day1, session: 's1', slideId: 'hub', dwellMs: 5000, via: 'tap' },
  { type: 'session-end', at: day1 + 5000, session: 's1', durationMs: 5000 },
  { type: 'view', at: day2, session: null, slideId: 'cover', dwellMs: 8000, via: 'auto' }
]

describe('AnalyticsStore', () => {
  it('writes JSON lines rotated daily and reads them back', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'analytics-')), 'analytics')
    const store = new AnalyticsStore(dir)
    await store.record(visit)
    expect(readdirSync(dir).sort()).toEqual(['2026-11-29.jsonl', '2026-11-30.jsonl'])
    expect(readFileSync(join(dir, '2026-11-29.jsonl'), 'utf8').trim().split('\n')).toHaveLength(3)
    expect(await store.readAll()).toEqual(visit)
    const status = await store.status()
    expect(status.summary.sessions).toBe(1)
    expect(status.paused).toBe(false)
  })

  it('skips a damaged line instead of failing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analytics-'))
    writeFileSync(join(dir, '2026-11-29.jsonl'), `${JSON.stringify(visit[0])}\n{"type":"vie\n`)
    expect(await new AnalyticsStore(dir).readAll()).toEqual([visit[0]])
  })

  it('exports CSV that matches the events', async () => {
    const base = mkdtempSync(join(tmpdir(), 'analytics-'))
    const store = new AnalyticsStore(join(base, 'analytics'))
    await store.record(visit)
    const file = await store.exportCsv(join(base, 'visits.csv'))
    expect(readFileSync(file, 'utf8')).toBe(toCsv(visit))
  })

  it('summarises and exports only the local days of a range', async () => {
    const base = mkdtempSync(join(tmpdir(), 'analytics-'))
    const store = new AnalyticsStore(join(base, 'analytics'))
    await store.record(visit)
    const only29 = { from: '2026-11-29', to: '2026-11-29' }
    expect(await store.readAll(only29), 'the 29th').toEqual(visit.slice(0, 3))
    expect(await store.readAll({ from: '2026-11-30', to: null }), 'from the 30th').toEqual([
      visit[3]
    ])
    expect((await store.status({ from: '2026-12-01', to: null })).summary.sessions).toBe(0)
    const file = await store.exportCsv(join(base, 'nov-29.csv'), only29)
    expect(readFileSync(file, 'utf8')).toBe(toCsv(visit.slice(0, 3)))
  })

  it('survives a folder it cannot write to: recording pauses, nothing throws', async () => {
    const base = mkdtempSync(join(tmpdir(), 'analytics-'))
    const blocker = join(base, 'not-a-folder')
    writeFileSync(blocker, 'a file where the folder should be')
    const store = new AnalyticsStore(join(blocker, 'analytics'))
    await expect(store.record(visit)).resolves.toBeUndefined()
    expect(store.paused, 'the reason is kept for the admin panel').toMatch(/^(ENOTDIR|EEXIST)/)
    const status = await store.status()
    expect(status.paused).toBe(true)
    expect(status.summary.sessions).toBe(0)
    await expect(store.record(visit), 'later writes are skipped quietly').resolves.toBeUndefined()
  })
})

describe('AnalyticsStore with hostile input (the renderer is not trusted)', () => {
  const now = day1 + 60_000
  const fresh = () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'analytics-')), 'analytics')
    return { dir, store: new AnalyticsStore(dir, () => now) }
  }
  const good: AnalyticsEvent = {
    type: 'view',
    at: day1,
    session: 's1',
    slideId: 'hub',
    dwellMs: 5000,
    via: 'tap'
  }

  it('a null event is dropped and counted, and the queue keeps writing', async () => {
    const { store } = fresh()
    await store.record([null] as never)
    await store.record(null as never)
    await store.record([good])
    expect(await store.readAll(), 'the good event after the bad ones').toEqual([good])
    expect(store.dropped, 'invalid events counted').toBe(2)
  })

  it('drops events of unknown type, wrong field types, huge strings or a bad time', async () => {
    const { dir, store } = fresh()
    const bad: unknown[] = [
      { ...good, slideId: 42 },
      { ...good, type: 'script' },
      { ...good, slideId: 'x'.repeat(10 * 1024 * 1024) },
      { ...good, session: 'y'.repeat(1000) },
      { ...good, at: 'tomorrow' },
      { ...good, at: Number.NaN },
      { ...good, at: -1e20 },
      { ...good, at: now + 30 * 86_400_000 },
      { ...good, dwellMs: -5 },
      { ...good, via: 'teleport' },
      { type: 'lang', at: day1, session: null, lang: 'fr' }
    ]
    await store.record(bad as never)
    expect(existsSync(dir), 'nothing written').toBe(false)
    expect(store.dropped).toBe(bad.length)
    expect((await store.status()).dropped, 'the admin panel sees the count').toBe(bad.length)
  })

  it('a throwing write does not wedge the queue', async () => {
    const { store } = fresh()
    const hostile = { ...good }
    Object.defineProperty(hostile, 'slideId', {
      enumerable: true,
      get() {
        throw new Error('boom')
      }
    })
    await expect(store.record([hostile] as never)).resolves.toBeUndefined()
    await store.record([good])
    expect(await store.readAll()).toEqual([good])
  })

  it('bounds the rate: a flood beyond the per-minute limit is dropped and counted', async () => {
    const { store } = fresh()
    const flood = Array.from({ length: MAX_BATCH }, () => good)
    for (let i = 0; i < 10; i++) await store.record(flood)
    const kept = (await store.readAll()).length
    expect(kept, 'events kept in one minute').toBe(MAX_EVENTS_PER_MINUTE)
    expect(store.dropped).toBe(10 * MAX_BATCH - MAX_EVENTS_PER_MINUTE)
  })

  it("bounds the day's file size", async () => {
    let clock = now
    const dir = join(mkdtempSync(join(tmpdir(), 'analytics-')), 'analytics')
    const store = new AnalyticsStore(dir, () => clock)
    const line = `${JSON.stringify(good)}\n`
    const fill = Math.ceil(MAX_DAY_BYTES / line.length) + 100
    const batch = Array.from({ length: MAX_EVENTS_PER_MINUTE }, () => good)
    for (let written = 0; written < fill; written += MAX_EVENTS_PER_MINUTE) {
      await store.record(batch)
      clock += 60_000
    }
    const size = statSync(join(dir, '2026-11-29.jsonl')).size
    expect(size, 'the day file stays under its cap').toBeLessThanOrEqual(MAX_DAY_BYTES)
    expect(store.dropped).toBeGreaterThan(0)
  })

  it('reads stored files defensively: a numeric slideId or odd line never breaks the summary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'analytics-'))
    writeFileSync(
      join(dir, '2026-11-29.jsonl'),
      [
        JSON.stringify({ ...good, slideId: 7 }),
        JSON.stringify({ ...good, dwellMs: 'long' }),
        'null',
        '[]',
        JSON.stringify(good)
      ].join('\n')
    )
    mkdirSync(join(dir, '2026-11-30.jsonl'))
    const store = new AnalyticsStore(dir, () => now)
    expect(await store.readAll()).toEqual([good])
    await expect(store.status()).resolves.toMatchObject({ summary: { slides: [{ views: 1 }] } })
  })

  it('never writes a file named from a bad time', async () => {
    const { dir, store } = fresh()
    await store.record([{ ...good, at: Number.NaN }] as never)
    await store.record([good])
    expect(readdirSync(dir)).toEqual(['2026-11-29.jsonl'])
  })
})

describe('toCsv', () => {
  it('neutralises cells a spreadsheet would run as a formula', () => {
    const csv = toCsv([
      { type: 'session-start', at: day1, session: '=HYPERLINK("http://x")' },
      { type: 'session-start', at: day1, session: '+1' },
      { type: 'session-start', at: day1, session: '-1' },
      { type: 'session-start', at: day1, session: '@SUM(A1)' },
      { type: 'session-start', at: day1, session: '\tx' }
    ])
    const sessions = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => row.split(',')[2])
    expect(sessions).toEqual([`"'=HYPERLINK(""http://x"")"`, "'+1", "'-1", "'@SUM(A1)", "'\tx"])
  })
})
