/**
 * Content packs in a running show: a good pack is shown (its photos through the app's own
 * origin), a broken one never blanks the screen — the bundled content is shown instead.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test as base } from './fixtures'

/** A running `npm run web` for a pack: its origin (e.g. `http://127.0.0.1:40123`) and output. */
type PackServer = { origin: string; log: () => string }

/**
 * `servePack(dir)` starts `npm run web` for a pack on a free port (the system's choice: several
 * runs may share a machine); every server a test started is stopped when it ends.
 */
const test = base.extend<{ servePack: (pack: string) => Promise<PackServer> }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern
  servePack: async ({}, use) => {
    const servers: ChildProcess[] = []
    await use(async (pack) => {
      const server = spawn(process.execPath, ['scripts/serve.mjs', '--port=0', `--content=${pack}`])
      servers.push(server)
      let output = ''
      server.stdout?.on('data', (d) => (output += String(d)))
      server.stderr?.on('data', (d) => (output += String(d)))
      await expect
        .poll(() => output, { message: 'the server started', timeout: 20_000 })
        .toMatch(/Slideshow at http:\/\/127\.0\.0\.1:\d+\//)
      const origin = /Slideshow at (http:\/\/127\.0\.0\.1:\d+)\//.exec(output)![1]!
      return { origin, log: () => output }
    })
    for (const server of servers) server.kill()
  }
})

/** A copy of examples/content-pack in a new temporary folder, for a test to change. */
function examplePackCopy(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cpSync('examples/content-pack', dir, { recursive: true })
  return dir
}

/** Slides of the bundled deck, which a broken pack falls back to. */
const BUNDLED_SLIDES = (
  JSON.parse(readFileSync('resources/content/deck.json', 'utf8')) as { slides: unknown[] }
).slides.length

test.describe('content packs', () => {
  test('a valid pack is shown, with its photo served from inside the pack', async ({
    show,
    page,
    servePack
  }) => {
    const { origin } = await servePack('examples/content-pack')
    await show.open(`${origin}/#/skyline`)
    expect(await show.slideId()).toBe('skyline')
    const img = page.locator('.slide.current .art img')
    await expect(img).toHaveAttribute('src', 'content/media/skyline.svg')
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(
      true
    )
    await expect(page.getByTestId('progress').getByRole('button')).toHaveCount(5)
  })

  test("a pack's page comes without the bundled deck's prerendered first frame", async ({
    page,
    show,
    servePack
  }) => {
    const bundled = await (await page.request.get('/')).text()
    expect(bundled, 'the bundled show keeps its prerendered first frame').toContain('data-stage')
    const { origin } = await servePack('examples/content-pack')
    const packPage = await (await page.request.get(`${origin}/`)).text()
    expect(packPage).not.toContain('data-stage')
    expect(packPage).toContain('<div id="app"></div>')
    // The pack's own first slide is the first thing shown.
    await show.open(`${origin}/`)
    expect(await show.slideId()).toBe(
      (
        JSON.parse(readFileSync('examples/content-pack/deck.json', 'utf8')) as {
          slides: { id: string }[]
        }
      ).slides[0]!.id
    )
  })

  test('a photo named in Chinese, with spaces, # and % reaches the screen', async ({
    show,
    page,
    servePack
  }) => {
    const dir = examplePackCopy('pack-')
    const name = '校园 照片 #1 100%.svg'
    cpSync(join(dir, 'media/skyline.svg'), join(dir, 'media', name))
    const deckFile = join(dir, 'deck.json')
    writeFileSync(
      deckFile,
      readFileSync(deckFile, 'utf8').replace('"media/skyline.svg"', `"media/${name}"`)
    )
    const { log, origin } = await servePack(dir)
    await show.open(`${origin}/#/skyline`)
    expect(log(), 'the pack passed the checker').toContain('Content: --content')
    const img = page.locator('.slide.current .art img')
    await expect(img).toHaveAttribute('src', `content/media/${encodeURIComponent(name)}`)
    await expect
      .poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0), {
        message: 'the photo loaded'
      })
      .toBe(true)
  })

  for (const broken of ['unknown-type', 'media-symlink-out', 'malformed-json']) {
    test(`a broken pack (${broken}) never blanks the screen: the bundled content is shown`, async ({
      show,
      page,
      servePack
    }) => {
      const { log, origin } = await servePack(`test/packs/${broken}`)
      await show.open(`${origin}/`)
      await expect(page.getByTestId('slide-cover')).toContainText('人文渝中 尚品教育')
      await expect(page.getByTestId('progress').getByRole('button')).toHaveCount(BUNDLED_SLIDES)
      expect(log(), 'the problem is reported, in a slide by its number and id').toMatch(
        /--content: deck\.json: (?:\$|slide \d+ \("[a-z0-9-]+"\), )/
      )
    })
  }

  test('text from a pack is shown as text, never as HTML', async ({ show, page }) => {
    await page.route('**/content/deck.json', async (route) => {
      const deck = await (await route.fetch()).json()
      deck.slides[0].title.zh = '<img src=x onerror="document.title=1">标题'
      await route.fulfill({ json: deck })
    })
    await show.open('#/cover')
    await expect(page.getByTestId('slide-cover').locator('h1')).toHaveText(
      '<img src=x onerror="document.title=1">标题'
    )
    await expect(page.getByTestId('slide-cover').locator('img')).toHaveCount(0)
  })

  test('npm run web serves from a pack only deck.json and its images, never what a link reaches', async ({
    request,
    servePack
  }) => {
    // A valid pack with extras a pack must never serve: a link to /, a dotfile, a script, a page.
    const pack = examplePackCopy('hostile-pack-')
    symlinkSync('/', join(pack, 'root'))
    symlinkSync('/etc/hostname', join(pack, 'media', 'host.png'))
    writeFileSync(join(pack, '.env'), 'SECRET=1')
    writeFileSync(join(pack, 'media', '.hidden.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
    writeFileSync(join(pack, 'media', 'app.js'), 'alert(1)')
    writeFileSync(join(pack, 'media', 'page.html'), '<script>alert(1)</script>')
    writeFileSync(join(pack, 'extra.json'), '{}')
    const { log, origin } = await servePack(pack)
    const base = `${origin}/content`
    for (const path of ['deck.json', 'media/skyline.svg', 'media/emblem.png']) {
      const res = await request.get(`${base}/${path}`)
      expect(res.status(), `${path} is served`).toBe(200)
    }
    for (const path of [
      'root/etc/passwd',
      'root/etc/hostname',
      'media/host.png',
      '.env',
      'media/.hidden.svg',
      'media/app.js',
      'media/page.html',
      'extra.json',
      '%2e%2e/%2e%2e/package.json',
      'media/',
      ''
    ]) {
      const res = await request.get(`${base}/${path}`)
      expect(res.status(), `${path || '(the pack folder)'} is refused`).toBe(404)
    }
    expect(log(), 'the pack itself passes the checker').not.toMatch(/--content:/)
  })

  test('pack files are served sandboxed and not sniffed; page scripts only from the app assets', async ({
    request,
    browser,
    servePack
  }) => {
    const pack = examplePackCopy('svg-pack-')
    // An SVG whose script would mark the app's storage if it ran with the app's origin.
    writeFileSync(
      join(pack, 'media', 'skyline.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
        '<script>localStorage.setItem("pwned","1")</script><rect width="10" height="10"/></svg>'
    )
    const { origin } = await servePack(pack)
    const base = origin
    for (const path of ['/content/deck.json', '/content/media/skyline.svg']) {
      const res = await request.get(`${base}${path}`)
      expect(res.headers()['content-security-policy'], `${path}: CSP`).toBe('sandbox')
      expect(res.headers()['x-content-type-options'], `${path}: nosniff`).toBe('nosniff')
    }
    const csp = (await request.get(`${base}/`)).headers()['content-security-policy'] ?? ''
    expect(csp, 'page scripts only from the assets folder').toContain(`script-src ${base}/assets/`)
    expect(csp).not.toMatch(/script-src[^;]*'self'/)
    // Opened top-level, the SVG runs nothing that reaches the app's origin.
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${base}/content/media/skyline.svg`)
    await page.goto(`${base}/`)
    expect(await page.evaluate(() => localStorage.getItem('pwned'))).toBeNull()
    await context.close()
  })
})
