/**
 * Smoke test of the built Electron app. It needs the Electron binary, which `npm install`
 * fetches lazily on first launch; where none is installed (an offline machine) it is skipped
 * with that reason.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { _electron as electron, expect, test } from '@playwright/test'

/** The installed Electron executable, or null — without triggering electron's lazy download. */
function electronBinary(): string | null {
  const dir = join(createRequire(import.meta.url).resolve('electron/package.json'), '..')
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const pathFile = join(dir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const relative = readFileSync(pathFile, 'utf8').trim()
  const binary = override ? join(override, relative) : join(dir, 'dist', relative)
  return existsSync(binary) ? binary : null
}

const binary = electronBinary()

test.skip(
  !binary,
  'Electron binary not installed here (it downloads on first launch, which needs the internet)'
)

test('the app starts windowed, shows the first slide, and navigates by key', async () => {
  const app = await electron.launch({
    executablePath: binary!,
    args: ['out/main/index.js', '--windowed', '--no-sandbox']
  })
  try {
    const page = await app.firstWindow()
    const stage = page.getByTestId('stage')
    await expect(stage).toBeVisible()
    expect(page.url(), 'served from the app protocol').toMatch(/^app:\/\/bundle\//)
    await expect(stage).toHaveAttribute('data-index', '0')
    await page.keyboard.press('ArrowRight')
    await expect(stage).toHaveAttribute('data-index', '1')
    const isolated = await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)
    expect(isolated, 'no Node in the renderer').toBe('undefined')
    const opened = await page.evaluate(() => window.open('https://example.com') === null)
    expect(opened, 'window.open is denied').toBe(true)
  } finally {
    await app.close()
  }
})
