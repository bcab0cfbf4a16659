/**
 * Remembers the windowed mode's size and position in the user-data folder.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { app, screen, type BrowserWindow } from 'electron'
import type { Bounds } from './window-options'
import { parseWindowState, restorableBounds } from './window-state-rules'

const FILE = 'window-state.json'
/** Quiet time after a move or resize before the bounds are written. */
const SAVE_DELAY_MS = 500

/** The bounds saved last time, if they are still on a connected display. */
export function savedBounds(): Bounds | null {
  let text: string
  try {
    text = readFileSync(join(app.getPath('userData'), FILE), 'utf8')
  } catch {
    return null
  }
  return restorableBounds(parseWindowState(text), screen.getAllDisplays())
}

/** Saves the window's normal bounds whenever it is moved or resized. */
export function trackWindowState(win: BrowserWindow): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const save = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (win.isDestroyed() || win.isFullScreen()) return
      try {
        writeFileSync(join(app.getPath('userData'), FILE), JSON.stringify(win.getNormalBounds()))
      } catch {
        // A read-only profile only means the size is not remembered.
      }
    }, SAVE_DELAY_MS)
  }
  win.on('resize', save)
  win.on('move', save)
}
