// @ts-check
/**
 * Build-time prerender of the show's first frame into index.html (see src/shared/prerender.ts).
 *
 * Svelte's server renderer draws the app with the bundled deck's first slide
 * (src/renderer/src/prerender.ts, loaded through a Vite server in SSR mode, so it is the same
 * component code and the same scoped class names as the app) into the app's root. The page then
 * paints the first slide with the HTML, the stylesheet and the preloaded fonts, before the app's
 * script has run; the app hydrates it (its elements become the app's own).
 *
 * A deck the renderer cannot draw on the server leaves the page without a frame and says so: the
 * app still starts, only its first paint is later.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { createServer } from 'vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { FIRST_SLIDE_FAMILIES } from './deck-fonts.mjs'

/**
 * The script at the end of the head, after the stylesheet and before the body (the frame) is
 * parsed; a classic script, it blocks the parser briefly.
 * - The frame is the app's first view only at the page's plain address, or a browser kiosk's
 *   (`?kiosk`, `?adminPin=`: they change the controls and the admin escape, not the slide). Any
 *   other query (presenter, print, a language, show options) or a hash (a slide) asks for another
 *   first view: it sets `data-prerender="off"`, and the stylesheet hides the app's root, frame and
 *   all, before anything paints, until the app drops the frame and mounts afresh.
 * - It starts loading the first slide's fonts (families of their own: scripts/deck-fonts.mjs;
 *   preloaded from the head) while the body is parsed. A face otherwise starts only when the
 *   first layout asks for it: that layout then measures the text with stand-in system fonts
 *   (asking the browser for each), and is done again once the faces are in.
 * It is served as written (public/), so it keeps its comments short: they count in the page's
 * JavaScript.
 */
const GATE = './assets/first-frame.js'
const CHARSET = '<meta charset="UTF-8" />'
/** Its request goes out first (right after the charset): asked for after the first slide's
 * fourteen font preloads, it waited for a free connection (six per host in HTTP/1.1) until
 * 360–420 ms, and the parser, the frame and the first paint waited with it. */
const PRELOAD_GATE = `<link rel="preload" href="${GATE}" as="script" />`

/**
 * The frame's markup, ready for the page: every `style` attribute dropped. The page's policy
 * refuses inline style attributes (`style-src 'self'`); the app sets its styles through the CSSOM,
 * which the policy allows, and so does hydration, which finds the attribute missing and sets it
 * (Svelte's `set_style`). The first frame's are the stage's defaults (the slide's own place, the
 * default text step), and an e2e test holds the frame to the hydrated app pixel for pixel.
 * Svelte's hydration comments stay: hydration walks them.
 * @param {string} html
 */
export function cleanFrame(html) {
  return html.replace(/ style="[^"]*"/g, '')
}

/**
 * SHA-256 (hex) of the deck file's bytes, written on the frame: a host keeps the frame only for
 * the deck it was drawn from (src/main/first-frame.ts computes the same of the deck it serves).
 * @param {string} deckFile
 */
function deckDigest(deckFile) {
  return createHash('sha256').update(readFileSync(deckFile)).digest('hex')
}

/**
 * Renders the first frame of `deckFile` with the renderer's own components.
 * @param {string} root repository root
 * @param {string} deckFile
 * @returns {Promise<{ ok: true, html: string } | { ok: false, problems: string[] }>}
 */
export async function renderFirstFrame(root, deckFile) {
  const server = await createServer({
    root,
    configFile: false,
    // The production runtime and compile, whatever the caller's mode (a test runner's is not),
    // with a cache of its own.
    mode: 'production',
    cacheDir: join(root, 'node_modules/.cache/prerender-vite'),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
    resolve: { alias: { '@shared': join(root, 'src/shared') } },
    plugins: [svelte({ compilerOptions: { css: 'external', dev: false } })]
  })
  try {
    const entry = /** @type {{ renderFirstFrame: (text: string, file: string) =>
      { ok: true, html: string } | { ok: false, problems: string[] } }} */ (
      await server.ssrLoadModule('/src/renderer/src/prerender.ts')
    )
    const file = relative(root, deckFile).replaceAll('\\', '/')
    const frame = entry.renderFirstFrame(readFileSync(deckFile, 'utf8'), file)
    return frame.ok ? { ok: true, html: cleanFrame(frame.html) } : frame
  } finally {
    await server.close()
  }
}

/**
 * The Vite plugin (production builds only): draws the frame between index.html's markers in the
 * app's root (the hosts drop everything between them when the frame is not the first view),
 * after a comment with the digest of the deck it was drawn from.
 * @param {string} root repository root
 * @param {{ PRERENDER_START: string, PRERENDER_END: string, DECK_DIGEST_START: string }} markers
 * @returns {import('vite').Plugin}
 */
export function prerenderFirstFrame(root, markers) {
  const deckFile = join(root, 'resources/content/deck.json')
  return {
    name: 'prerender-first-frame',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const { PRERENDER_START, PRERENDER_END, DECK_DIGEST_START } = markers
        const slot = PRERENDER_START + PRERENDER_END
        if (!html.includes(slot)) throw new Error(`index.html: no ${slot} to draw the frame in`)
        let frame
        try {
          frame = await renderFirstFrame(root, deckFile)
        } catch (err) {
          frame = { ok: false, problems: [/** @type {Error} */ (err).stack ?? String(err)] }
        }
        if (!frame.ok) {
          console.warn(
            `prerender: no first frame in index.html (the app still starts):\n  ${frame.problems.join('\n  ')}`
          )
          return html
        }
        if (!html.includes(CHARSET)) throw new Error(`index.html: no ${CHARSET} to follow`)
        return {
          html: html
            .replace(CHARSET, `${CHARSET}\n    ${PRELOAD_GATE}`)
            // A function, so that a `$&` or `$'` in the deck's text is never a replacement pattern.
            .replace(
              slot,
              () =>
                `${PRERENDER_START}${DECK_DIGEST_START}${deckDigest(deckFile)}-->${frame.html}${PRERENDER_END}`
            ),
          // At the end of the head (after the stylesheet, before the body is parsed): hides the
          // frame when the URL asks for another first view, and starts the first slide's fonts
          // (public/assets/first-frame.js; a classic script: it blocks the parser, briefly).
          // Its request goes out first: PRELOAD_GATE.
          tags: [
            {
              tag: 'script',
              attrs: { src: GATE, 'data-families': FIRST_SLIDE_FAMILIES.join(',') },
              injectTo: 'head'
            }
          ]
        }
      }
    }
  }
}
