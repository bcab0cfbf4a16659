import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { toCsv, type AnalyticsEvent } from '@shared/analytics'
import { AnalyticsStore } from './analytics-store'

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
