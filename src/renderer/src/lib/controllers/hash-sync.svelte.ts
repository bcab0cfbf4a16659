/**
 * The URL names the current slide (`#/<slide-id>`), and a changed hash (typed, or a link)
 * moves the show. The URL is written once the slide has come to rest: paging through the deck
 * writes only the slide it stops on, and no write (a history update, a few milliseconds of the
 * page's time, more on a weak machine) lands in the frames of a movement.
 */
import { formatHash, parseHash } from '../engine/router'
import type { Show } from '../engine/show.svelte'
import { Controller } from './controller.svelte'

/** What hash sync needs of a show. */
export type HashShow = Pick<Show, 'ids' | 'goToIndex'> & {
  readonly deck: { readonly index: number; readonly transitionMs: number }
}

/** How long a slide stands, after its movement, before the URL names it. */
export const HASH_REST_MS = 500

/** The parts of a window it reads and writes (a fake one in the tests). */
export type HashWindow = EventTarget & {
  readonly location: Pick<Location, 'hash'>
  readonly history: Pick<History, 'replaceState'>
}

export class HashSync extends Controller {
  constructor(show: HashShow, win: HashWindow = window) {
    super()
    this.effect(() => {
      const hash = formatHash(show.ids[show.deck.index]!)
      const timer = setTimeout(() => {
        if (win.location.hash !== hash) win.history.replaceState(null, '', hash)
      }, show.deck.transitionMs + HASH_REST_MS)
      return () => clearTimeout(timer)
    })
    // The event's own URL, not location.hash: a pending replaceState of the previous slide may
    // run between the change and this event. A hash naming no slide goes to the first.
    const onHashChange = (event: Event): void => {
      const url = (event as HashChangeEvent).newURL
      const hash = url.includes('#') ? url.slice(url.indexOf('#')) : ''
      show.goToIndex(parseHash(hash, show.ids) ?? 0, 'link')
    }
    win.addEventListener('hashchange', onHashChange, { signal: this.signal })
  }
}
