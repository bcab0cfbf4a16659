/**
 * Shared runtime of the peer harness pages (reveal.js, Swiper), a classic browser script loaded
 * after Chart.js's UMD build. It gives the peers what our app has, the same way:
 *   - the Chart.js configuration of a chart slide (same labels, series, colours, fonts, 900 ms
 *     animation) — bench/build-peers.mjs embeds the specs from resources/content/deck.json;
 *   - the performance mark `kiosk:first-slide-ready` (fonts ready, then two frames), as
 *     src/renderer/src/components/ShowView.svelte sets it;
 *   - window.kioskDiagnostics.liveCharts() (Chart.instances) and a slide-change counter.
 * Page options: ?autoplay=1 plays by itself (the attract loop), ?instant=1 turns transitions off.
 */
;(function () {
  const params = new URLSearchParams(location.search)
  const specs = JSON.parse(document.getElementById('charts').textContent)
  const COLORS = ['#eab54e', '#67a6ff', '#4fc3a8', '#ee6a4f']
  const FONT = "'Noto Sans SC Variable', sans-serif"

  /**
   * The 1920×1080 stage at the window's size, as our stage and reveal.js show it (reveal.js
   * scales its slides itself). Swiper lays its slides out at the window's size and leaves their
   * content as written, 1 px a stage unit: on a 3840×2160 window its slides were drawn at a
   * quarter of the area the others fill, so each of its frames composited mostly empty tiles.
   * Its frames are zoomed to the window (harness.css), and every peer's charts are drawn at the
   * screen's pixels, as ours are. The factor is reveal.js's own scale (its default `minScale`
   * and `maxScale`, 0.2 and 2, rounded to hundredths).
   */
  const stageScale =
    Math.round(Math.min(2, Math.max(0.2, Math.min(innerWidth / 1920, innerHeight / 1080))) * 100) /
    100
  document.documentElement.style.setProperty('--stage-zoom', String(stageScale))

  /** Chinese every `n` characters, as the app wraps its category labels. */
  const wrap = (text, n) => {
    const lines = []
    for (let i = 0; i < text.length; i += n) lines.push(text.slice(i, i + n))
    return lines
  }

  function chartConfig(spec) {
    const horizontal = spec.kind === 'horizontal-bar'
    const suffix = spec.unit.zh
    const font = (size, weight = 500) => ({ family: FONT, size, weight })
    const valueAxis = {
      beginAtZero: true,
      max: spec.max,
      grid: { color: 'rgba(255,255,255,0.10)' },
      border: { display: false },
      ticks: {
        color: '#c3cad8',
        font: font(24),
        padding: 12,
        callback: (v) => `${v}${suffix && suffix.length <= 2 ? suffix : ''}`
      }
    }
    const categoryAxis = {
      grid: { display: false },
      border: { color: 'rgba(255,255,255,0.10)' },
      ticks: { color: '#f6f0e4', font: font(28, 600), padding: 12 }
    }
    return {
      type: horizontal ? 'bar' : spec.kind,
      data: {
        labels: spec.labels.map((l) => wrap(l.zh, horizontal ? 7 : 10)),
        datasets: spec.series.map((s, i) => ({
          label: s.label.zh,
          data: s.values,
          backgroundColor:
            spec.kind === 'doughnut'
              ? spec.labels.map((_, j) => COLORS[j % COLORS.length])
              : COLORS[i % COLORS.length],
          borderColor: spec.kind === 'line' ? COLORS[i % COLORS.length] : 'transparent',
          borderRadius: spec.kind === 'doughnut' ? 0 : 8,
          borderWidth: spec.kind === 'line' ? 5 : 0,
          maxBarThickness: 120,
          pointRadius: 8
        }))
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        devicePixelRatio: Math.max(1, window.devicePixelRatio || 1) * stageScale,
        animation: { duration: 900, easing: 'easeOutQuart' },
        events: ['click'],
        layout: { padding: 8 },
        plugins: {
          legend: {
            display: spec.series.length > 1 || spec.kind === 'doughnut',
            position: 'top',
            align: 'start',
            labels: { color: '#f6f0e4', font: font(26), boxWidth: 28, boxHeight: 28, padding: 24 }
          },
          tooltip: { enabled: true, titleFont: font(26, 600), bodyFont: font(26), padding: 18 }
        },
        scales:
          spec.kind === 'doughnut'
            ? {}
            : horizontal
              ? { x: valueAxis, y: categoryAxis }
              : { x: categoryAxis, y: valueAxis }
      }
    }
  }

  /**
   * The chart of the slide element `slide` is showing, created now; null when it has none.
   * Chart.js sizes its first draw by its box's getBoundingClientRect, which counts reveal.js's
   * scale transform and Swiper's zoom (at 4K the first canvas had 4× the pixels), and then its
   * ResizeObserver sees the box's own size and draws again. The first draw is given the box's
   * own size (the rectangle without the stage's scale), so it is the size the chart keeps.
   */
  function createChart(slide) {
    const canvas = slide && slide.querySelector('canvas[data-chart]')
    if (!canvas) return null
    const box = canvas.parentNode
    const rect = box.getBoundingClientRect()
    box.getBoundingClientRect = () => ({
      width: rect.width / stageScale,
      height: rect.height / stageScale
    })
    try {
      return new Chart(canvas, chartConfig(specs[canvas.dataset.chart]))
    } finally {
      delete box.getBoundingClientRect
    }
  }

  let current = null
  let shown = null
  let changes = 0
  /**
   * The careful lifecycle: the current slide's chart exists, any other is destroyed — called on
   * the peer's slide-change event with the slide element now current.
   */
  function showSlide(slide) {
    shown = slide
    if (current) current.destroy()
    current = createChart(slide)
  }

  window.benchPeer = {
    autoplay: params.get('autoplay') === '1',
    instant: params.get('instant') === '1',
    showSlide,
    /** A slide-change event: counted (and the chart changed) only if another slide is up. */
    slideChanged(slide) {
      // Before the first slide is up (Swiper's loop set-up changes slide before `init`): no count.
      if (!shown) return showSlide(slide)
      if (slide === shown || (slide && slide.dataset.slideId === shown.dataset.slideId)) return
      changes += 1
      showSlide(slide)
    },
    /** Sets the first-slide mark as our app does: fonts ready, then two frames. */
    markFirstSlide() {
      void document.fonts.ready.then(() =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => performance.mark('kiosk:first-slide-ready'))
        )
      )
    }
  }

  Object.defineProperty(window, 'kioskDiagnostics', {
    value: Object.freeze({
      liveCharts: () => Object.keys(Chart.instances).length,
      slideChanges: () => changes
    })
  })
})()
