/**
 * Keeps a presenter view and its audience in step: the slide, the language and a blanked screen.
 * In Electron's present mode the main process holds the truth (over IPC); in a browser, tabs of
 * the same origin share it through a BroadcastChannel.
 */
import type { PresentationState } from '@shared/ipc'
import type { Show } from './engine/show.svelte'

/** A way to share presentation state with the other windows. */
export interface PresentationLink {
  /** Shares a state this window produced. */
  publish(state: PresentationState): void
  /** Calls `listener` with states other windows produced; returns the unsubscribe function. */
  subscribe(listener: (state: PresentationState) => void): () => void
  /** The state to start from, if another window already has one. */
  initial(): Promise<PresentationState | null>
}

/** Name of the channel tabs share in a browser. */
export const CHANNEL = 'yuzhong-presentation'

type Message = { type: 'state'; state: PresentationState } | { type: 'hello' }

/** Browser tabs of the same origin, through a BroadcastChannel. */
export function browserLink(current: () => PresentationState): PresentationLink {
  const channel = new BroadcastChannel(CHANNEL)
  let listeners: ((state: PresentationState) => void)[] = []
  let greeted: ((state: PresentationState) => void) | null = null
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data
    if (message?.type === 'hello') channel.postMessage({ type: 'state', state: current() })
    else if (message?.type === 'state') {
      greeted?.(message.state)
      for (const listener of listeners) listener(message.state)
    }
  }
  return {
    publish: (state) => channel.postMessage({ type: 'state', state } satisfies Message),
    subscribe(listener) {
      listeners = [...listeners, listener]
      return () => {
        listeners = listeners.filter((l) => l !== listener)
      }
    },
    initial: () =>
      new Promise((resolve) => {
        // Ask the other tabs; with none open, start from this tab's own state.
        const timer = setTimeout(() => resolve(null), 300)
        greeted = (state) => {
          clearTimeout(timer)
          greeted = null
          resolve(state)
        }
        channel.postMessage({ type: 'hello' } satisfies Message)
      })
  }
}

/** Electron's present mode: the main process is the one source of truth. */
export function hostLink(): PresentationLink | null {
  const host = window.host
  if (!host) return null
  return {
    publish: (state) => host.presenterSet(state),
    subscribe: (listener) => host.onPresenterState(listener),
    initial: () => host.presenterGet()
  }
}

/** The state of a show, as shared. */
export function stateOf(show: Show): PresentationState {
  return { index: show.deck.index, lang: show.lang, blank: show.blank }
}

function same(a: PresentationState, b: PresentationState): boolean {
  return a.index === b.index && a.lang === b.lang && a.blank === b.blank
}

/**
 * Connects a show to a link: local changes are published, remote ones applied (never echoed
 * back). Returns the disconnect function.
 */
export function connectShow(show: Show, link: PresentationLink): () => void {
  let last: PresentationState | null = null
  const apply = (state: PresentationState): void => {
    last = state
    if (state.index !== show.deck.index) show.deck.goTo(state.index)
    show.lang = state.lang
    show.blank = state.blank
  }
  const unsubscribe = link.subscribe(apply)
  let stopped = false
  void link.initial().then((state) => {
    if (state && !stopped) apply(state)
  })
  const stopEffect = $effect.root(() => {
    $effect(() => {
      const state = stateOf(show)
      if (last && same(last, state)) return
      last = state
      link.publish(state)
    })
  })
  return () => {
    stopped = true
    unsubscribe()
    stopEffect()
  }
}
