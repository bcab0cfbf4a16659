/**
 * A chart's canvas before Chart.js draws on it. Part of the startup bundle (no Chart.js here):
 * the slide prepares the canvas a task before Chart.js is loaded into it.
 */

/** The pixel ratio every chart is drawn at: the device's, at least 1 (crisp at any density). */
export function chartPixelRatio(): number {
  return Math.max(1, window.devicePixelRatio || 1)
}

/** Chart.js's rounding of a box's side, to tenths of a pixel (its helpers' `round1`). */
const round1 = (v: number): number => Math.round(v * 10) / 10

/**
 * Gives `canvas` the size Chart.js will give it and makes its bitmap now, so that the task
 * Chart.js makes the chart in does not: at 4K the bitmap is some 11 MB, made and cleared, about
 * 40 ms of a chart's 80–200 ms making under a CPU slowed 4×. Chart.js sizes a responsive chart
 * without a kept aspect ratio to its parent's box (here one with no padding or border, see
 * ChartSlide): displayed at the box's size rounded to tenths of a pixel, drawn at that size
 * times `chartPixelRatio()`, rounded to tenths again and floored (its `retinaScale`). Set to
 * the size it has already, Chromium clears a 2D canvas instead of making a new bitmap. Should
 * the sizes ever differ, Chart.js sizes the canvas again, as it always did: nothing is drawn
 * wrong. {@link releaseCanvas} gives the bitmap back.
 */
export function prepareCanvas(canvas: HTMLCanvasElement): void {
  const box = canvas.parentElement?.getBoundingClientRect()
  if (!box || box.width === 0 || box.height === 0) return
  const ratio = chartPixelRatio()
  const width = round1(box.width)
  const height = round1(box.height)
  // Its display size as well: a canvas sized by its attributes alone would be drawn that many
  // CSS pixels wide (twice its box at 2×), over the slide, until the chart is made.
  canvas.style.width = `${width}px`
  canvas.style.height = `${height}px`
  canvas.height = Math.floor(round1(height * ratio))
  canvas.width = Math.floor(round1(width * ratio))
  // A bitmap is made only once something is drawn: clearing a pixel makes it. The context's
  // attributes are the defaults Chart.js takes it with, spelt out (the e2e tests tell this one
  // from Chart.js's by them).
  canvas.getContext('2d', { alpha: true })?.clearRect(0, 0, 1, 1)
}

/**
 * Gives a chart's canvas back at the default 300 × 150, with a bitmap that small and no display
 * size of its own: as Chart.js leaves a canvas it sized itself when it destroys the chart. Run
 * after `destroy()` (which puts back the attributes and style it found: those
 * {@link prepareCanvas} set, so the prepared bitmap is cleared once more before it goes) and
 * when a prepared chart is not made.
 */
export function releaseCanvas(canvas: HTMLCanvasElement): void {
  canvas.removeAttribute('width')
  canvas.removeAttribute('height')
  canvas.style.removeProperty('width')
  canvas.style.removeProperty('height')
}
