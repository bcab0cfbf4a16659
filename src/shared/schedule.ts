/**
 * Opening hours of the hall: weekly ranges (several a day, a range may run past midnight),
 * dated closures and special openings. One pure decision — open now, and when does that change —
 * computed in the hall's local time zone (daylight-saving changes included), so it is
 * unit-tested with any clock.
 *
 * Pure TypeScript: imports nothing from electron, node:* or the DOM (Intl is part of the language).
 */
import * as v from 'valibot'

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const
export type Weekday = (typeof WEEKDAYS)[number]

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/
const RANGE = /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/

const Range = v.pipe(
  v.string(),
  v.regex(RANGE, 'a range "HH:MM-HH:MM", e.g. "09:00-17:30"'),
  v.check((r) => r.slice(0, 5) !== r.slice(6), 'a range that opens and closes at the same time')
)
const Ranges = v.pipe(v.array(Range), v.maxLength(8))

/** `schedule` in config.json (see the README, "Opening hours"). */
export const ScheduleSchema = v.strictObject({
  /** Opening ranges per weekday; a day left out is closed. */
  weekly: v.strictObject(
    Object.fromEntries(WEEKDAYS.map((d) => [d, v.optional(Ranges)])) as Record<
      Weekday,
      v.OptionalSchema<typeof Ranges, undefined>
    >
  ),
  /** Whole days closed (holidays), `YYYY-MM-DD`; they override the weekday. */
  closed: v.optional(
    v.pipe(v.array(v.pipe(v.string(), v.regex(DAY, 'a day YYYY-MM-DD'))), v.maxLength(400))
  ),
  /** Special openings on a day, `{ "YYYY-MM-DD": ["10:00-16:00"] }`; they override the weekday. */
  open: v.optional(v.record(v.pipe(v.string(), v.regex(DAY, 'a day YYYY-MM-DD')), Ranges)),
  /** Minutes the "closed" slide shows after closing before the screen goes black (0: black at once). */
  closedSlideMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(240)))
})

export type Schedule = v.InferOutput<typeof ScheduleSchema>

/** Validates a schedule; problems name the field (`schedule.weekly.mon[0]: …`). */
export function parseSchedule(
  raw: unknown,
  source = 'schedule'
): { ok: true; schedule: Schedule } | { ok: false; problems: string[] } {
  const result = v.safeParse(ScheduleSchema, raw)
  if (result.success) return { ok: true, schedule: result.output }
  return {
    ok: false,
    problems: result.issues.map((issue) => {
      const path = (issue.path ?? [])
        .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
        .join('')
      return `${source}${path}: ${issue.message}`
    })
  }
}

/** Local wall-clock parts of an instant in a time zone. */
interface Local {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  weekday: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short'
    })
    formatters.set(timeZone, f)
  }
  return f
}

function local(at: number, timeZone: string): Local {
  const parts = Object.fromEntries(
    formatter(timeZone)
      .formatToParts(at)
      .map((p) => [p.type, p.value])
  )
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts['weekday'] ?? '')
  }
}

/** Offset of the zone from UTC at an instant, in ms. */
function offset(at: number, timeZone: string): number {
  const l = local(at, timeZone)
  const asUtc = Date.UTC(l.year, l.month - 1, l.day, l.hour, l.minute)
  return asUtc - Math.floor(at / 60_000) * 60_000
}

/**
 * The instant a local wall-clock time happens. A time skipped by a daylight-saving change (02:30
 * on a spring-forward night) is shifted forward by the gap (03:30), as java.time does; a time that
 * happens twice is the first of the two.
 */
export function instantOf(
  y: number,
  m: number,
  d: number,
  hour: number,
  minute: number,
  timeZone: string
): number {
  const wall = Date.UTC(y, m - 1, d, hour, minute)
  const first = wall - offset(wall, timeZone)
  const second = wall - offset(first, timeZone)
  // Of the candidates, the earliest that shows the wall time (or the later one, in a gap).
  const candidates = [Math.min(first, second), Math.max(first, second)]
  for (const c of candidates) {
    const l = local(c, timeZone)
    if (l.hour === hour && l.minute === minute && l.day === d) return c
  }
  return Math.max(first, second)
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const dayKey = (l: Pick<Local, 'year' | 'month' | 'day'>): string =>
  `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')}`

/** The ranges of one local day: a special opening, a closure, or the weekday's. */
function rangesOf(schedule: Schedule, key: string, weekday: number): string[] {
  const special = schedule.open?.[key]
  if (special) return special
  if (schedule.closed?.includes(key)) return []
  return schedule.weekly[WEEKDAYS[weekday]!] ?? []
}

/** Adds days to a local date (calendar arithmetic, no time zone involved). */
function addDays(l: Pick<Local, 'year' | 'month' | 'day'>, days: number) {
  const t = new Date(Date.UTC(l.year, l.month - 1, l.day + days))
  return {
    year: t.getUTCFullYear(),
    month: t.getUTCMonth() + 1,
    day: t.getUTCDate(),
    weekday: t.getUTCDay()
  }
}

/** Open intervals [from, to) as instants, for the local days around `at`. */
function intervals(schedule: Schedule, at: number, timeZone: string, days: number) {
  const today = local(at, timeZone)
  const out: { from: number; to: number }[] = []
  // From yesterday (a range past midnight reaches into today) to `days` ahead.
  for (let i = -1; i <= days; i += 1) {
    const date = addDays(today, i)
    for (const range of rangesOf(schedule, dayKey(date), date.weekday)) {
      const start = minutes(range.slice(0, 5))
      let end = minutes(range.slice(6, 11))
      if (end <= start) end += 24 * 60 // runs past midnight: it belongs to the day it starts
      const endDate = addDays(date, Math.floor(end / 1440))
      out.push({
        from: instantOf(
          date.year,
          date.month,
          date.day,
          Math.floor(start / 60),
          start % 60,
          timeZone
        ),
        to: instantOf(
          endDate.year,
          endDate.month,
          endDate.day,
          Math.floor((end % 1440) / 60),
          end % 60,
          timeZone
        )
      })
    }
  }
  return out.sort((a, b) => a.from - b.from)
}

/** Whether the hall is open, and when that next changes (null: not within two weeks). */
export interface ScheduleState {
  open: boolean
  nextChange: number | null
}

/** How far ahead the next change is looked for. */
const HORIZON_DAYS = 15

/** The decision: open at `at` (epoch ms), and the next instant that changes it. */
export function scheduleState(schedule: Schedule, at: number, timeZone: string): ScheduleState {
  const list = intervals(schedule, at, timeZone, HORIZON_DAYS)
  // Merge touching or overlapping ranges, so 09:00-12:00 and 12:00-17:00 is one opening.
  const merged: { from: number; to: number }[] = []
  for (const r of list) {
    const last = merged.at(-1)
    if (last && r.from <= last.to) last.to = Math.max(last.to, r.to)
    else merged.push({ ...r })
  }
  // An opening that runs to the end of the horizon does not change within it.
  const horizon = Math.max(...list.map((r) => r.to), at)
  const current = merged.find((r) => r.from <= at && at < r.to)
  if (current) return { open: true, nextChange: current.to >= horizon ? null : current.to }
  const next = merged.find((r) => r.from > at)
  return { open: false, nextChange: next ? next.from : null }
}

/**
 * The admin panel's line: "open until 17:30" / "closed until Mon 09:00" (local time), or always
 * open / closed when nothing changes within two weeks.
 */
export function describeSchedule(state: ScheduleState, at: number, timeZone: string): string {
  if (state.nextChange === null) return state.open ? 'open' : 'closed'
  const change = local(state.nextChange, timeZone)
  const time = `${String(change.hour).padStart(2, '0')}:${String(change.minute).padStart(2, '0')}`
  const now = local(at, timeZone)
  const sameDay = dayKey(now) === dayKey(change)
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][change.weekday]
  const when = sameDay ? time : `${day} ${time}`
  return `${state.open ? 'open' : 'closed'} until ${when}`
}

/** A valid time of day "HH:MM" (exported for messages). */
export const isTimeOfDay = (s: string): boolean => TIME.test(s)
