/**
 * Watches a show and records visitor analytics: sessions (from the first touch after the attract
 * loop until the show goes idle again), slide views with their dwell time and how each slide was
 * reached, and language switches. Events are handed to a sink in batches so recording never
 * stands in the way of a transition.
 */
import { untrack } from 'svelte'
import type { AnalyticsEvent, Via } from '@shared/analytics'
import type { Show } from './engine/show.svelte'

/** Where recorded events go: the host's log files, or memory in a browser. */
export interface AnalyticsSink {
  record(events: AnalyticsEvent[]): void
}

/** How often buffered events are handed to the sink. */
export const FLUSH_MS = 5000

let flushActive: (() => void) | null = null

/** Hands buffered events to the sink now (before the admin panel reads the summary). */
export function flushAnalytics(): void {
  flushActive?.()
}

/** Starts recording; returns the function that stops (and flushes). */
export function trackShow(show: Show, sink: AnalyticsSink, flushMs = FLUSH_MS): () => void {
  let buffer: AnalyticsEvent[] = []
  let session: string | null = null
  let sessionStart = 0
  let entered = {
    slideId: show.slide.id,
    at: Date.now(),
    via: 'start' as Via,
    session: null as string | null
  }

  const flush = (): void => {
    if (!buffer.length) return
    const events = buffer
    buffer = []
    sink.record(events)
  }
  const push = (event: AnalyticsEvent): void => {
    buffer.push(event)
  }
  const timer = setInterval(flush, flushMs)
  flushActive = flush

  const stop = $effect.root(() => {
    // A slide view ends when the slide changes.
    $effect(() => {
      const slideId = show.slide.id
      untrack(() => {
        if (slideId === entered.slideId) return
        const now = Date.now()
        push({
          type: 'view',
          at: entered.at,
          session: entered.session,
          slideId: entered.slideId,
          dwellMs: now - entered.at,
          via: entered.via
        })
        entered = { slideId, at: now, via: show.attract.active ? 'auto' : show.via, session }
      })
    })

    // A session starts with the first input after the attract loop (or after start-up).
    $effect(() => {
      const at = show.lastInputAt
      untrack(() => {
        if (!at || session || show.attract.active) return
        session = `s-${at.toString(36)}`
        sessionStart = at
        entered = { ...entered, session }
        push({ type: 'session-start', at, session })
      })
    })

    // …and ends when the show goes idle: the attract loop starts.
    $effect(() => {
      const idle = show.attract.unattended
      untrack(() => {
        if (!idle || !session) return
        push({
          type: 'session-end',
          at: show.lastInputAt,
          session,
          durationMs: show.lastInputAt - sessionStart
        })
        session = null
        flush()
      })
    })

    // Language switches by a person (the attract loop's return to Chinese is not one).
    let lang = untrack(() => show.lang)
    $effect(() => {
      const now = show.lang
      untrack(() => {
        if (now === lang) return
        lang = now
        if (!show.attract.unattended) push({ type: 'lang', at: Date.now(), session, lang: now })
      })
    })
  })

  return () => {
    clearInterval(timer)
    stop()
    flush()
    if (flushActive === flush) flushActive = null
  }
}
