/**
 * Chart.js on demand. The startup bundle holds no charting code: the first slide paints without
 * it, then main.ts fetches it when the browser is idle (and draws one chart of each kind off the
 * page, at idle moments, so Chart.js's first-use set-up is done too): the first chart slide a
 * visitor reaches finds it loaded and draws at once.
 */
import { releaseCanvas } from './chart-canvas'

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

/** Whether a chart is drawn on `canvas` (never before Chart.js has loaded). */
export function hasChart(canvas: HTMLCanvasElement): boolean {
  return loaded?.Chart.getChart(canvas) !== undefined
}

/** Number of live Chart.js instances (0 before Chart.js has loaded). */
export function liveCharts(): number {
  return loaded ? loaded.liveCharts() : 0
}

/** Charts drawn off the page to set Chart.js up at idle (0 before Chart.js has loaded). */
export function chartWarmUps(): number {
  return loaded ? loaded.warmUps() : 0
}

/** The slides' own movements and fades (the track's children), still running. */
function slidesMoving(el: Element): Animation[] {
  const track = el.closest('[data-slide-index]')?.parentElement
  if (!track) return []
  return [...track.children].flatMap((slide) =>
    slide.getAnimations().filter((a) => a.playState === 'running' || a.pending)
  )
}

/**
 * Runs `task` once no slide of the track around `el` is moving or fading, and returns a
 * function that cancels it. Looked at again after each movement ends, since an interrupted one
 * ends early and another starts. No frame callback of its own (a hidden window runs no frames):
 * off a track (print, the presenter's previews) `task` runs in the next task; on one, it waits
 * for the slides' own animations to finish.
 *
 * Both ends of a chart's life wait for this. Creating a chart is the heaviest thing a slide does:
 * in the frame that starts a movement it would delay the movement and make a long task. And a
 * chart leaving stays drawn while its slide moves off, or, after a jump, stands under the slide
 * fading in.
 */
export function whenSlidesStand(el: Element, task: () => void): () => void {
  let waiting = true
  let timer: ReturnType<typeof setTimeout> | undefined
  const look = (): void => {
    if (!waiting) return
    // getAnimations brings style up to date: a movement started by this change is seen.
    const moving = slidesMoving(el)
    if (moving.length === 0) {
      waiting = false
      return task()
    }
    void Promise.all(moving.map((a) => a.finished.catch(() => undefined))).then(() => {
      if (waiting) timer = setTimeout(look, 0)
    })
  }
  timer = setTimeout(look, 0)
  return () => {
    waiting = false
    clearTimeout(timer)
  }
}

/**
 * Charts of slides being left, each destroyed once every slide stands, or at once when another
 * chart is about to be made, so there is never more than one. Destroying a chart in the frame a
 * press starts the movement in would both cost that frame and blank the chart on a slide still in
 * view.
 */
interface Retired {
  readonly canvas: HTMLCanvasElement
  destroy(): void
  /** Destroys it once the slides around its canvas stand. */
  wait(): void
  /** Stops waiting: a chart about to be made on its canvas destroys it. */
  hold(): void
}
const retiring = new Set<Retired>()

/**
 * Stops `chart`'s animation now and destroys it once the slides around `canvas` stand, giving the
 * canvas back at its default size.
 */
export function retireChart(
  chart: { stop(): unknown; destroy(): void },
  canvas: HTMLCanvasElement
): void {
  chart.stop()
  let cancel = (): void => undefined
  const retired: Retired = {
    canvas,
    destroy() {
      if (!retiring.delete(retired)) return
      cancel()
      chart.destroy()
      releaseCanvas(canvas)
    },
    wait() {
      cancel()
      cancel = whenSlidesStand(canvas, retired.destroy)
    },
    hold() {
      cancel()
      cancel = () => undefined
    }
  }
  retiring.add(retired)
  retired.wait()
}

/** Destroys every chart still waiting for the slides to stand (before a new chart is made). */
export function destroyRetiredCharts(): void {
  for (const retired of [...retiring]) retired.destroy()
}

/**
 * Holds the charts retired from `canvas` for a chart about to be made on it, which destroys them
 * in the task it is made in (destroyRetiredCharts): no task ends with the canvas cleared between
 * the two, so no frame can show it empty (the new chart's first frame, drawn from an animation
 * frame callback, may still grow from zero). Left to wait for the slides to stand, the old chart
 * of a language switch was destroyed a task before the new one was made. The returned function
 * lets them wait again, if the making is cancelled.
 */
export function holdRetiredCharts(canvas: Element): () => void {
  const held = [...retiring].filter((retired) => retired.canvas === canvas)
  for (const retired of held) retired.hold()
  return () => {
    for (const retired of held) if (retiring.has(retired)) retired.wait()
  }
}
