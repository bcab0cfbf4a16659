// The deck's own glyphs first (subsets made at build time), then the full fonts for whatever a
// content pack adds (the browser fetches a face only for characters on screen).
import 'virtual:deck-fonts.css'
import { DECK_FAMILIES } from 'virtual:deck-fonts'
import '@fontsource-variable/noto-sans-sc/wght.css'
import '@fontsource-variable/source-sans-3/wght.css'
import './styles/app.css'
import './styles/slide.css'
import { hydrate, mount } from 'svelte'
import App from './App.svelte'
import type { Deck } from '@shared/content'
import { chartWarmUps, hasChart, liveCharts, loadCharts } from './lib/charts/chart-loader'
import { FIRST_SLIDE_MARK, dropPrerender, prerenderShown } from './lib/first-slide'
import { loadBoot } from './lib/boot'
import { logProblem } from './lib/host'
import { afterPaint } from './lib/after-paint'

/** The font families of the deck's subsets. */
const DECK_FAMILY_SET = new Set(DECK_FAMILIES)
/**
 * Set for the rest of the tab's session when the app could not hydrate the first frame (a frame
 * that does not match the app: it never should): the page is then reloaded without it.
 */
const MOUNT_AFRESH = 'kiosk:mount-afresh'
/** Longest wait for an idle moment before prefetching anyway. */
const PREFETCH_IDLE_TIMEOUT_MS = 2000

/**
 * What the first slide does not need (Chart.js, the layouts not on screen) is fetched after it is
 * up, when the browser is idle, so the first chart slide a visitor reaches is still instant.
 */
function prefetchAfterFirstSlide(deck: Deck | null): void {
  const prefetch = (): void => {
    // One chart of each kind is drawn off the page, each at an idle moment of its own (no timeout:
    // on a page that is never idle it waits, and the first chart there pays the set-up instead).
    const kinds = new Map(
      deck?.slides.flatMap((s) => (s.type === 'chart' ? [[s.chart.kind, s.chart]] : []))
    )
    void loadCharts().then((charts) => {
      for (const spec of kinds.values()) requestIdleCallback(() => charts.warmUp(spec, 'zh'))
    })
    // The rest of the deck's font subsets (a few hundred KB, all local), so no later slide waits
    // for a glyph; this also uses the first slide's preloaded files when the show opened on
    // another slide (an unused preload is a console warning).
    for (const face of document.fonts)
      if (DECK_FAMILY_SET.has(face.family.replace(/["']/g, ''))) void face.load().catch(() => {})
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FIRST_SLIDE_MARK).length === 0) return
    observer.disconnect()
    requestIdleCallback(prefetch, { timeout: PREFETCH_IDLE_TIMEOUT_MS })
  })
  observer.observe({ type: 'mark', buffered: true })
}

/**
 * Starts the app in `target`: it hydrates the first frame the build prerendered into the page
 * (shared/prerender.ts) when the page shows it and the app's first view is that frame (the show
 * of the bundled deck), else the frame goes and the app mounts afresh.
 */
async function start(target: HTMLElement): Promise<void> {
  const shown = prerenderShown(target) && sessionStorage.getItem(MOUNT_AFRESH) === null
  // The frame is painted before the app's script runs; hydrating waits for that paint, so the
  // first slide is on screen as soon as the page and its fonts are in. A page opened in the
  // background paints nothing until it is shown: it does not wait.
  const painted =
    shown && document.visibilityState === 'visible'
      ? new Promise<void>((resolve) => afterPaint(resolve))
      : null
  const [boot] = await Promise.all([loadBoot(location), painted])
  const props = { boot }
  if (shown && boot.loaded?.deck.ok) {
    try {
      hydrate(App, { target, props, recover: false })
    } catch (err) {
      // What the app had started before the frame turned out wrong (the show's timers, its links
      // to other windows, analytics) cannot be stopped: the page reloads and mounts afresh.
      logProblem({ level: 'error', message: `index.html: the first frame: ${String(err)}` })
      sessionStorage.setItem(MOUNT_AFRESH, '1')
      location.reload()
      return
    }
  } else {
    dropPrerender(target)
    mount(App, { target, props })
  }
  prefetchAfterFirstSlide(boot.loaded?.deck.ok ? boot.loaded.deck.deck : null)
}

void start(document.getElementById('app')!)

// Read-only answers for the end-to-end tests and the benchmark (nothing here changes the show).
Object.defineProperty(window, 'kioskDiagnostics', {
  value: Object.freeze({ liveCharts, chartWarmUps, hasChart })
})
