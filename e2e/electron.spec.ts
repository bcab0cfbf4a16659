/**
 * End-to-end tests of the built Electron app. They need the Electron binary, which `npm install`
 * fetches lazily on first launch; where none is installed (an offline machine) they are skipped
 * with that reason.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'

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

/** Each launch gets its own user-data folder so instances and configs do not mix. */
function launch(args: string[], userData = mkdtempSync(join(tmpdir(), 'kiosk-e2e-'))) {
  return electron.launch({
    executablePath: binary!,
    args: ['out/main/index.js', `--user-data=${userData}`, '--no-sandbox', ...args]
  })
}

async function closeApp(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ app }) => app.quit()).catch(() => undefined)
  await app.close().catch(() => undefined)
}

test('windowed: shows the first slide from the app protocol and navigates by key', async () => {
  const app = await launch(['--windowed'])
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
    await closeApp(app)
  }
})

test('kiosk: fullscreen, blocked shortcuts do nothing, a crashed renderer comes back on its slide', async () => {
  const app = await launch(['--mode=kiosk'])
  try {
    const page = await app.firstWindow()
    const stage = page.getByTestId('stage')
    await expect(stage).toBeVisible()
    const state = () =>
      app.evaluate(({ BrowserWindow }) => {
        const w = BrowserWindow.getAllWindows()[0]!
        return {
          fullscreen: w.isFullScreen(),
          kiosk: w.isKiosk(),
          zoom: w.webContents.getZoomFactor()
        }
      })
    await expect.poll(async () => (await state()).fullscreen, { message: 'fullscreen' }).toBe(true)
    await page.keyboard.press('End')
    const last = await stage.getAttribute('data-slide')
    // Zoom and reload shortcuts are swallowed. A reload would clear this marker (and the hash
    // keeps the slide across a reload, so the slide alone could not tell).
    await page.evaluate(() => Object.assign(window, { noReloadMarker: true }))
    await page.keyboard.press('Control+=')
    await page.keyboard.press('F5')
    await page.keyboard.press('Control+r')
    expect((await state()).zoom, 'zoom unchanged').toBe(1)
    await expect(stage).toHaveAttribute('data-slide', last ?? '')
    expect(
      await page.evaluate(() => (window as unknown as { noReloadMarker?: boolean }).noReloadMarker),
      'no reload happened'
    ).toBe(true)
    // window.close() from the page is ignored.
    await page.evaluate(() => window.close())
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
    // A crash reloads the page at the slide it was on.
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]!.webContents.forcefullyCrashRenderer()
    )
    const again = await app.firstWindow()
    await expect(again.getByTestId('stage')).toHaveAttribute('data-slide', last ?? '', {
      timeout: 20_000
    })
  } finally {
    await closeApp(app)
  }
})

test('a second launch exits and leaves the first running', async () => {
  const userData = mkdtempSync(join(tmpdir(), 'kiosk-e2e-'))
  const first = await launch(['--windowed'], userData)
  try {
    await (await first.firstWindow()).getByTestId('stage').waitFor()
    const second = spawnSync(
      binary!,
      ['out/main/index.js', `--user-data=${userData}`, '--no-sandbox', '--windowed'],
      { timeout: 20_000 }
    )
    expect(second.status, 'the second instance exits by itself').toBe(0)
    expect(await first.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(
      1
    )
  } finally {
    await closeApp(first)
  }
})

test('present mode: audience and presenter windows stay in step', async () => {
  const app = await launch(['--mode=present'])
  try {
    await expect.poll(() => app.windows().length, { message: 'two windows' }).toBe(2)
    const [a, b] = app.windows()
    const presenter = (await a!.url()).includes('presenter') ? a! : b!
    const audience = presenter === a ? b! : a!
    await presenter.getByTestId('presenter').waitFor()
    await audience.getByTestId('stage').waitFor()
    await presenter.keyboard.press('PageDown')
    await expect(audience.getByTestId('stage')).toHaveAttribute('data-index', '1')
    await audience.keyboard.press('ArrowRight')
    await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-index', '2')
    await presenter.keyboard.press('b')
    await expect(audience.getByTestId('blank')).toBeVisible()
  } finally {
    await closeApp(app)
  }
})

test('--export-pdf writes the handout and exits', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-pdf-'))
  const file = join(dir, 'handout.pdf')
  const run = spawnSync(
    binary!,
    ['out/main/index.js', `--user-data=${dir}`, '--no-sandbox', `--export-pdf=${file}`],
    {
      timeout: 120_000
    }
  )
  expect(run.status, 'exit code').toBe(0)
  expect(readFileSync(file).subarray(0, 5).toString(), 'a PDF file').toBe('%PDF-')
})
