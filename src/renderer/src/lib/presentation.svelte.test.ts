import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flushSync } from 'svelte'
import { DEFAULT_SHOW_CONFIG } from '@shared/config'
import type { PresentationState } from '@shared/ipc'
import { Show } from './engine/show.svelte'
import { quoteDeck } from './test-deck'
import {
  connectShow,
  JOIN_WAIT_MS,
  newer,
  PresentationPeer,
  type Bus,
  type Message,
  type PresentationLink
} from './presentation.svelte'

/** An in-memory BroadcastChannel: every message reaches every other open bus a tick later. */
class FakeNet {
  #handlers = new Map<number, (message: Message) => void>()
  #next = 0
  /** Everything said, in order, with who said it. */
  readonly log: { bus: number; message: Message }[] = []

  bus(): Bus {
    const id = this.#next++
    return {
      post: (message) => {
        this.log.push({ bus: id, message })
        for (const [other, handler] of this.#handlers)
          if (other !== id)
            setTimeout(() => this.#handlers.get(other) === handler && handler(message))
      },
      listen: (handler) => void this.#handlers.set(id, handler),
      close: () => void this.#handlers.delete(id)
    }
  }

  /** A window on this network. */
  peer(id: string): PresentationPeer {
    return new PresentationPeer(this.bus(), { id })
  }

  /** Windows `a` and `b` opening one after the other from state 0, `a` joined before `b` opens. */
  joinedPair(): [a: PresentationPeer, b: PresentationPeer] {
    const joined = (id: string): PresentationPeer => {
      const peer = this.peer(id)
      void peer.join(() => state(0))
      settle()
      return peer
    }
    const a = joined('a')
    return [a, joined('b')]
  }
}

const state = (index: number, extra: Partial<PresentationState> = {}): PresentationState => ({
  index,
  lang: 'zh',
  blank: 'none',
  attract: 'off',
  ...extra
})

/** Lets every message and timer of the joining round run. */
const settle = () => vi.advanceTimersByTime(JOIN_WAIT_MS * 3)
/** The same, letting promises (a join's answer) resolve in between. */
const settleAsync = () => vi.advanceTimersByTimeAsync(JOIN_WAIT_MS * 3)

describe('presentation protocol: join → state request → snapshot → changes', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('the first window starts from its own state once nobody answers', async () => {
    const net = new FakeNet()
    const a = net.peer('a')
    const joined = a.join(() => state(5))
    vi.advanceTimersByTime(JOIN_WAIT_MS - 1)
    expect(a.phase, 'still waiting for a running show').toBe('joining')
    vi.advanceTimersByTime(1)
    await expect(joined).resolves.toBeNull()
    expect(a.current.state).toEqual(state(5))
  })

  it('late join: the joiner takes the running state and the running show never moves', async () => {
    const net = new FakeNet()
    const audience = net.peer('b-audience')
    void audience.join(() => state(0))
    settle()
    const heardByAudience: PresentationState[] = []
    audience.subscribe((s) => heardByAudience.push(s))
    audience.publish(state(17))
    audience.publish(state(17, { lang: 'en', blank: 'black' }))
    settle()

    // A lower id must not matter: joining never competes with a running show.
    const presenter = net.peer('a-presenter')
    const joined = presenter.join(() => state(0))
    presenter.publish(state(3)) // a key pressed while joining is not announced
    settle()
    await expect(joined).resolves.toEqual(state(17, { lang: 'en', blank: 'black' }))
    expect(heardByAudience, 'the audience heard nothing from the joiner').toEqual([])
    const saidByPresenter = net.log.filter((l) => l.message.from === 'a-presenter')
    expect(
      saidByPresenter.map((l) => l.message.type),
      'a joiner only asks'
    ).toEqual(['join'])

    presenter.publish(state(18, { lang: 'en' }))
    settle()
    expect(heardByAudience, 'changes flow once joined').toEqual([state(18, { lang: 'en' })])
    expect(audience.current.version).toEqual({ seq: 3, author: 'a-presenter' })
  })

  it('simultaneous join: every window ends on the lowest id’s state, whatever the order', async () => {
    for (const order of [
      ['c', 'a', 'b'],
      ['a', 'b', 'c'],
      ['b', 'c', 'a']
    ]) {
      const net = new FakeNet()
      const own: Record<string, number> = { a: 4, b: 9, c: 12 }
      const peers = order.map((id) => net.peer(id))
      const results = peers.map((p) => p.join(() => state(own[p.id]!)))
      settle()
      settle()
      const states = await Promise.all(results)
      for (const [i, p] of peers.entries()) {
        expect(p.phase, `${p.id} synced (${order.join('')})`).toBe('synced')
        expect(p.current.state, `${p.id} on a’s state (${order.join('')})`).toEqual(state(4))
        expect(states[i], `${p.id}'s join result`).toEqual(p.id === 'a' ? null : state(4))
      }
      // They stay in step after.
      peers[2]!.publish(state(7))
      settle()
      for (const p of peers) expect(p.current.state, `${p.id} after a change`).toEqual(state(7))
    }
  })

  it('two changes at the same step: the lower id wins everywhere', () => {
    const net = new FakeNet()
    const [a, b] = net.joinedPair()
    a.publish(state(2))
    b.publish(state(3))
    settle()
    expect(a.current.state).toEqual(state(2))
    expect(b.current.state, 'b gives way to a').toEqual(state(2))
    expect(newer({ seq: 2, author: 'a' }, { seq: 2, author: 'b' })).toBe(true)
    expect(newer({ seq: 1, author: 'a' }, { seq: 2, author: 'b' })).toBe(false)
  })

  it('a window that closes: the others carry the show, a new window joins them', async () => {
    const net = new FakeNet()
    const [a, b] = net.joinedPair()
    a.publish(state(10))
    settle()
    a.close()
    expect(net.log.at(-1)?.message, 'a says it leaves').toEqual({ type: 'leave', from: 'a' })
    b.publish(state(11))
    const c = net.peer('c')
    const joined = c.join(() => state(0))
    settle()
    await expect(joined).resolves.toEqual(state(11))
    expect(a.current.state, 'a closed heard nothing more').toEqual(state(10))
  })

  it('a window that closes during a simultaneous join is not waited for', async () => {
    const net = new FakeNet()
    const a = net.peer('a')
    const b = net.peer('b')
    void a.join(() => state(1))
    const joined = b.join(() => state(2))
    vi.advanceTimersByTime(JOIN_WAIT_MS / 2)
    a.close()
    settle()
    await expect(joined, 'b is the first after a left').resolves.toBeNull()
    expect(b.current.state).toEqual(state(2))
  })
})

describe('connectShow: a show that joins', async () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const deck = quoteDeck(30)
  const config = { ...DEFAULT_SHOW_CONFIG, idleSeconds: 60 }

  /** A link that records what the show publishes and lets the test speak for the other window. */
  function recordingLink(joined: PresentationState | null) {
    const published: PresentationState[] = []
    let fromOther: (state: PresentationState) => void = () => {
      throw new Error('not subscribed')
    }
    const link: PresentationLink = {
      join: async () => joined,
      publish: (s) => void published.push(s),
      subscribe: (listener) => {
        fromOther = listener
        return () => (fromOther = () => {})
      },
      close: () => {}
    }
    return { link, published, receive: (s: PresentationState) => fromOther(s) }
  }

  it('a state received from the other window is applied and never sent back', async () => {
    const show = new Show(deck, config, { start: 2, attractOnIdle: false })
    const { link, published, receive } = recordingLink(null)
    const disconnect = connectShow(show, link)
    await vi.advanceTimersByTimeAsync(0)
    flushSync()
    expect(published, 'the first window tells the hub its own state').toEqual([state(2)])

    receive(state(7, { lang: 'en', blank: 'black' }))
    flushSync()
    expect(show.deck.index, 'applied').toBe(7)
    expect([show.lang, show.blank]).toEqual(['en', 'black'])
    expect(published, 'not echoed to the window it came from').toHaveLength(1)

    show.next()
    flushSync()
    expect(published.slice(1), 'a change made here is shared').toEqual([state(8, { lang: 'en' })])
    disconnect()
    show.next()
    flushSync()
    expect(published, 'nothing after disconnecting').toHaveLength(2)
    show.dispose()
  })

  it('a joining show takes the running state without announcing it back', async () => {
    const show = new Show(deck, config, { start: 0, attractOnIdle: false })
    const { link, published } = recordingLink(state(12, { lang: 'en' }))
    const disconnect = connectShow(show, link)
    flushSync()
    await vi.advanceTimersByTimeAsync(0)
    flushSync()
    expect([show.deck.index, show.lang], 'took the running state').toEqual([12, 'en'])
    expect(published, 'announced nothing: the others already have it').toEqual([])
    disconnect()
    show.dispose()
  })

  it('the presenter opened on slide 18 of the audience shows slide 18; the audience stays', async () => {
    const net = new FakeNet()
    const audience = new Show(deck, config, { start: 17, attractOnIdle: false })
    connectShow(audience, net.peer('z'))
    await settleAsync()
    flushSync()
    const presenter = new Show(deck, config, { start: 0, attractOnIdle: false })
    connectShow(presenter, net.peer('a'))
    flushSync()
    await settleAsync()
    flushSync()
    expect(presenter.deck.index, 'the presenter took the audience slide').toBe(17)
    expect(audience.deck.index, 'the audience did not move').toBe(17)

    presenter.next()
    presenter.lang = 'en'
    flushSync()
    await settleAsync()
    flushSync()
    expect(audience.deck.index).toBe(18)
    expect(audience.lang).toBe('en')
    audience.dispose()
    presenter.dispose()
  })

  it('a joining show takes the attract loop and follows it', async () => {
    const net = new FakeNet()
    const first = new Show(deck, config, { start: 4 })
    connectShow(first, net.peer('a'))
    await settleAsync()
    flushSync()
    first.attract.start()
    flushSync()
    await settleAsync()
    const second = new Show(deck, config, { start: 9 })
    connectShow(second, net.peer('b'))
    flushSync()
    await settleAsync()
    flushSync()
    expect(second.attract.active, 'the joiner plays along').toBe(true)
    expect(second.deck.index).toBe(first.deck.index)
    second.onUserInput('touch')
    flushSync()
    await settleAsync()
    flushSync()
    expect(first.attract.active, 'a touch on either stops the loop for both').toBe(false)
    first.dispose()
    second.dispose()
  })
})
