// The deck's own glyphs first (subsets made at build time), then the full fonts for whatever a
// content pack adds (the browser fetches a face only for characters on screen).
import 'virtual:deck-fonts.css'
import '@fontsource-variable/noto-sans-sc/wght.css'
import '@fontsource-variable/source-sans-3/wght.css'
import './styles/app.css'
import './styles/slide.css'
import { mount } from 'svelte'
import App from './App.svelte'
import { liveCharts, loadCharts } from './lib/charts/chart-loader'
import { FIRST_SLIDE_MARK, dropPrerender } from './lib/first-slide'
import { afterPaint } from './lib/after-paint'
import { PRERENDER_ID } from '@shared/prerender'

/** The font families of the deck's subsets (scripts/deck-fonts.mjs). */
const DECK_FAMILIES = new Set(['Noto Sans SC Deck', 'Source Sans 3 Deck'])
/** Longest wait for an idle moment before prefetching anyway. */
const PREFETCH_IDLE_TIMEOUT_MS = 2000

/**
 * What the first slide does not need (Chart.js, the layouts not on screen) is fetched after it is
 * up, when the browser is idle, so the first chart slide a visitor reaches is still instant.
 */
function prefetchAfterFirstSlide(): void {
  const prefetch = (): void => {
    void loadCharts()
    // The rest of the deck's font subsets (a few hundred KB, all local), so no later slide waits
    // for a glyph; this also uses the first slide's preloaded files when the show opened on
    // another slide (an unused preload is a console warning).
    for (const face of document.fonts)
      if (DECK_FAMILIES.has(face.family.replace(/["']/g, ''))) void face.load().catch(() => {})
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FIRST_SLIDE_MARK).length === 0) return
    observer.disconnect()
    requestIdleCallback(prefetch, { timeout: PREFETCH_IDLE_TIMEOUT_MS })
  })
  observer.observe({ type: 'mark', buffered: true })
}

/** Mounts the app, and fetches what the first slide does not need once it is up. */
function start(): void {
  mount(App, { target: document.getElementById('app')! })
  prefetchAfterFirstSlide()
}

// The first frame the build prerendered into the page (shared/prerender.ts) paints first: the app
// mounts after that paint, and lays its own first frame over it. When the page hid the frame (its
// URL asks for another first view), the frame goes and the app mounts at once; so it does in a
// page opened in the background (no frames are painted there until it is shown).
const frameShown =
  document.documentElement.dataset['prerender'] !== 'off' && document.getElementById(PRERENDER_ID)
if (!frameShown) dropPrerender()
if (frameShown && document.visibilityState === 'visible') afterPaint(start)
else start()

// Read-only numbers for the end-to-end tests and the benchmark (nothing here changes the show).
Object.defineProperty(window, 'kioskDiagnostics', {
  value: Object.freeze({ liveCharts })
})
