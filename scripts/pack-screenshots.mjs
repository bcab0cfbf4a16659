#!/usr/bin/env node
// @ts-check
/**
 * `npm run screenshots -- DIR`: a PNG of every slide of the content pack in DIR, in landscape
 * 1920×1080 and portrait 1080×1920, in Chinese and English, for the editor and the people who
 * approve a pack. Without DIR, the bundled pack. It checks the pack first (a pack with problems
 * would be replaced by the bundled slides, so its pictures would show the wrong deck), serves the
 * built renderer with the pack exactly as `npm run web -- --content=DIR` does (scripts/serve.mjs),
 * and drives the browser the tests use (scripts/find-browser.mjs) with transitions off and
 * reduced motion (figures final), waiting for each slide's fonts, photos, entrance and chart.
 *
 * Options: --out=DIR (default: `<pack>-screenshots` beside the pack; e2e-output/screenshots for
 * the bundled pack), --slide=ID (repeatable), --orientation=landscape|portrait, --lang=zh|en.
 * Files: `<orientation>-<lang>-<NN>-<slide id>.png`, NN counted from 01; the folder is printed
 * at the end. Needs the build (`npm run screenshots` builds first).
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, unlinkSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { CHROMIUM_ARGS, requireBrowser } from './find-browser.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

/** The two screens the kiosk is built for. */
export const ORIENTATIONS = /** @type {const} */ ({
  landscape: { width: 1920, height: 1080 },
  portrait: { width: 1080, height: 1920 }
})
export const LANGS = /** @type {const} */ (['zh', 'en'])
/** The name of every file this script writes (and may replace on the next run). */
export const SHOT_FILE = /^(?:landscape|portrait)-(?:zh|en)-\d+-[a-z0-9-]+\.png$/
/** Longest wait for one slide to be ready to photograph. */
const SLIDE_TIMEOUT_MS = 30_000

const USAGE =
  'usage: npm run screenshots -- [PACK] [--out=DIR] [--slide=ID …] ' +
  '[--orientation=landscape|portrait] [--lang=zh|en]'

/**
 * The run asked for on the command line.
 * @param {string[]} args
 */
export function parseRun(args) {
  const { values, positionals } = parseArgs({
    args: args.filter((a) => a !== '--'),
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      slide: { type: 'string', multiple: true },
      orientation: { type: 'string', multiple: true },
      lang: { type: 'string', multiple: true }
    }
  })
  if (positionals.length > 1) throw new Error(`one pack folder at a time\n${USAGE}`)
  const orientations = values.orientation ?? Object.keys(ORIENTATIONS)
  for (const o of orientations)
    if (!(o in ORIENTATIONS)) throw new Error(`--orientation=${o}: landscape or portrait`)
  const langs = values.lang ?? [...LANGS]
  for (const l of langs)
    if (!LANGS.includes(/** @type {'zh' | 'en'} */ (l))) throw new Error(`--lang=${l}: zh or en`)
  const pack = positionals[0] ? resolve(positionals[0]) : null
  const out = values.out
    ? resolve(values.out)
    : pack
      ? join(dirname(pack), `${basename(pack)}-screenshots`)
      : join(root, 'e2e-output', 'screenshots')
  return {
    pack,
    out,
    slides: values.slide ?? [],
    orientations: /** @type {(keyof typeof ORIENTATIONS)[]} */ (orientations),
    langs: /** @type {('zh' | 'en')[]} */ (langs)
  }
}

/**
 * Starts `scripts/serve.mjs` with the pack on a free port; resolves with its address.
 * @param {string | null} pack
 * @returns {Promise<{ url: string, stop: () => void }>}
 */
function startServer(pack) {
  const args = [join(root, 'scripts', 'serve.mjs'), '--port=0']
  if (pack) args.push(`--content=${pack}`)
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((done, fail) => {
    let output = ''
    const read = (/** @type {Buffer} */ chunk) => {
      output += chunk.toString()
      // serve.mjs names the pack it serves; anything but this pack would photograph the wrong deck.
      if (pack && /^Content: (?!--content )/m.test(output)) {
        child.kill()
        fail(new Error(`the server did not take the pack:\n${output}`))
      }
      const address = /Slideshow at (http:\/\/\S+)/.exec(output)?.[1]
      if (address) done({ url: address, stop: () => child.kill() })
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.once('exit', (code) => fail(new Error(`the server stopped (${code}):\n${output}`)))
  })
}

/**
 * The little of the page's DOM the checks below read (this file is type-checked without the DOM
 * library; the functions run in the page).
 * @typedef {{ getAttribute(name: string): string | null }} PageNode
 * @typedef {PageNode & {
 *   querySelectorAll(selector: string): Iterable<{ complete: boolean, naturalWidth: number }>,
 *   getAnimations(options: { subtree: boolean }): { playState: string }[]
 * }} PageSlide
 * @typedef {{
 *   document: { querySelector(selector: string): PageSlide | null, fonts: { status: string } },
 *   kioskDiagnostics?: { liveCharts(): number },
 *   requestAnimationFrame(callback: () => void): number
 * }} PageWindow
 */

/**
 * In the page: the current slide is slide `index`, in `lang`, with its fonts loaded, photos
 * decoded, entrance animations finished and its chart (if any) drawn.
 * @param {{ index: number, lang: 'zh' | 'en', chart: boolean }} want
 */
const isReady = ({ index, lang, chart }) => {
  const w = /** @type {PageWindow} */ (/** @type {unknown} */ (globalThis))
  const stage = w.document.querySelector('[data-testid="stage"]')
  const current = w.document.querySelector('.slide.current')
  if (!stage || !current) return false
  if (stage.getAttribute('lang') !== (lang === 'zh' ? 'zh-CN' : 'en')) return false
  if (current.getAttribute('data-slide-index') !== String(index)) return false
  if (w.document.fonts.status !== 'loaded') return false
  for (const img of current.querySelectorAll('img'))
    if (!img.complete || img.naturalWidth === 0) return false
  if (current.getAnimations({ subtree: true }).some((a) => a.playState === 'running')) return false
  return !chart || (w.kioskDiagnostics?.liveCharts() ?? 0) > 0
}

/** In the page: resolves after two frames, when whatever changed last is on screen. */
const twoFrames = () => {
  const w = /** @type {PageWindow} */ (/** @type {unknown} */ (globalThis))
  return new Promise((done) =>
    w.requestAnimationFrame(() => w.requestAnimationFrame(() => done(0)))
  )
}

/** In the page: opens a slide by its id, as a `#/<id>` link does. */
const goTo = (/** @type {string} */ id) => {
  const w = /** @type {{ location: { hash: string } }} */ (/** @type {unknown} */ (globalThis))
  w.location.hash = `#/${id}`
}

/**
 * Waits until the current slide is ready to photograph (see {@link isReady}).
 * @param {import('@playwright/test').Page} page
 * @param {number} index
 * @param {'zh' | 'en'} lang
 * @param {boolean} chart
 */
async function slideReady(page, index, lang, chart) {
  await page.waitForFunction(
    isReady,
    { index, lang, chart },
    {
      timeout: SLIDE_TIMEOUT_MS,
      polling: 'raf'
    }
  )
  await page.evaluate(twoFrames)
}

/**
 * Photographs the pack; returns the files written.
 * @param {ReturnType<typeof parseRun>} run
 * @param {(line: string) => void} log
 */
export async function takeScreenshots(run, log) {
  const packModule = join(root, 'out/main/content-pack.js')
  if (!existsSync(packModule) || !existsSync(join(root, 'out/renderer/index.html')))
    throw new Error(`No build in ${join(root, 'out')}: run "npm run build" first.`)
  /** @type {typeof import('../src/main/content-pack')} */
  const packs = await import(pathToFileURL(packModule).href)
  const checked = packs.checkPack(run.pack ?? join(root, 'resources/content'))
  if (!checked.ok) {
    for (const problem of checked.problems) log(problem)
    throw new Error(
      `${checked.problems.length} problem(s) in ${checked.dir}: fix them first ` +
        '(npm run content:check -- DIR lists them); nothing was photographed'
    )
  }
  const slides = checked.deck.slides
    .map((slide, index) => ({ slide, index }))
    .filter(({ slide }) => run.slides.length === 0 || run.slides.includes(slide.id))
  const unknown = run.slides.filter((id) => !slides.some(({ slide }) => slide.id === id))
  if (unknown.length) throw new Error(`no slide with the id ${unknown.join(', ')} in the pack`)

  mkdirSync(run.out, { recursive: true })
  // A full run replaces the pictures of the last one, so a removed slide leaves none behind.
  if (run.slides.length === 0)
    for (const name of readdirSync(run.out))
      if (SHOT_FILE.test(name)) unlinkSync(join(run.out, name))

  const { chromium } = await import('@playwright/test')
  const executablePath = await requireBrowser()
  const server = await startServer(run.pack)
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS })
  /** @type {string[]} */
  const written = []
  try {
    for (const orientation of run.orientations) {
      const context = await browser.newContext({
        viewport: ORIENTATIONS[orientation],
        deviceScaleFactor: 1,
        reducedMotion: 'reduce'
      })
      const page = await context.newPage()
      /** @type {string[]} */
      const pageErrors = []
      page.on('pageerror', (err) => pageErrors.push(err.message))
      // No transitions, and no attract loop starting while the pictures are taken.
      await page.goto(`${server.url}?transition=0&idle=86400#/${slides[0]?.slide.id ?? ''}`)
      await page.getByTestId('stage').waitFor()
      for (const lang of run.langs) {
        const stage = page.getByTestId('stage')
        if ((await stage.getAttribute('lang')) !== (lang === 'zh' ? 'zh-CN' : 'en'))
          await page.keyboard.press('l')
        for (const { slide, index } of slides) {
          await page.evaluate(goTo, slide.id)
          await slideReady(page, index, lang, slide.type === 'chart')
          const n = String(index + 1).padStart(2, '0')
          const file = join(run.out, `${orientation}-${lang}-${n}-${slide.id}.png`)
          await page.screenshot({ path: file })
          written.push(file)
        }
      }
      await context.close()
      if (pageErrors.length) throw new Error(`the page failed: ${pageErrors.join('; ')}`)
    }
  } finally {
    await browser.close()
    server.stop()
  }
  return written
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const run = parseRun(process.argv.slice(2))
    const started = Date.now()
    const written = await takeScreenshots(run, (line) => console.error(line))
    const seconds = ((Date.now() - started) / 1000).toFixed(0)
    console.log(`${written.length} screenshots in ${seconds} s, in the folder:`)
    console.log(run.out)
  } catch (err) {
    console.error(/** @type {Error} */ (err).message)
    process.exitCode = 1
  }
}
