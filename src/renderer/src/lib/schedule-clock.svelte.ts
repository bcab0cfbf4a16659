/**
 * Opening hours in the renderer: whether the hall is open now, re-decided at every change and
 * at least once a minute (so a clock set forwards or backwards is noticed), with the "closed"
 * slide shown for a while after closing before the screen goes black. The decision itself is the
 * shared, unit-tested `scheduleState`.
 */
import { describeSchedule, scheduleState, type Schedule } from '@shared/schedule'

/** Longest wait between two decisions, so a clock jump is noticed within a minute. */
export const SCHEDULE_RECHECK_MS = 60_000

export class ScheduleClock {
  /** The hall is open: the show runs. */
  open = $state(true)
  /** Closed, and within `closedSlideMinutes` of closing: the "closed" slide (then black). */
  closedSlide = $state(false)
  /** When it next opens (epoch ms), or null. */
  opensAt = $state<number | null>(null)

  #schedule: Schedule
  #timeZone: string
  #onChange: (open: boolean) => void
  #timer: ReturnType<typeof setTimeout> | undefined
  #slideTimer: ReturnType<typeof setTimeout> | undefined

  constructor(
    schedule: Schedule,
    onChange: (open: boolean) => void,
    timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone
  ) {
    this.#schedule = schedule
    this.#timeZone = timeZone
    this.#onChange = onChange
    this.#decide(false)
  }

  /** "open until 17:30" / "closed until Mon 09:00". */
  describe(): string {
    const now = Date.now()
    return describeSchedule(scheduleState(this.#schedule, now, this.#timeZone), now, this.#timeZone)
  }

  dispose(): void {
    clearTimeout(this.#timer)
    clearTimeout(this.#slideTimer)
  }

  #decide(notify: boolean): void {
    const now = Date.now()
    const state = scheduleState(this.#schedule, now, this.#timeZone)
    const changed = state.open !== this.open
    this.opensAt = state.open ? null : state.nextChange
    if (changed) {
      this.open = state.open
      clearTimeout(this.#slideTimer)
      const minutes = this.#schedule.closedSlideMinutes ?? 0
      // The "closed" slide only right after a closing the show saw; a start at night is black.
      this.closedSlide = !state.open && notify && minutes > 0
      if (this.closedSlide)
        this.#slideTimer = setTimeout(() => (this.closedSlide = false), minutes * 60_000)
      if (notify || !state.open) this.#onChange(state.open)
    }
    const wait =
      state.nextChange === null ? SCHEDULE_RECHECK_MS : Math.max(0, state.nextChange - now)
    this.#timer = setTimeout(() => this.#decide(true), Math.min(wait, SCHEDULE_RECHECK_MS))
  }
}
