/**
 * Present mode's one source of truth: the main process holds the presentation state; either
 * window proposes changes, and every window is told the result. A window that joins takes the
 * audience's state (see `joinHub` in presenter-rules.ts); it never moves the running show.
 */
import { app, type BrowserWindow } from 'electron'
import type { PresentationState } from '@shared/ipc'
import type { AppContext } from './app-context'
import { handle, on, push } from './ipc'
import { log } from './logging'
import { EMPTY_HUB, joinHub, proposeHub, type HubState } from './presenter-rules'

/**
 * How long a window that asked before the audience had a state waits for it; after that it
 * starts the show from its own state (the audience failed to load, say).
 */
export const HUB_JOIN_WAIT_MS = 5000

export function presenterHub(windows: () => BrowserWindow[]) {
  let hub: HubState = EMPTY_HUB
  /** Windows waiting for the audience's first state. */
  let waiting: { id: number; answer: (state: PresentationState | null) => void }[] = []

  function answerWaiting(): void {
    for (const w of waiting) {
      const joined = joinHub(hub, w.id)
      hub = joined.hub
      if (joined.answer.kind === 'snapshot') w.answer(joined.answer.state)
    }
    waiting = []
  }

  return {
    /** The state every window shares, or null before the show announced one. */
    current(): PresentationState | null {
      return hub.state
    },
    /** The window whose state the presentation starts from. */
    setAudience(windowId: number): void {
      hub = { ...hub, audience: windowId }
    },
    /** A window joins: the running state, `null` if it speaks first, or later the audience's. */
    get(windowId: number): Promise<PresentationState | null> {
      const joined = joinHub(hub, windowId)
      hub = joined.hub
      const answer = joined.answer
      if (answer.kind === 'snapshot') return Promise.resolve(answer.state)
      if (answer.kind === 'first') return Promise.resolve(null)
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting = waiting.filter((w) => w.id !== windowId)
          hub = { ...hub, audience: null }
          hub = joinHub(hub, windowId).hub
          resolve(hub.state)
        }, HUB_JOIN_WAIT_MS)
        waiting.push({
          id: windowId,
          answer: (state) => {
            clearTimeout(timer)
            resolve(state)
          }
        })
      })
    },
    /** A joined window proposes a state; the change goes to every window. */
    set(windowId: number, proposed: unknown): void {
      const result = proposeHub(hub, windowId, proposed)
      if (!result.changed) return
      hub = result.hub
      answerWaiting()
      for (const win of windows()) push(win.webContents, 'presenter:state', hub.state!)
    }
  }
}

export type PresenterHub = ReturnType<typeof presenterHub>

/**
 * The presenter feature, in present mode only: `presenter:get` and `presenter:set`, and
 * `presenter:quit`, the presenter view's "Close the app" once the talk has ended. Until then the
 * audience keeps its end screen (black, so the laptop's desktop never reaches the projector), and
 * a quit asked for before the end (a stray message) is ignored.
 */
export function setupPresenter(ctx: Pick<AppContext, 'config' | 'windows'>): PresenterHub {
  const hub = presenterHub(() => [...ctx.windows()])
  const presenting = ctx.config.mode === 'present'
  handle('presenter:get', async (c) => (presenting ? hub.get(c.senderId) : null))
  on('presenter:set', (c, state) => {
    if (presenting) hub.set(c.senderId, state)
  })
  on('presenter:quit', () => {
    if (!presenting || hub.current()?.blank !== 'end') return
    log.info('[presenter] the talk has ended; closing')
    app.quit()
  })
  return hub
}
