/**
 * The benchmark's in-page probe, a classic browser script that bench/run.mjs adds to every page
 * (our app and the peers) with Playwright's addInitScript, so it runs before the page's own
 * scripts and measures all three systems the same way. It exposes window.__bench:
 *
 *   startup()          navigation start → `kiosk:first-slide-ready` mark and first contentful
 *                      paint, and the font/JS/CSS requests (Resource Timing) until the mark;
 *   record()/stop()    frame intervals (requestAnimationFrame), long tasks ('longtask') and
 *                      long animation frames ('long-animation-frame') while recording;
 *   arm(selector)      input latency: on the next keydown or finger move (pointermove of a
 *                      touch, else touchmove; capture listeners on window, added before the
 *                      page's own), snapshots the element `selector`
 *                      matches (the current slide) and watches it each frame until its box or
 *                      opacity moves;
 *   changes()          slide changes counted on [data-testid="stage"] data-index (our app) or
 *                      by the peer harness (kioskDiagnostics.slideChanges());
 *   slideId(selector)  the id of the slide on screen.
 */
;(function () {
  const MARK = 'kiosk:first-slide-ready'
  let frames = null
  let latencies = []
  let armed = null
  /** When each change of the recording was armed (just before its input). */
  let armedAt = []

  function startup() {
    const mark = performance.getEntriesByName(MARK)[0]
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]
    const at = mark ? mark.startTime : Infinity
    const resources = performance.getEntriesByType('resource').map((r) => ({
      url: r.name,
      start: r.startTime,
      end: r.responseEnd,
      bytes: r.encodedBodySize,
      decoded: r.decodedBodySize
    }))
    return {
      firstSlideReady: mark ? mark.startTime : null,
      fcp: fcp ? fcp.startTime : null,
      fontsStatusAtCall: document.fonts.status,
      fonts: resources.filter((r) => /\.woff2(\?|$)/.test(r.url) && r.start <= at),
      fontsAfterMark: resources.filter((r) => /\.woff2(\?|$)/.test(r.url) && r.end > at).length,
      scripts: resources.filter((r) => /\.m?js(\?|$)/.test(r.url)),
      styles: resources.filter((r) => /\.css(\?|$)/.test(r.url))
    }
  }

  /**
   * A long task or a long animation frame. A frame also says where its time went: its scripts
   * (those over 5 ms: what called them, and the file and character their function starts at),
   * and the time from the start of style and layout, and of rendering, to its end.
   */
  const entryOf = (e) => {
    const entry = { start: e.startTime, duration: e.duration, blocking: e.blockingDuration || 0 }
    if (e.entryType !== 'long-animation-frame') return entry
    const end = e.startTime + e.duration
    const change = armedAt.filter((t) => t <= e.startTime).length
    return {
      ...entry,
      change,
      sinceChange: change ? e.startTime - armedAt[change - 1] : e.startTime,
      styleLayout: e.styleAndLayoutStart ? end - e.styleAndLayoutStart : 0,
      render: e.renderStart ? end - e.renderStart : 0,
      scripts: (e.scripts || []).map((s) => ({
        invoker: s.invoker,
        file: (s.sourceURL || '').split(/[?#]/)[0].split('/').pop() || '',
        at: s.sourceCharPosition,
        ms: s.duration
      }))
    }
  }

  function record() {
    const state = { last: 0, intervals: [], longTasks: [], loafs: [], running: true, observers: [] }
    const observe = (type, into) => {
      try {
        const po = new PerformanceObserver((list) => {
          for (const e of list.getEntries()) into.push(entryOf(e))
        })
        po.observe({ type, buffered: false })
        state.observers.push(po)
      } catch {
        // Not supported: reported as zero entries.
      }
    }
    observe('longtask', state.longTasks)
    observe('long-animation-frame', state.loafs)
    const tick = (t) => {
      if (!state.running) return
      if (state.last) state.intervals.push(t - state.last)
      state.last = t
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
    frames = state
    latencies = []
    armedAt = []
  }

  function stop() {
    const state = frames
    if (!state) return null
    state.running = false
    for (const po of state.observers) {
      for (const e of po.takeRecords()) void e
      po.disconnect()
    }
    frames = null
    return {
      intervals: state.intervals,
      longTasks: state.longTasks,
      loafs: state.loafs,
      latencies
    }
  }

  const snapshot = (el) => {
    const r = el.getBoundingClientRect()
    return { x: r.left, y: r.top, opacity: Number(getComputedStyle(el).opacity) }
  }

  /** Watches the element `selector` matches at the next keydown until it visibly moves. */
  function arm(selector) {
    armed = selector
    armedAt.push(performance.now())
  }

  const onInput = (event) => {
    if (!armed) return
    const el = document.querySelector(armed)
    armed = null
    if (!el) {
      latencies.push({ ms: null, frames: null })
      return
    }
    const t0 = event.timeStamp
    const before = snapshot(el)
    let count = 0
    const watch = () => {
      count += 1
      const now = snapshot(el)
      const moved =
        Math.abs(now.x - before.x) >= 0.5 ||
        Math.abs(now.y - before.y) >= 0.5 ||
        Math.abs(now.opacity - before.opacity) >= 0.01
      if (moved) latencies.push({ ms: performance.now() - t0, frames: count })
      else if (count >= 120) latencies.push({ ms: null, frames: null })
      else requestAnimationFrame(watch)
    }
    requestAnimationFrame(watch)
  }
  window.addEventListener('keydown', onInput, { capture: true })
  // A swipe: the first move of the finger (the slide should follow it, or start moving). A finger's
  // move fires pointermove before touchmove: the box is taken before a page's listeners of either.
  const onFinger = (event) => {
    if (event.pointerType === 'touch') onInput(event)
  }
  window.addEventListener('pointermove', onFinger, { capture: true, passive: true })
  window.addEventListener('touchmove', onInput, { capture: true, passive: true })

  let changes = 0
  let observed = null
  /** Slide changes so far. */
  function countChanges() {
    const diag = window.kioskDiagnostics
    if (diag && typeof diag.slideChanges === 'function') return diag.slideChanges()
    const stage = document.querySelector('[data-testid="stage"]')
    if (stage && stage !== observed) {
      observed = stage
      new MutationObserver((records) => {
        changes += records.length
      }).observe(stage, { attributes: true, attributeFilter: ['data-index'] })
    }
    return changes
  }

  /** Id of the slide on screen: the stage's data-slide (ours) or the slide's data-slide-id. */
  function slideId(selector) {
    const stage = document.querySelector('[data-testid="stage"]')
    if (stage) return stage.dataset.slide
    const el = document.querySelector(selector)
    return el ? el.dataset.slideId : null
  }

  Object.defineProperty(window, '__bench', {
    value: Object.freeze({ startup, record, stop, arm, changes: countChanges, slideId })
  })
})()
