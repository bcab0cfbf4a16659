/**
 * Present mode's one source of truth: the main process holds the presentation state; either
 * window proposes changes, and every window is told the result.
 */
import type { BrowserWindow } from 'electron'
import type { PresentationState } from '@shared/ipc'
import { applyPresentation, INITIAL_PRESENTATION } from './presenter-rules'

export function presenterHub(windows: () => BrowserWindow[]) {
  let state: PresentationState = { ...INITIAL_PRESENTATION }
  return {
    get(): PresentationState {
      return state
    },
    set(proposed: unknown): void {
      const result = applyPresentation(state, proposed)
      if (!result.changed) return
      state = result.state
      for (const win of windows()) {
        if (!win.isDestroyed()) win.webContents.send('presenter:state', state)
      }
    }
  }
}
