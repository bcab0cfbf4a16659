/**
 * Keeps a presenter view and its audience in step: the slide, the language, a blanked screen and
 * the attract loop. In Electron's present mode the main process holds the truth (over IPC); in a
 * browser, tabs of the same origin share it through a BroadcastChannel.
 *
 * The rule in both: a window that joins takes the state of the show already running and
 * announces nothing until it has it, so the running show never moves because a window joined.
 *
 * Browser protocol (one channel per origin, every message to every tab):
 * 1. A new tab sends `join` and waits {@link JOIN_WAIT_MS}.
 * 2. Every synced tab answers with a `snapshot`: the full state and its version.
 * 3. The joiner adopts the first snapshot (or change) it hears and is synced from then on.
 * 4. Nobody answered: the tab is the first and starts from its own state. Tabs that joined at the
 *    same time elect the lowest peer id; it starts from its own state and sends a snapshot, the
 *    others ask again and adopt it.
 * 5. A synced tab shares each change with the next sequence number; a tab applies a change only
 *    if it is newer: a higher sequence number, or the same one from a lower peer id (two changes
 *    made at once end with every tab on the same one).
 * 6. A closing tab sends `leave`, so an election never waits for it.
 */
import type { PresentationState } from '@shared/ipc'
import type { Show } from './engine/show.svelte'
import { presenterHub } from './host'

/** A way to share presentation state with the other windows. */
export interface PresentationLink {
  /**
   * Joins the running show: resolves to its state, or `null` when this window is the first
   * (it then starts from `own()`, read at that moment).
   */
  join(own: () => PresentationState): Promise<PresentationState | null>
  /** Shares a state this window produced (only after `join` resolved). */
  publish(state: PresentationState): void
  /** Calls `listener` with states other windows produced; returns the unsubscribe function. */
  subscribe(listener: (state: PresentationState) => void): () => void
  /** Leaves: the other windows stop counting on this one. */
  close(): void
}

/** Name of the channel tabs share in a browser. */
export const CHANNEL = 'yuzhong-presentation'

/**
 * How long a joining tab waits for a running show to answer before it starts on its own. Tabs
 * of one browser answer within a few milliseconds; this is the margin for a busy machine.
 */
export const JOIN_WAIT_MS = 300

/** Which change a state is: its sequence number and the peer that made it. */
export interface Version {
  seq: number
  author: string
}

/** What tabs say to each other. */
export type Message =
  | { type: 'join'; from: string }
  | { type: 'snapshot'; from: string; version: Version; state: PresentationState }
  | { type: 'change'; from: string; version: Version; state: PresentationState }
  | { type: 'leave'; from: string }

/** Whether version `a` wins over `b`: a later change, or at the same step the lower peer id. */
export function newer(a: Version, b: Version): boolean {
  return a.seq > b.seq || (a.seq === b.seq && a.author < b.author)
}

/** The broadcast medium a peer talks through (a BroadcastChannel, or a fake in the tests). */
export interface Bus {
  post(message: Message): void
  /** Delivers messages from the other peers (never this peer's own). */
  listen(handler: (message: Message) => void): void
  close(): void
}

/** One window's end of the browser protocol; see the module comment. */
export class PresentationPeer implements PresentationLink {
  readonly id: string
  /** `joining` until it has the running state (or found it is the first). */
  phase: 'idle' | 'joining' | 'synced' | 'closed' = 'idle'
  #bus: Bus
  #waitMs: number
  #version: Version
  #state: PresentationState | null = null
  #own: () => PresentationState = () => {
    throw new Error('join first')
  }
  /** Peers heard joining while this one was joining too (plain data, not view state). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #rivals = new Set<string>()
  #timer: ReturnType<typeof setTimeout> | undefined
  #joined: ((state: PresentationState | null) => void) | null = null
  #listeners: ((state: PresentationState) => void)[] = []

  constructor(bus: Bus, options: { id?: string; joinWaitMs?: number } = {}) {
    this.id = options.id ?? randomId()
    this.#bus = bus
    this.#waitMs = options.joinWaitMs ?? JOIN_WAIT_MS
    this.#version = { seq: 0, author: this.id }
    bus.listen((message) => this.#receive(message))
  }

  /** The state this peer holds and its version (for tests and diagnostics). */
  get current(): { state: PresentationState | null; version: Version } {
    return { state: this.#state, version: this.#version }
  }

  join(own: () => PresentationState): Promise<PresentationState | null> {
    this.#own = own
    this.phase = 'joining'
    return new Promise((resolve) => {
      this.#joined = resolve
      this.#ask()
    })
  }

  publish(state: PresentationState): void {
    if (this.phase !== 'synced') return
    this.#version = { seq: this.#version.seq + 1, author: this.id }
    this.#state = state
    this.#bus.post({ type: 'change', from: this.id, version: this.#version, state })
  }

  subscribe(listener: (state: PresentationState) => void): () => void {
    this.#listeners = [...this.#listeners, listener]
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener)
    }
  }

  close(): void {
    if (this.phase === 'closed') return
    clearTimeout(this.#timer)
    this.phase = 'closed'
    this.#bus.post({ type: 'leave', from: this.id })
    this.#bus.close()
  }

  #ask(): void {
    this.#rivals.clear()
    this.#bus.post({ type: 'join', from: this.id })
    clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.#waited(), this.#waitMs)
  }

  /** Nobody running answered in time. */
  #waited(): void {
    if (this.phase !== 'joining') return
    const lowest = [...this.#rivals].every((rival) => this.id < rival)
    if (!lowest) {
      // Another tab joining at the same time is elected; ask again and take its state.
      this.#ask()
      return
    }
    const state = this.#own()
    const hadRivals = this.#rivals.size > 0
    this.#sync(state, { seq: 0, author: this.id })
    this.#joined?.(null)
    this.#joined = null
    if (hadRivals) this.#answer()
  }

  #sync(state: PresentationState, version: Version): void {
    clearTimeout(this.#timer)
    this.#state = state
    this.#version = version
    this.phase = 'synced'
  }

  #answer(): void {
    if (this.#state)
      this.#bus.post({
        type: 'snapshot',
        from: this.id,
        version: this.#version,
        state: this.#state
      })
  }

  #receive(message: Message): void {
    if (this.phase === 'closed' || this.phase === 'idle' || message.from === this.id) return
    switch (message.type) {
      case 'join':
        if (this.phase === 'synced') this.#answer()
        else this.#rivals.add(message.from)
        return
      case 'leave':
        this.#rivals.delete(message.from)
        return
      case 'snapshot':
      case 'change':
        if (this.phase === 'joining') {
          this.#sync(message.state, message.version)
          this.#joined?.(message.state)
          this.#joined = null
        } else if (newer(message.version, this.#version)) {
          this.#version = message.version
          this.#state = message.state
          for (const listener of this.#listeners) listener(message.state)
        }
    }
  }
}

function randomId(): string {
  return globalThis.crypto.randomUUID()
}

/** Browser tabs of the same origin, through a BroadcastChannel. */
export function browserLink(): PresentationLink {
  const channel = new BroadcastChannel(CHANNEL)
  const peer = new PresentationPeer({
    post: (message) => channel.postMessage(message),
    listen: (handler) => {
      channel.onmessage = (event: MessageEvent<Message>) => {
        if (event.data && typeof event.data === 'object') handler(event.data)
      }
    },
    close: () => channel.close()
  })
  // A closing tab says so, so a tab joining at that moment does not wait for it.
  addEventListener('pagehide', () => peer.close(), { once: true })
  return peer
}

/** Electron's present mode: the main process is the one source of truth (through lib/host). */
export function hostLink(): PresentationLink | null {
  const hub = presenterHub()
  if (!hub) return null
  // The hub answers a join with the audience's state, or null to the window that speaks first.
  return { join: () => hub.join(), publish: hub.publish, subscribe: hub.subscribe, close: () => {} }
}

/** The state of a show, as shared. */
export function stateOf(show: Show): PresentationState {
  return {
    index: show.deck.index,
    lang: show.lang,
    blank: show.blank,
    attract: show.attract.active ? (show.attract.byRequest ? 'play' : 'loop') : 'off'
  }
}

function same(a: PresentationState, b: PresentationState): boolean {
  return a.index === b.index && a.lang === b.lang && a.blank === b.blank && a.attract === b.attract
}

/**
 * Connects a show to a link: it joins first (announcing nothing meanwhile), then local changes
 * are published and remote ones applied (never echoed back); `onJoined` runs once it has joined.
 * Returns the disconnect function.
 */
export function connectShow(
  show: Show,
  link: PresentationLink,
  onJoined: () => void = () => {}
): () => void {
  let last: PresentationState | null = null
  let joined = $state(false)
  let stopped = false
  const apply = (state: PresentationState): void => {
    last = state
    const moved = state.index !== show.deck.index
    if (moved) show.deck.goTo(state.index)
    if (state.attract === 'off') {
      if (show.attract.active) show.attract.stop()
    } else if (moved || stateOf(show).attract !== state.attract) {
      show.attract.follow(state.attract === 'play')
    }
    show.lang = state.lang
    show.blank = state.blank
  }
  const unsubscribe = link.subscribe(apply)
  void link
    .join(() => stateOf(show))
    .then((state) => {
      if (stopped) return
      if (state) apply(state)
      else {
        // The first window: its own state is the show's; the hub (Electron) needs to hear it.
        last = stateOf(show)
        link.publish(last)
      }
      joined = true
      onJoined()
    })
  const stopEffect = $effect.root(() => {
    $effect(() => {
      const state = stateOf(show)
      if (!joined || (last && same(last, state))) return
      last = state
      link.publish(state)
    })
  })
  return () => {
    stopped = true
    unsubscribe()
    stopEffect()
    link.close()
  }
}
