/**
 * The PDF handout: every slide, one per landscape page, charts drawn and fonts embedded, in one
 * language. A hidden window renders the print view; Chromium's printer writes the file.
 */
import { writeFileSync } from 'node:fs'
import { createShowWindow } from './window'
import { printUrl } from './window-options'

/** Longest wait for the print view to draw every slide. */
export const PRINT_TIMEOUT_MS = 60_000

/** Resolves when the print view in `contentsId` reports ready; wired to the `print:ready` channel. */
const waiting = new Map<number, () => void>()

export function printReady(contentsId: number): void {
  waiting.get(contentsId)?.()
}

export async function exportPdf(
  file: string,
  lang: 'zh' | 'en',
  devServerUrl?: string
): Promise<string> {
  const page = { x: 0, y: 0, width: 1920, height: 1080 }
  const win = createShowWindow('windowed', page, printUrl(devServerUrl, lang), devServerUrl, {
    hidden: true
  })
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
