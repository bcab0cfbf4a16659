/**
 * The analytics feature: the renderer's batches are appended to daily files by the store (which
 * validates every event at its door); the summary and the CSV export are for an unlocked admin.
 */
import { join } from 'node:path'
import { app, dialog } from 'electron'
import { csvFileName, dayOf, parseDayRange } from '@shared/analytics'
import type { Admin } from './admin'
import { AnalyticsStore } from './analytics-store'
import type { AppContext } from './app-context'
import { handle, on } from './ipc'
import { log } from './logging'

/** The store in the user-data folder (also used by `--export-analytics`). */
export function analyticsStore(): AnalyticsStore {
  return new AnalyticsStore(join(app.getPath('userData'), 'analytics'))
}

export function setupAnalytics(
  ctx: Pick<AppContext, 'window'>,
  admin: Pick<Admin, 'unlocked'>,
  /** Outside opening hours nothing is recorded. */
  recording: () => boolean,
  store = analyticsStore()
): AnalyticsStore {
  on('analytics:record', (_ctx, events) => {
    if (!recording()) return
    const wasPaused = store.paused
    void store.record(events).then(() => {
      if (!wasPaused && store.paused) log.warn(`[analytics] recording paused: ${store.paused}`)
    })
  })
  // The range comes from a renderer: one the schema does not accept is refused (null).
  handle('analytics:status', async (c, range) => {
    const days = parseDayRange(range)
    return admin.unlocked(c.senderId) && days ? store.status(days) : null
  })
  handle('analytics:export', async (c, range) => {
    const days = parseDayRange(range)
    if (!admin.unlocked(c.senderId) || !days) return null
    const parent = ctx.window(c.senderId)
    const options: Electron.OpenDialogOptions = {
      title: 'Export visitor analytics (CSV)',
      properties: ['openDirectory', 'createDirectory']
    }
    const choice = parent
      ? await dialog.showOpenDialog(parent, options)
      : await dialog.showOpenDialog(options)
    const folder = choice.filePaths[0]
    if (choice.canceled || !folder) return null
    try {
      return await store.exportCsv(join(folder, csvFileName(days, Date.now())), days)
    } catch (err) {
      log.warn(`[analytics] export failed: ${String(err)}`)
      return null
    }
  })
  return store
}

/** Visitor sessions of today (local day), for the status file: only today's file is read. */
export async function sessionsToday(store: AnalyticsStore): Promise<number> {
  const today = dayOf(Date.now())
  const { summary } = await store.status({ from: today, to: today })
  return summary.sessions
}
