/**
 * The PDF handout: every slide, one per landscape page, charts drawn and fonts embedded, in one
 * language. A hidden window renders the print view; Chromium's printer writes the file.
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { app } from 'electron'
import type { FlagValues } from '@shared/app-config'
import type { Lang } from '@shared/content'
import type { Admin } from './admin'
import type { AppContext } from './app-context'
import { handle, on } from './ipc'
import { log } from './logging'
import { createShowWindow } from './window'
import { printUrl } from './window-options'

/** Longest wait for the print view to draw every slide. */
export const PRINT_TIMEOUT_MS = 60_000

/** Resolves when the print view in `contentsId` reports ready; wired to the `pdf:ready` channel. */
const waiting = new Map<number, () => void>()

export function printReady(contentsId: number): void {
  waiting.get(contentsId)?.()
}

/** What goes into a handout: its language, and each slide's speaker notes under it or not. */
export interface HandoutOptions {
  lang: Lang
  notes: boolean
}

/** The handout `--export-pdf` writes: `--lang=zh|en` (default zh) and `--pdf-notes`. */
export function handoutFlags(flags: FlagValues): HandoutOptions {
  return { lang: flags['lang'] === 'en' ? 'en' : 'zh', notes: flags['pdf-notes'] === true }
}

export async function exportPdf(
  file: string,
  { lang, notes }: HandoutOptions,
  devServerUrl?: string
): Promise<string> {
  const page = { x: 0, y: 0, width: 1920, height: 1080 }
  const url = printUrl(devServerUrl, lang, notes)
  const win = createShowWindow('windowed', page, url, devServerUrl, { hidden: true })
  try {
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the print view did not finish')),
        PRINT_TIMEOUT_MS
      )
      waiting.set(win.webContents.id, () => {
        clearTimeout(timer)
        resolve()
      })
    })
    await ready
    const pdf = await win.webContents.printToPDF({
      printBackground: true,
      preferCSSPageSize: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 }
    })
    writeFileSync(file, pdf)
    return file
  } finally {
    waiting.delete(win.webContents.id)
    win.destroy()
  }
}

/**
 * The PDF feature: `pdf:export` for the presenter view's button (present and windowed modes, or
 * an unlocked admin in kiosk mode; one export at a time) and `pdf:ready` from the print view.
 */
export function setupPdf(
  ctx: Pick<AppContext, 'config' | 'devServerUrl'>,
  admin: Pick<Admin, 'unlocked'>
): void {
  let running: Promise<string | null> | null = null
  on('pdf:ready', (c) => printReady(c.senderId))
  handle('pdf:export', async (c, lang, notes) => {
    // A presenter's or laptop's feature: a kiosk visitor cannot start one.
    if (ctx.config.mode === 'kiosk' && !admin.unlocked(c.senderId)) return null
    if (running) return null
    const handout: HandoutOptions = { lang: lang === 'en' ? 'en' : 'zh', notes: notes === true }
    const name = `yuzhong-education-${handout.lang}${handout.notes ? '-notes' : ''}.pdf`
    const file = freeName(join(app.getPath('documents'), name))
    running = exportPdf(file, handout, ctx.devServerUrl).catch((err: unknown) => {
      log.error(`[pdf] ${String(err)}`)
      return null
    })
    try {
      return await running
    } finally {
      running = null
    }
  })
}

/** `file`, or `name (2).pdf`, `name (3).pdf`…: the presenter's button never overwrites a handout. */
export function freeName(file: string, exists: (path: string) => boolean = existsSync): string {
  if (!exists(file)) return file
  const stem = file.replace(/\.pdf$/i, '')
  for (let n = 2; n < 1000; n += 1) {
    const candidate = `${stem} (${n}).pdf`
    if (!exists(candidate)) return candidate
  }
  return `${stem} (${Date.now()}).pdf`
}

/**
 * `--export-pdf=FILE` (with `--lang`, `--pdf-notes`): writes the handout, then exits (0, or 1 with
 * the reason in the log).
 */
export async function runPdfExport(
  ctx: Pick<AppContext, 'devServerUrl'>,
  file: string,
  handout: HandoutOptions
): Promise<void> {
  try {
    log.info(`[pdf] wrote ${await exportPdf(file, handout, ctx.devServerUrl)}`)
    app.exit(0)
  } catch (err) {
    log.error(`[pdf] ${String(err)}`)
    app.exit(1)
  }
}
