import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'

/** The handler the module registers for the app scheme, captured from a stand-in `protocol`. */
const handlers = vi.hoisted(() => new Map<string, (request: Request) => Promise<Response>>())
vi.mock('electron', () => ({
  protocol: {
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      handlers.set(scheme, handler),
    registerSchemesAsPrivileged: () => undefined
  }
}))

const { setupProtocol } = await import('./protocol')
const { DECK_DIGEST_START, PRERENDER_END, PRERENDER_START } = await import('@shared/prerender')
const { deckDigest } = await import('./first-frame')

/** The deck the page's frame was drawn from. */
const DECK = '{"slides":[]}'
/** A built page with a prerendered first frame of {@link DECK} (scripts/prerender.mjs). */
const PAGE = `<!doctype html><body><div id="app">${PRERENDER_START}${DECK_DIGEST_START}${deckDigest(Buffer.from(DECK))}--><!--[--><h1>人文渝中</h1><!--]-->${PRERENDER_END}</div></body>`
const WITHOUT_FRAME = '<!doctype html><body><div id="app"></div></body>'

describe('the app:// protocol', () => {
  let fetchApp: (url: string) => Promise<Response>
  const roots = { renderer: '', content: '', firstViewIsShow: true }
  beforeAll(() => {
    const base = mkdtempSync(join(tmpdir(), 'protocol-'))
    roots.renderer = join(base, 'renderer')
    roots.content = join(base, 'content')
    mkdirSync(join(roots.renderer, 'assets'), { recursive: true })
    mkdirSync(join(roots.content, 'media'), { recursive: true })
    writeFileSync(join(roots.renderer, 'index.html'), PAGE)
    writeFileSync(join(roots.renderer, 'assets', 'app.js'), '')
    writeFileSync(join(roots.content, 'deck.json'), DECK)
    writeFileSync(
      join(roots.content, 'media', 'evil.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"><script>parent.postMessage(1)</script></svg>'
    )
    setupProtocol(() => roots)
    const handler = handlers.get('app')!
    fetchApp = (url) => handler(new Request(url))
  })

  it('serves pack files sandboxed (an opaque origin of their own) and not sniffed', async () => {
    for (const url of ['app://bundle/content/deck.json', 'app://bundle/content/media/evil.svg']) {
      const res = await fetchApp(url)
      expect(res.status, url).toBe(200)
      expect(res.headers.get('content-security-policy'), `${url}: CSP`).toBe('sandbox')
      expect(res.headers.get('x-content-type-options'), `${url}: nosniff`).toBe('nosniff')
    }
    expect(
      (await fetchApp('app://bundle/content/media/evil.svg')).headers.get('content-type')
    ).toBe('image/svg+xml')
  })

  it("serves the app's pages with scripts allowed only from its own assets", async () => {
    const res = await fetchApp('app://bundle/index.html')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp, 'script-src').toMatch(/(^|; )script-src app:\/\/bundle\/assets\/(;|$)/)
    expect(csp, "no 'self' for scripts: it would cover pack files").not.toMatch(
      /script-src[^;]*'self'/
    )
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('keeps the prerendered first frame only for the deck it was drawn from, with no opening hours', async () => {
    const page = async (url = 'app://bundle/index.html'): Promise<string> =>
      (await fetchApp(url)).text()
    const deckFile = join(roots.content, 'deck.json')
    try {
      expect(await page()).toBe(PAGE)
      expect(await page('app://bundle/'), 'the page at the root too').toBe(PAGE)
      roots.firstViewIsShow = false
      expect(await page(), 'opening hours: the first view may be the closed screen').toBe(
        WITHOUT_FRAME
      )
      roots.firstViewIsShow = true
      writeFileSync(deckFile, DECK.replace('[]', '[ ]'))
      expect(await page(), 'another deck (a pack, a replaced bundled deck)').toBe(WITHOUT_FRAME)
      // Only the page changes: every other file is served as it is.
      expect(await (await fetchApp('app://bundle/content/deck.json')).text()).toBe(
        DECK.replace('[]', '[ ]')
      )
    } finally {
      roots.firstViewIsShow = true
      writeFileSync(deckFile, DECK)
    }
  })

  it('answers 404 for what it does not serve', async () => {
    expect((await fetchApp('app://bundle/content/nope.json')).status).toBe(404)
  })
})
