/**
 * Offline visitor analytics: what is recorded (no personal data — only slides, times and how a
 * slide was reached), and the summaries and CSV made from it. Pure TypeScript.
 */
import * as v from 'valibot'
import { LANGUAGES, type Lang } from './content'

/** How a slide was reached. */
export const VIAS = [
  'start',
  'swipe',
  'tap',
  'key',
  'wheel',
  'hub',
  'overview',
  'link',
  'auto'
] as const
export type Via = (typeof VIAS)[number]

export type AnalyticsEvent =
  | { type: 'session-start'; at: number; session: string }
  | { type: 'session-end'; at: number; session: string; durationMs: number }
  | { type: 'view'; at: number; session: string | null; slideId: string; dwellMs: number; via: Via }
  | { type: 'lang'; at: number; session: string | null; lang: Lang }

export interface SlideSummary {
  slideId: string
  views: number
  averageDwellMs: number
}

export interface AnalyticsSummary {
  /** Visitor sessions per local day, oldest first. */
  sessionsPerDay: { day: string; sessions: number }[]
  sessions: number
  averageSessionMs: number
  /** Views by visitors (not the attract loop), most viewed first. */
  slides: SlideSummary[]
  autoplayViews: number
  languageSwitches: number
}

/** `YYYY-MM-DD` of a time, in local time (the files rotate daily on this). */
export function dayOf(at: number): string {
  const d = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/**
 * A time as ISO 8601 in local time with its UTC offset, to the second:
 * `2026-12-01T14:05:09+08:00`. A spreadsheet reads the local date and time from the first 19
 * characters; the offset keeps the time unambiguous.
 */
export function localTime(at: number): string {
  const d = new Date(at)
  const pad = (n: number) => String(n).padStart(2, '0')
  const offset = -d.getTimezoneOffset()
  const sign = offset < 0 ? '-' : '+'
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
  return `${dayOf(at)}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}${zone}`
}

/** Local days `YYYY-MM-DD`, both included; a `null` end is open (`{ from: null, to: null }`: all). */
export interface DayRange {
  from: string | null
  to: string | null
}

/** Every recorded day. */
export const ALL_DAYS: DayRange = { from: null, to: null }

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (not `2026-02-30`). */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false
  const [y, m, d] = text.split('-').map(Number) as [number, number, number]
  const date = new Date(y, m - 1, d)
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d
}

const day = v.pipe(v.string(), v.check(isDay, 'a day written YYYY-MM-DD'))

/** A day range as the host accepts it from the renderer: real days, `from` not after `to`. */
export const DayRangeSchema = v.pipe(
  v.object({ from: v.nullable(day), to: v.nullable(day) }),
  v.check((r) => r.from === null || r.to === null || r.from <= r.to, '`from` is after `to`')
)

/**
 * `value` as `schema` accepts it (a clean copy), else null. Never throws: a hostile object (a
 * throwing getter, a proxy) is simply refused.
 */
function acceptedOrNull<S extends v.GenericSchema>(
  schema: S,
  value: unknown
): v.InferOutput<S> | null {
  try {
    const result = v.safeParse(schema, value)
    return result.success ? result.output : null
  } catch {
    return null
  }
}

/** The range when it is one the schema accepts (a clean copy), else null. Never throws. */
export function parseDayRange(value: unknown): DayRange | null {
  return acceptedOrNull(DayRangeSchema, value)
}

/** Whether a local day `YYYY-MM-DD` lies in the range. */
export function dayInRange(dayText: string, range: DayRange): boolean {
  return (
    (range.from === null || dayText >= range.from) && (range.to === null || dayText <= range.to)
  )
}

/** The events whose local day lies in the range, in their order. */
export function eventsIn(events: readonly AnalyticsEvent[], range: DayRange): AnalyticsEvent[] {
  return events.filter((e) => dayInRange(dayOf(e.at), range))
}

/** The ranges a hall manager picks from (the admin panel offers them, plus a custom one). */
export const PERIODS = ['this-month', 'last-month', 'all'] as const
export type Period = (typeof PERIODS)[number]

/**
 * A named period as days, on the local calendar at `now`: this month (its first day to today),
 * last month (whole), or all.
 */
export function periodRange(period: Period, now: number): DayRange {
  if (period === 'all') return ALL_DAYS
  const d = new Date(now)
  if (period === 'this-month') {
    return { from: dayOf(new Date(d.getFullYear(), d.getMonth(), 1).getTime()), to: dayOf(now) }
  }
  return {
    from: dayOf(new Date(d.getFullYear(), d.getMonth() - 1, 1).getTime()),
    // Day 0 of this month is the last day of the previous one.
    to: dayOf(new Date(d.getFullYear(), d.getMonth(), 0).getTime())
  }
}

/**
 * The export's file name: `yuzhong-analytics-2026-11-01_2026-11-30.csv` for a range (an open end
 * reads `start` or today), `yuzhong-analytics-all-2026-12-01.csv` for everything until today.
 */
export function csvFileName(range: DayRange, now: number): string {
  const today = dayOf(now)
  const span =
    range.from === null && range.to === null
      ? `all-${today}`
      : `${range.from ?? 'start'}_${range.to ?? today}`
  return `yuzhong-analytics-${span}.csv`
}

/** Longest session id or slide id kept (the renderer makes ids of about a dozen characters). */
export const MAX_ID_LENGTH = 64
/** Longest dwell or session time kept: a day (anything longer is a clock or a bug, not a visit). */
export const MAX_DURATION_MS = 86_400_000
/** Earliest time kept (2020-01-01 UTC): an older time is a clock that was never set. */
export const MIN_TIME = Date.UTC(2020, 0, 1)
/** Latest time kept, as the schema sees it (2100-01-01 UTC); records are also held to "now". */
export const MAX_TIME = Date.UTC(2100, 0, 1)
/** How far ahead of the host's clock a recorded event may be (renderer and host share a clock). */
export const MAX_CLOCK_SKEW_MS = 3_600_000

const id = v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_ID_LENGTH))
const time = v.pipe(v.number(), v.finite(), v.minValue(MIN_TIME), v.maxValue(MAX_TIME))
const duration = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(MAX_DURATION_MS))

/**
 * One analytics event, as the host accepts it from the renderer and reads it back from disk:
 * known types only, bounded strings, sane times; unknown fields are dropped.
 */
export const AnalyticsEventSchema = v.variant('type', [
  v.object({ type: v.literal('session-start'), at: time, session: id }),
  v.object({ type: v.literal('session-end'), at: time, session: id, durationMs: duration }),
  v.object({
    type: v.literal('view'),
    at: time,
    session: v.nullable(id),
    slideId: id,
    dwellMs: duration,
    via: v.picklist(VIAS)
  }),
  v.object({
    type: v.literal('lang'),
    at: time,
    session: v.nullable(id),
    lang: v.picklist(LANGUAGES)
  })
])

/** The event when it is one the schema accepts (a clean copy), else null. Never throws. */
export function parseEvent(value: unknown): AnalyticsEvent | null {
  return acceptedOrNull(AnalyticsEventSchema, value)
}

/** Reads JSON lines; a damaged line (e.g. cut by a power loss) is skipped, not fatal. */
export function parseJsonLines(text: string): AnalyticsEvent[] {
  const events: AnalyticsEvent[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) continue
    try {
      const event = parseEvent(JSON.parse(line))
      if (event) events.push(event)
    } catch {
      // skip the damaged line
    }
  }
  return events
}

export function summarize(events: readonly AnalyticsEvent[]): AnalyticsSummary {
  const perDay = new Map<string, number>()
  let sessions = 0
  let sessionMs = 0
  let ended = 0
  const slides = new Map<string, { views: number; dwell: number }>()
  let autoplayViews = 0
  let languageSwitches = 0
  for (const e of events) {
    if (e.type === 'session-start') {
      sessions += 1
      perDay.set(dayOf(e.at), (perDay.get(dayOf(e.at)) ?? 0) + 1)
    } else if (e.type === 'session-end') {
      ended += 1
      sessionMs += e.durationMs
    } else if (e.type === 'view') {
      if (e.via === 'auto') {
        autoplayViews += 1
        continue
      }
      const s = slides.get(e.slideId) ?? { views: 0, dwell: 0 }
      s.views += 1
      s.dwell += e.dwellMs
      slides.set(e.slideId, s)
    } else languageSwitches += 1
  }
  return {
    sessionsPerDay: [...perDay]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([day, n]) => ({ day, sessions: n })),
    sessions,
    averageSessionMs: ended ? Math.round(sessionMs / ended) : 0,
    slides: [...slides]
      .map(([slideId, s]) => ({
        slideId,
        views: s.views,
        averageDwellMs: Math.round(s.dwell / s.views)
      }))
      .sort((a, b) => b.views - a.views || a.slideId.localeCompare(b.slideId)),
    autoplayViews,
    languageSwitches
  }
}

/** The CSV header; one row per event. */
export const CSV_HEADER = 'type,time,session,slide,dwell_ms,via,duration_ms,lang'

/** First characters that make a spreadsheet run a cell as a formula (or as a DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/

function cell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  // Formula injection: a leading apostrophe makes the spreadsheet show the text as text.
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** Every event as a CSV row (times in ISO 8601, local time with the UTC offset). */
export function toCsv(events: readonly AnalyticsEvent[]): string {
  const rows = events.map((e) =>
    [
      e.type,
      localTime(e.at),
      e.session,
      e.type === 'view' ? e.slideId : '',
      e.type === 'view' ? e.dwellMs : '',
      e.type === 'view' ? e.via : '',
      e.type === 'session-end' ? e.durationMs : '',
      e.type === 'lang' ? e.lang : ''
    ]
      .map(cell)
      .join(',')
  )
  return `${[CSV_HEADER, ...rows].join('\n')}\n`
}
