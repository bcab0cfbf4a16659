#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: builds the app, builds the peer harness pages (reveal.js, Swiper) and measures
 * all three in headless Chromium (Playwright + CDP), the same way, in one run: startup, transition
 * smoothness, input latency, memory over thousands of auto-play transitions, and weight. Prints a
 * table (ours, theirs, ratio) and writes bench/results.json. bench/README.md explains each figure.
 *
 * Options:
 *   --check            exit 1 when a budget of bench/budgets.json is broken (each is named)
 *   --runs=N           startup runs per system, the median is reported (default 5)
 *   --changes=N        slide changes of the smoothness / input-latency run (default 100)
 *   --transitions=N    auto-play transitions of the memory run (default 5000)
 *   --only=a,b         systems to measure: ours, reveal, swiper (default all)
 *   --skip-build       use the existing out/renderer (the peers are always rebuilt)
 *   --swipes=N         touch swipes of the touch-latency run (default 20)
 *   --throttled=N      slide changes of each CPU-throttled run, 0 to skip (default 100)
 */
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { createServer as createNetServer } from 'node:net'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import sirv from 'sirv'
import { buildPeers, OUT, ROOT } from './build-peers.mjs'
import { formatTable, summarize } from './report.mjs'
import { checkBudgets } from './budgets.mjs'
import { heapParts } from './heap.mjs'
import { CHROMIUM_ARGS, requireBrowser } from '../scripts/find-browser.mjs'

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('./report.mjs').SystemResult} SystemResult */

const CHROMIUM = await requireBrowser()
const VIEWPORT = { width: 1920, height: 1080 }
const MARK = 'kiosk:first-slide-ready'
/** Real time between two slide changes of the smoothness run: the 600 ms transition and a rest. */
const CHANGE_EVERY_MS = 650
/** One clock step of the memory run: longer than any slide's duration (and the 3 s idle time). */
const CLOCK_STEP_MS = 15_000
/** Clock time given to animations (count-ups, Chart.js's 900 ms) before a memory sample. */
const SETTLE_MS = 2_000

/** @param {string[]} args */
function parseBenchArgs(args) {
  try {
    return parseArgs({ args, options: BENCH_OPTIONS }).values
  } catch (err) {
    console.error(`${/** @type {Error} */ (err).message}
usage: npm run bench -- [--check] [--runs=N] [--changes=N] [--transitions=N] [--swipes=N] [--throttled=N] [--only=ours,reveal,swiper] [--skip-build]`)
    process.exit(2)
  }
}
/** @satisfies {import('node:util').ParseArgsConfig['options']} */
const BENCH_OPTIONS = {
  check: { type: 'boolean', default: false },
  runs: { type: 'string', default: '5' },
  changes: { type: 'string', default: '100' },
  transitions: { type: 'string', default: '5000' },
  only: { type: 'string', default: 'ours,reveal,swiper' },
  'skip-build': { type: 'boolean', default: false },
  swipes: { type: 'string', default: '20' },
  throttled: { type: 'string', default: '100' }
}
const argv = parseBenchArgs(process.argv.slice(2))
const OPTIONS = {
  check: argv.check,
  runs: Number(argv.runs),
  changes: Number(argv.changes),
  transitions: Number(argv.transitions),
  early: 50,
  only: argv.only.split(','),
  build: !argv['skip-build'],
  swipes: Number(argv.swipes),
  throttled: Number(argv.throttled)
}

/** CPU slowdown of the weak-machine runs (CDP Emulation.setCPUThrottlingRate). */
const THROTTLE_RATE = 4
/**
 * The weak machine's screens: a 4K panel at device scale 1 and a 1080p one at scale 2 (the same
 * 3840×2160 device pixels to raster, laid out at two sizes).
 * @type {{ id: string, width: number, height: number, deviceScaleFactor: number }[]}
 */
const THROTTLED_SCREENS = [
  { id: 'uhd', width: 3840, height: 2160, deviceScaleFactor: 1 },
  { id: 'fhdx2', width: 1920, height: 1080, deviceScaleFactor: 2 }
]
/** A touch swipe: moves of the finger, their spacing and length (CSS px at 1920 wide). */
const SWIPE_MOVES = 8
const SWIPE_MOVE_MS = 16
const SWIPE_STEP_PX = 60

/**
 * How the benchmark drives each system: its URL (relative to its server), the element that is the
 * current slide, and the query string of its auto-play with transitions off (the memory run).
 * @typedef {{ id: string, label: string, server: 'app' | 'peers', path: string, current: string, autoplay: string }} System
 */
/** @type {System[]} */
const SYSTEMS = [
  {
    id: 'ours',
    label: 'ours',
    server: 'app',
    path: '/',
    current: 'section[data-slide-index].current',
    autoplay: '?idle=3&transition=0'
  },
  {
    id: 'reveal',
    label: 'reveal.js',
    server: 'peers',
    path: '/reveal/',
    current: '.reveal .slides > section.present',
    autoplay: '?autoplay=1&instant=1'
  },
  {
    id: 'swiper',
    label: 'Swiper',
    server: 'peers',
    path: '/swiper/',
    current: '.swiper-slide-active',
    autoplay: '?autoplay=1&instant=1'
  }
]

const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return /** @type {Promise<number>} */ (
    new Promise((resolve, reject) => {
      const server = createNetServer()
      server.once('error', reject)
      server.listen(0, '127.0.0.1', () => {
        const address = server.address()
        const port = typeof address === 'object' && address ? address.port : 0
        server.close(() => resolve(port))
      })
    })
  )
}

/** Waits until `url` answers (at most `ms`). */
async function waitForHttp(/** @type {string} */ url, ms = 15_000) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      const res = await fetch(url)
      if (res.ok) return
    } catch {
      // not up yet
    }
    await sleep(100)
  }
  throw new Error(`${url} did not answer within ${ms} ms`)
}

/** Starts `node scripts/serve.mjs` (our app) and a static server for bench/out (the peers). */
async function startServers() {
  const appPort = await freePort()
  const app = spawn(process.execPath, [join(ROOT, 'scripts/serve.mjs'), `--port=${appPort}`], {
    stdio: ['ignore', 'ignore', 'inherit']
  })
  const peersPort = await freePort()
  const files = sirv(OUT, {
    dev: true,
    setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache')
  })
  const peers = createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404
      res.end('Not found')
    })
  )
  await new Promise((resolve) => peers.listen(peersPort, '127.0.0.1', () => resolve(undefined)))
  const bases = {
    app: `http://127.0.0.1:${appPort}`,
    peers: `http://127.0.0.1:${peersPort}`
  }
  const stop = () => {
    app.kill()
    peers.close()
    peers.closeAllConnections()
  }
  // The app's server never outlives the bench, whatever ends it.
  process.once('exit', () => app.kill())
  try {
    await waitForHttp(`${bases.app}/`)
  } catch (err) {
    stop()
    throw err
  }
  return { bases, stop }
}

/** A fresh context (its own cache) and page with the probe installed. */
async function openPage(
  /** @type {import('@playwright/test').Browser} */ browser,
  viewport = VIEWPORT,
  /** @type {{ deviceScaleFactor?: number, hasTouch?: boolean }} */ extra = {}
) {
  const context = await browser.newContext({ viewport, ...extra })
  await context.addInitScript({ path: join(ROOT, 'bench/page-probe.js') })
  const page = await context.newPage()
  /** @type {string[]} */
  const problems = []
  page.on('pageerror', (err) => problems.push(err.message))
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text())
  })
  return { context, page, problems }
}
/** @typedef {Awaited<ReturnType<typeof openPage>>} OpenedPage */

/** The page has its current slide and its diagnostics (run in the page). */
const isUp = (/** @type {string} */ selector) => {
  const page = /** @type {{ kioskDiagnostics?: unknown, document: Document }} */ (
    /** @type {unknown} */ (globalThis)
  )
  return page.kioskDiagnostics !== undefined && page.document.querySelector(selector) !== null
}
/** @typedef {{ querySelector(selector: string): unknown }} Document */

/** The first-slide mark is set (run in the page). */
const hasMark = (/** @type {string} */ mark) => performance.getEntriesByName(mark).length > 0

/** Waits for the first-slide mark (a function predicate: a string one would need eval, which
 * our Content-Security-Policy refuses). */
const waitForMark = (/** @type {Page} */ page) =>
  page.waitForFunction(hasMark, MARK, { timeout: 30_000 })

/**
 * @typedef {{ url: string, start: number, end: number, bytes: number, decoded: number }} Resource
 * @typedef {{ firstSlideReady: number | null, fcp: number | null, fontsStatusAtCall: string,
 *   fonts: Resource[], fontsAfterMark: number, scripts: Resource[], styles: Resource[] }} Startup
 */

/**
 * Runs `measure` on an opened page and returns what it found with the page's errors; the page's
 * context (its own cache) is closed at the end, whatever happens.
 * @template {object} T
 * @param {OpenedPage} opened
 * @param {(page: Page) => Promise<T>} measure
 */
async function onPage({ context, page, problems }, measure) {
  try {
    return { ...(await measure(page)), problems }
  } finally {
    await context.close()
  }
}

/** Loads `url` and waits for the first-slide mark, then `restMs` more. */
async function loadShow(
  /** @type {Page} */ page,
  /** @type {string} */ url,
  /** @type {number} */ restMs
) {
  await page.goto(url)
  await waitForMark(page)
  await sleep(restMs)
}

/** One cold start: navigation → first-slide mark, FCP, fonts and files loaded. */
async function startupRun(
  /** @type {import('@playwright/test').Browser} */ browser,
  /** @type {string} */ url
) {
  return onPage(await openPage(browser), async (page) => {
    // Late font requests show whether the mark came before the slide's fonts were in.
    await loadShow(page, url, 700)
    return /** @type {Startup} */ (await page.evaluate('__bench.startup()'))
  })
}

/**
 * @typedef {{ start: number, duration: number, blocking: number }} Entry
 * @typedef {Entry & { change?: number, sinceChange?: number, styleLayout?: number, render?: number,
 *   scripts?: { invoker: string, file: string, at: number, ms: number }[] }} Frame
 * @typedef {{ intervals: number[], longTasks: Entry[], loafs: Frame[],
 *   latencies: { ms: number | null, frames: number | null }[] }} FrameRecord
 */

/**
 * Loads `url` in an opened page (closed at the end), lets the first slide settle, then records
 * frame intervals, long tasks, LoAFs and the latency of each of `changes` slide changes: towards
 * the end of the deck and back again, one every CHANGE_EVERY_MS.
 * `prepare` runs before the page loads (CPU throttling, a CDP session) and returns how to make one
 * change: `step` is 1 towards the next slide, -1 towards the previous one.
 */
async function recordChanges(
  /** @type {OpenedPage} */ opened,
  /** @type {{ url: string, current: string, slides: number, changes: number }} */ run,
  /** @type {() => Promise<(step: number) => Promise<void>>} */ prepare
) {
  return onPage(opened, async (page) => {
    const change = await prepare()
    await loadShow(page, run.url, 1500)
    await page.evaluate('__bench.record()')
    let index = 0
    let step = 1
    for (let k = 0; k < run.changes; k++) {
      if (index + step < 0 || index + step >= run.slides) step = -step
      index += step
      await page.evaluate(`__bench.arm(${JSON.stringify(run.current)})`)
      await change(step)
      await sleep(CHANGE_EVERY_MS)
    }
    await sleep(400)
    return /** @type {FrameRecord} */ (await page.evaluate('__bench.stop()'))
  })
}

/**
 * `changes` slide changes by real key presses (ArrowRight to the end, then ArrowLeft back, …):
 * frame intervals, long tasks and LoAFs over the whole run, and the input latency of every press.
 * With a `screen` and a `throttle`: the weak machine's run.
 */
async function smoothnessRun(
  /** @type {import('@playwright/test').Browser} */ browser,
  /** @type {System} */ system,
  /** @type {string} */ url,
  /** @type {number} */ slides,
  /** @type {{ changes?: number, screen?: typeof THROTTLED_SCREENS[number], throttle?: number }} */ how = {}
) {
  const { screen, throttle } = how
  const opened = screen
    ? await openPage(
        browser,
        { width: screen.width, height: screen.height },
        { deviceScaleFactor: screen.deviceScaleFactor }
      )
    : await openPage(browser)
  const run = { url, current: system.current, slides, changes: how.changes ?? OPTIONS.changes }
  return recordChanges(opened, run, async () => {
    if (throttle) {
      const cdp = await opened.context.newCDPSession(opened.page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
    }
    return (step) => opened.page.keyboard.press(step > 0 ? 'ArrowRight' : 'ArrowLeft')
  })
}

/**
 * `OPTIONS.swipes` touch swipes (CDP Input.dispatchTouchEvent: a finger put down, moved
 * SWIPE_MOVES times, lifted), towards the next slide to the end and back, one every
 * CHANGE_EVERY_MS after the finger lifts: the latency from the first move of the finger to the
 * current slide visibly moving.
 */
async function touchRun(
  /** @type {import('@playwright/test').Browser} */ browser,
  /** @type {System} */ system,
  /** @type {string} */ url,
  /** @type {number} */ slides
) {
  const opened = await openPage(browser, VIEWPORT, { hasTouch: true })
  const run = { url, current: system.current, slides, changes: OPTIONS.swipes }
  return recordChanges(opened, run, async () => {
    const cdp = await opened.context.newCDPSession(opened.page)
    const y = VIEWPORT.height / 2
    const touch = (/** @type {number} */ x) => [{ x, y, id: 1 }]
    return async (step) => {
      // Towards the next slide the finger moves left.
      const x0 = step > 0 ? VIEWPORT.width * 0.7 : VIEWPORT.width * 0.3
      const dx = step > 0 ? -SWIPE_STEP_PX : SWIPE_STEP_PX
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: touch(x0) })
      for (let m = 1; m <= SWIPE_MOVES; m++) {
        await sleep(SWIPE_MOVE_MS)
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: touch(x0 + dx * m)
        })
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    }
  })
}

/**
 * @typedef {{ transitions: number, heap: number, code: number, data: number, objects: number,
 *   nodes: number, elements: number, listeners: number, charts: number }} MemorySample
 */
/** The memory run's viewport: the same layouts at a quarter of the size, less time painting. */
const MEMORY_VIEWPORT = { width: 480, height: 270 }

/**
 * Auto-play under Playwright's clock with transitions off: each clock step (longer than any
 * slide's duration) makes exactly one transition; samples after `early` and `late` transitions
 * (a whole number of loops apart, so the same slide is on screen), after a forced GC.
 */
async function memoryRun(
  /** @type {import('@playwright/test').Browser} */ browser,
  /** @type {string} */ url,
  /** @type {string} */ current,
  /** @type {number} */ early,
  /** @type {number} */ late
) {
  const opened = await openPage(browser, MEMORY_VIEWPORT)
  const { context, problems } = opened
  return onPage(opened, async (page) => {
    await page.clock.install()
    await page.goto(url)
    await page.waitForLoadState('load')
    // The first slide is up before the counting starts. (Not the mark: under the clock,
    // performance.getEntriesByName is Playwright's and sees no marks.)
    const ready = () => page.evaluate(isUp, current)
    for (let i = 0; i < 40 && !(await ready()); i++) await page.clock.runFor(250)
    if (!(await ready())) throw new Error(`no first slide under the clock: ${problems.join(' | ')}`)
    // From here only the bench moves time: slow heap snapshots cannot play extra slides.
    await page.clock.pauseAt(/** @type {number} */ (await page.evaluate('Date.now()')) + 1000)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.evaluate('__bench.changes()')
    const changes = async () => /** @type {number} */ (await page.evaluate('__bench.changes()'))

    /** @returns {Promise<MemorySample>} */
    const sample = async () => {
      await page.clock.runFor(SETTLE_MS)
      for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage')
      const { metrics } = await cdp.send('Performance.getMetrics')
      const metric = (/** @type {string} */ name) =>
        metrics.find((m) => m.name === name)?.value ?? 0
      const { code, objects } = await heapParts(cdp)
      return {
        transitions: await changes(),
        heap: metric('JSHeapUsedSize'),
        code,
        data: metric('JSHeapUsedSize') - code,
        objects,
        nodes: metric('Nodes'),
        elements: /** @type {number} */ (
          await page.evaluate('document.getElementsByTagName("*").length')
        ),
        listeners: metric('JSEventListeners'),
        charts: /** @type {number} */ (await page.evaluate('window.kioskDiagnostics.liveCharts()'))
      }
    }

    const started = Date.now()
    const advanceTo = async (/** @type {number} */ target) => {
      let done = await changes()
      let stalled = 0
      while (done < target) {
        // A batch of single steps, then one look at the counter.
        const batch = Math.min(target - done, 25)
        for (let i = 0; i < batch; i++) await page.clock.fastForward(CLOCK_STEP_MS)
        const now = await changes()
        stalled = now === done ? stalled + 1 : 0
        if (stalled > 3)
          throw new Error(`auto-play stopped at ${now} transitions ${problems.join(' | ')}`)
        done = now
      }
    }
    /** The id of the slide on screen. */
    const slideId = async () =>
      /** @type {string} */ (await page.evaluate(`__bench.slideId(${JSON.stringify(current)})`))
    await advanceTo(early)
    const target = await slideId()
    const first = await sample()
    await advanceTo(late)
    // Should a system have counted a change more or less on the way, a few more steps bring the
    // same slide back (at most one loop) for a like-for-like sample.
    for (let i = 0; i < 40 && (await slideId()) !== target; i++)
      await page.clock.fastForward(CLOCK_STEP_MS)
    const last = await sample()
    return { early: first, late: last, seconds: (Date.now() - started) / 1000 }
  })
}

/** Raw and gzip bytes of the JS and CSS a page loaded (gzip -6 of the served file). */
async function weightOf(/** @type {Resource[]} */ scripts, /** @type {Resource[]} */ styles) {
  const sum = async (/** @type {Resource[]} */ list) => {
    let raw = 0
    let gzip = 0
    for (const r of list) {
      const body = Buffer.from(await (await fetch(r.url)).arrayBuffer())
      raw += body.length
      gzip += gzipSync(body, { level: 6 }).length
    }
    return { raw, gzip, files: list.length }
  }
  return { js: await sum(scripts), css: await sum(styles) }
}

/** gzip -6 bytes of each file as served, fetched once. */
const gzipCache = new Map()
async function gzipBytes(/** @type {string} */ url) {
  const path = new URL(url).pathname
  if (!gzipCache.has(path)) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer())
    gzipCache.set(path, gzipSync(body, { level: 6 }).length)
  }
  return /** @type {number} */ (gzipCache.get(path))
}

/** gzip bytes of the scripts a cold start requested before its first contentful paint. */
async function scriptBytesBeforePaint(/** @type {Startup} */ run) {
  const until = run.fcp ?? Infinity
  let bytes = 0
  for (const r of run.scripts) if (r.start < until) bytes += await gzipBytes(r.url)
  return bytes
}

/** Bytes of every font subset file our build made for the bundled deck. */
function deckFontBytes() {
  const dir = join(ROOT, 'out/renderer/assets')
  return readdirSync(dir)
    .filter((f) => /^deck-.*\.woff2$/.test(f))
    .reduce((n, f) => n + statSync(join(dir, f)).size, 0)
}

/** The Chromium version string. */
function chromiumVersion() {
  const out = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' })
  return (out.stdout || '').trim()
}

async function main() {
  const t0 = Date.now()
  if (OPTIONS.build) {
    console.log('== npm run build')
    const built = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
    if (built.status !== 0) {
      console.error('bench: the build failed')
      process.exit(1)
    }
  }
  const versions = buildPeers()
  /** @type {{ slides: { type: string }[] }} */
  const deck = JSON.parse(readFileSync(join(ROOT, 'resources/content/deck.json'), 'utf8'))
  const slides = deck.slides.length
  // Auto-play starts at slide 0, so after k transitions slide k mod N is up. The early sample is
  // taken on the first chart slide at or after OPTIONS.early transitions (its chart is alive), the
  // late one whole loops of the deck later, on the same slide, as near OPTIONS.transitions as can be.
  let early = OPTIONS.early
  while (deck.slides[early % slides]?.type !== 'chart' && early < OPTIONS.early + slides) early++
  const late = early + slides * Math.max(1, Math.round((OPTIONS.transitions - early) / slides))

  const servers = await startServers()
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS })
  /** @type {Record<string, SystemResult>} */
  const results = {}
  try {
    for (const system of SYSTEMS.filter((s) => OPTIONS.only.includes(s.id))) {
      const base = servers.bases[system.server] + system.path
      const ts = Date.now()
      console.log(`== ${system.label}: startup ×${OPTIONS.runs}`)
      /** @type {(Awaited<ReturnType<typeof startupRun>> & { scriptBytes: number })[]} */
      const startups = []
      for (let i = 0; i < OPTIONS.runs; i++) {
        const run = await startupRun(browser, base)
        startups.push({ ...run, scriptBytes: await scriptBytesBeforePaint(run) })
      }
      const first = startups[0]
      if (!first) throw new Error('no startup run')
      const weight = await weightOf(first.scripts, first.styles)

      console.log(`== ${system.label}: ${OPTIONS.changes} slide changes by key presses`)
      const smooth = await smoothnessRun(browser, system, base, slides)

      console.log(`== ${system.label}: ${OPTIONS.swipes} touch swipes`)
      const touch = await touchRun(browser, system, base, slides)

      /** @type {Record<string, import('./run.mjs').FrameRecord & { problems: string[] }>} */
      const throttled = {}
      if (OPTIONS.throttled > 0)
        for (const screen of THROTTLED_SCREENS) {
          console.log(
            `== ${system.label}: CPU ×${THROTTLE_RATE} slower, ${screen.width}×${screen.height} at scale ${screen.deviceScaleFactor}, ${OPTIONS.throttled} key presses`
          )
          throttled[screen.id] = await smoothnessRun(browser, system, base, slides, {
            changes: OPTIONS.throttled,
            screen,
            throttle: THROTTLE_RATE
          })
        }

      console.log(`== ${system.label}: memory, ${early} and ${late} auto-play transitions`)
      const memory = await memoryRun(browser, base + system.autoplay, system.current, early, late)

      results[system.id] = summarize(system.label, {
        startups,
        weight,
        smooth,
        touch,
        throttled,
        memory,
        deckFontsBytes: system.id === 'ours' ? deckFontBytes() : null
      })
      hintLongFrames(results[system.id])
      console.log(`   ${system.label} measured in ${Math.round((Date.now() - ts) / 1000)} s`)
    }
  } finally {
    await browser.close()
    servers.stop()
  }

  /** @type {{ budgets: import('./budgets.mjs').Budget[] }} */
  const budgetFile = JSON.parse(readFileSync(join(ROOT, 'bench/budgets.json'), 'utf8'))
  const budgets = results['ours'] ? checkBudgets(budgetFile.budgets, results) : []
  const report = {
    date: new Date().toISOString(),
    chromium: chromiumVersion(),
    node: process.version,
    versions: {
      app: /** @type {{ version: string }} */ (
        JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))
      ).version,
      ...versions
    },
    options: {
      ...OPTIONS,
      lateTransitions: late,
      changeEveryMs: CHANGE_EVERY_MS,
      throttleRate: THROTTLE_RATE,
      throttledScreens: THROTTLED_SCREENS
    },
    seconds: Math.round((Date.now() - t0) / 1000),
    systems: results,
    budgets
  }
  writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(report, null, 2) + '\n')
  console.log('')
  console.log(formatTable(results, { early, late, changes: OPTIONS.changes, runs: OPTIONS.runs }))
  console.log('')
  for (const b of budgets)
    console.log(
      `${b.skipped ? 'skip' : b.ok ? 'ok  ' : 'FAIL'} budget ${b.id}: ${b.text} (limit ${b.limitText})`
    )
  console.log('')
  for (const line of longFrameLines(results)) console.log(line)
  const broken = budgets.filter((b) => !b.ok)
  console.log(`\nwrote bench/results.json in ${report.seconds} s`)
  if (OPTIONS.check && broken.length > 0) {
    console.error(`bench --check: broken budget(s): ${broken.map((b) => b.id).join(', ')}`)
    process.exit(1)
  }
}

/** The built scripts of all three systems by file name (once they are built). */
function builtScripts() {
  /** @type {Map<string, string>} */
  const paths = new Map()
  for (const dir of [join(ROOT, 'out/renderer/assets'), OUT])
    for (const name of /** @type {string[]} */ (readdirSync(dir, { recursive: true })))
      if (/\.m?js$/.test(name)) paths.set(name.split(/[\\/]/).pop() ?? name, join(dir, name))
  return paths
}

/**
 * Names the scripts of the long frames in the built code (file names are hashed, functions
 * minified): the first characters of the function each starts at.
 * @param {SystemResult | undefined} result
 */
function hintLongFrames(result) {
  if (!result) return
  const scripts = builtScripts()
  for (const run of [result.smoothness, ...Object.values(result.throttled)])
    for (const script of run.longFrames.scripts) {
      const path = scripts.get(script.file)
      if (!path || script.at < 0) continue
      const text = readFileSync(path, 'utf8').slice(script.at, script.at + 64)
      script.hint = text.replace(/\s+/g, ' ')
    }
}

/**
 * One line per run with long frames: how many, their script and style/layout time, and the
 * scripts that took most of it.
 * @param {Record<string, SystemResult>} results
 */
function longFrameLines(results) {
  const lines = []
  const ms = (/** @type {number} */ v) => `${Math.round(v)} ms`
  for (const result of Object.values(results)) {
    const runs = [
      ['key presses', result.smoothness],
      ...Object.entries(result.throttled).map(([id, r]) => [`CPU ×${THROTTLE_RATE} ${id}`, r])
    ]
    for (const [name, run] of /** @type {[string, import('./report.mjs').Smoothness][]} */ (runs)) {
      const f = run.longFrames
      if (f.count === 0) continue
      lines.push(
        `long frames, ${result.label}, ${name}: ${f.count} (${ms(f.ms)}: scripts ${ms(f.scriptMs)}, style and layout ${ms(f.styleLayoutMs)})`
      )
      const longest = f.longest.map(
        (l) => `${ms(l.ms)} ${ms(l.sinceChangeMs)} after change ${l.change}`
      )
      lines.push(`    longest: ${longest.join('; ')}`)
      for (const s of f.scripts.slice(0, 3))
        lines.push(
          `    ${ms(s.ms)} in ${s.count}: ${s.invoker} ${s.file}:${s.at}${s.hint ? ` «${s.hint}»` : ''}`
        )
    }
  }
  return lines
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
