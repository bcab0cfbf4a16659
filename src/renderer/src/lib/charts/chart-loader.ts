/**
 * Chart.js on demand. The startup bundle holds no charting code: the first slide paints without
 * it, then main.ts fetches it when the browser is idle (and draws one chart of each kind off the
 * page, at idle moments, so Chart.js's first-use set-up is done too): the first chart slide a
 * visitor reaches finds it loaded and draws at once.
 */
type Charts = typeof import('./charts')

let loading: Promise<Charts> | null = null
let loaded: Charts | null = null

/** Loads Chart.js and the chart configuration (once). */
export function loadCharts(): Promise<Charts> {
  loading ??= import('./charts').then((m) => (loaded = m))
  return loading
}

/** The chart module if it has loaded already, so a chart can be created without waiting. */
export function chartsIfLoaded(): Charts | null {
  return loaded
}

/** Number of live Chart.js instances (0 before Chart.js has loaded). */
export function liveCharts(): number {
  return loaded ? loaded.liveCharts() : 0
}

/** Charts drawn off the page to set Chart.js up at idle (0 before Chart.js has loaded). */
export function chartWarmUps(): number {
  return loaded ? loaded.warmUps() : 0
}

/**
 * Runs `task` once the slide the element sits on has finished moving (its CSS transitions are
 * over), then after the frame: creating a chart is the heaviest thing a slide does, and done in
 * the frame that starts the transition it delays the movement and can make a long task.
 */
export function afterSlideSettles(el: Element, task: () => void): () => void {
  let cancelled = false
  const run = (): void => {
    if (!cancelled) task()
  }
  const frame = requestAnimationFrame(() => {
    const slide = el.closest('.slide') ?? el
    const moving = slide.getAnimations().map((a) => a.finished.catch(() => undefined))
    void Promise.all(moving).then(() => setTimeout(run, 0))
  })
  return () => {
    cancelled = true
    cancelAnimationFrame(frame)
  }
}

/**
 * Charts of slides being left: each stays drawn while the slides move (its own slide moving off,
 * or, after a jump, standing under the slide fading in), and is destroyed once every slide has
 * stopped, or at once when another chart is about to be made, so there is never more than one.
 * Destroying a chart in the frame a press starts the movement in would both cost that frame and
 * blank the chart on a slide still in view.
 */
const retiring = new Set<() => void>()

/** The slides' own movements and fades (the track's children), still running. */
function slidesMoving(el: Element): Animation[] {
  const track = el.closest('[data-slide-index]')?.parentElement
  if (!track) return []
  return [...track.children].flatMap((slide) =>
    slide.getAnimations().filter((a) => a.playState === 'running' || a.pending)
  )
}

/**
 * Stops `chart`'s animation now and destroys it once the slides around `canvas` stand: looked at
 * again after each movement ends, since an interrupted one ends early and another starts. Timers
 * only, no frame callbacks: a hidden window (printing) runs no frames.
 */
export function retireChart(chart: { stop(): unknown; destroy(): void }, canvas: Element): void {
  chart.stop()
  let timer: ReturnType<typeof setTimeout> | undefined
  const destroy = (): void => {
    if (!retiring.delete(destroy)) return
    clearTimeout(timer)
    chart.destroy()
  }
  const look = (): void => {
    if (!retiring.has(destroy)) return
    // getAnimations brings style up to date: a movement started by this change is seen.
    const moving = slidesMoving(canvas)
    if (moving.length === 0) return destroy()
    void Promise.all(moving.map((a) => a.finished.catch(() => undefined))).then(
      () => (timer = setTimeout(look, 0))
    )
  }
  retiring.add(destroy)
  timer = setTimeout(look, 0)
}

/** Destroys every chart still waiting for the slides to stand (before a new chart is made). */
export function destroyRetiredCharts(): void {
  for (const destroy of [...retiring]) destroy()
}
