/**
 * Opening hours in the main process: the same decision as the renderer's (the shared, unit-tested
 * `scheduleState`), for what only the host does — while closed the display may sleep and
 * analytics record nothing; at closing time a changed pack is applied (the windows reload into
 * the closed screen), so updates never interrupt a visitor.
 */
import { describeSchedule, scheduleState, type ScheduleState } from '@shared/schedule'
import type { AppContext } from './app-context'
import type { ContentSource } from './content-watch'
import type { Lockdown } from './lockdown'
import { log } from './logging'

/** Longest wait between two decisions, so a clock set forwards or backwards is noticed. */
export const RECHECK_MS = 60_000

export interface OpeningHours {
  /** Open now (always, without a schedule). */
  open(): boolean
  /** "open until 17:30", "closed until Mon 09:00", or "always open". */
  describe(): string
  /** Calls `listener` when the hall opens or closes. */
  onChange(listener: (open: boolean) => void): void
}

export function setupOpeningHours(
  ctx: Pick<AppContext, 'config' | 'reloadAll'>,
  features: {
    lockdown: Pick<Lockdown, 'allowDisplaySleep'>
    content: Pick<ContentSource, 'applyPending'>
  },
  timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone
): OpeningHours {
  const schedule = ctx.config.schedule
  const listeners: ((open: boolean) => void)[] = []
  if (!schedule)
    return {
      open: () => true,
      describe: () => 'always open (no schedule)',
      onChange: () => undefined
    }

  let state: ScheduleState = scheduleState(schedule, Date.now(), timeZone)
  const apply = (first: boolean): void => {
    features.lockdown.allowDisplaySleep(!state.open)
    if (!first) log.info(`[hours] ${state.open ? 'opening' : 'closing'}`)
    // Closing time is the quiet moment for a content update.
    if (!state.open && !first && features.content.applyPending()) {
      log.info('[content] applying the updated pack at closing time')
      ctx.reloadAll()
    }
    if (!first) for (const listener of listeners) listener(state.open)
  }
  const decide = (): void => {
    const next = scheduleState(schedule, Date.now(), timeZone)
    const changed = next.open !== state.open
    state = next
    if (changed) apply(false)
    const wait = state.nextChange === null ? RECHECK_MS : Math.max(0, state.nextChange - Date.now())
    setTimeout(decide, Math.min(wait, RECHECK_MS)).unref?.()
  }
  apply(true)
  decide()
  return {
    open: () => state.open,
    describe: () => describeSchedule(state, Date.now(), timeZone),
    onChange: (listener) => void listeners.push(listener)
  }
}
