/**
 * Chart.js, tree-shaken: only the controllers, elements, scales and plugins the slides use are
 * registered, here and nowhere else. Charts are created by an attachment when their slide is
 * current and destroyed when it leaves, so no instance outlives its slide (and {@link warmUp}'s
 * off-page charts are destroyed as soon as they are drawn).
 *
 * This module is loaded on demand (./chart-loader.ts): Chart.js is not needed to paint the first
 * slide, so it stays out of the startup bundle and is fetched when the browser is idle.
 */
import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration
} from 'chart.js'
import { chartPixelRatio } from './chart-canvas'
import type { Chart as ChartSpec, Lang } from '@shared/content'

Chart.register(
  BarController,
  BarElement,
  DoughnutController,
  ArcElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Legend,
  Tooltip
)

export { Chart }

/** Series colours, in palette order. */
export const SERIES_COLORS = ['#eab54e', '#67a6ff', '#4fc3a8', '#ee6a4f'] as const
const TEXT = '#f6f0e4'
const TEXT_DIM = '#c3cad8'
const GRID = 'rgba(255,255,255,0.10)'

/** Number of live Chart.js instances (for tests and the memory benchmark). */
export function liveCharts(): number {
  return Object.keys(Chart.instances).length
}

/** Charts drawn by {@link warmUp} so far (for the end-to-end tests). */
let warmedUp = 0
export const warmUps = (): number => warmedUp

/**
 * Draws a chart once off the page (an OffscreenCanvas, no animation) and throws it away. Chart.js
 * compiles and sets itself up on first use, a task of about 60 ms here that otherwise comes when
 * the first chart slide a visitor reaches has stopped moving: done at idle instead.
 */
export function warmUp(spec: ChartSpec, lang: Lang): void {
  // Chart.js draws on an OffscreenCanvas (its basic platform); its types name DOM canvases only.
  const canvas = new OffscreenCanvas(960, 540) as unknown as HTMLCanvasElement
  const look = {
    unit: 0.5,
    accent: SERIES_COLORS[0],
    family: getComputedStyle(document.body).fontFamily,
    animate: false
  }
  let chart: Chart | null = null
  try {
    chart = new Chart(canvas, chartConfig(spec, lang, look))
    warmedUp += 1
  } finally {
    // Chart.js lists an instance before it draws: one that throws is taken off the list too.
    ;(chart ?? Chart.getChart(canvas))?.destroy()
  }
}

/** Marks a Chinese line may not begin with (closing punctuation) or end with (opening). */
const NO_LINE_START = new Set('，。、；：？！）》」』”’%％')
const NO_LINE_END = new Set('（《「『“‘')

/**
 * Breaks a category label into lines so that long labels never get cut off or rotated:
 * English at word boundaries; Chinese into as few lines of about `zhChars` characters as it
 * needs, of even length (8 characters at 7 a line: 4 and 4, not 7 and a lone 1), with no line
 * beginning with a closing mark or ending with an opening one (a mark kept with its neighbour
 * may make a line one longer).
 */
export function wrapLabel(text: string, lang: Lang, enChars = 18, zhChars = 8): string[] {
  if (lang === 'zh') {
    const chars = [...text]
    const count = Math.ceil(chars.length / zhChars)
    const lines: string[][] = []
    for (let i = 0; i < count; i++)
      lines.push(
        chars.slice(
          Math.round((i * chars.length) / count),
          Math.round(((i + 1) * chars.length) / count)
        )
      )
    for (let i = 1; i < lines.length; i++) {
      const [before, line] = [lines[i - 1]!, lines[i]!]
      while (line.length > 1 && NO_LINE_START.has(line[0]!)) before.push(line.shift()!)
      while (before.length > 1 && NO_LINE_END.has(before.at(-1)!)) line.unshift(before.pop()!)
    }
    return lines.map((line) => line.join(''))
  }
  const lines: string[] = []
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1)
    if (last !== undefined && (last + ' ' + word).length <= enChars)
      lines[lines.length - 1] = `${last} ${word}`
    else lines.push(word)
  }
  return lines
}

/** How a chart looks where it is drawn. */
export interface ChartLook {
  /** One stage unit in CSS pixels, so chart text follows the slide's type scale. */
  unit: number
  /** The slide's accent colour, the first series' colour. */
  accent: string
  /** The font stack of the text around the chart (the stylesheet's, for its language). */
  family: string
  animate: boolean
}

/** Builds the Chart.js configuration of a chart spec. */
export function chartConfig(
  spec: ChartSpec,
  lang: Lang,
  { unit, accent, family, animate }: ChartLook
): ChartConfiguration {
  const horizontal = spec.kind === 'horizontal-bar'
  const labels = spec.labels.map((l) =>
    horizontal ? wrapLabel(l[lang], lang, 16, 7) : wrapLabel(l[lang], lang, 24, 10)
  )
  const suffix = spec.unit[lang]
  const font = (size: number, weight = 500) => ({
    family,
    size: Math.round(size * unit),
    weight
  })
  const colors = [accent, ...SERIES_COLORS.filter((c) => c !== accent)]
  const datasets = spec.series.map((s, i) => ({
    label: s.label[lang],
    data: s.values,
    backgroundColor:
      spec.kind === 'doughnut'
        ? spec.labels.map((_, j) => colors[j % colors.length]!)
        : colors[i % colors.length]!,
    borderColor: spec.kind === 'line' ? colors[i % colors.length]! : 'transparent',
    borderRadius: spec.kind === 'doughnut' ? 0 : Math.round(8 * unit),
    borderWidth: spec.kind === 'line' ? Math.max(2, 5 * unit) : 0,
    maxBarThickness: Math.round(120 * unit),
    pointRadius: Math.round(8 * unit)
  }))
  const type = spec.kind === 'horizontal-bar' ? 'bar' : spec.kind
  const valueAxis = {
    beginAtZero: true,
    ...(spec.max !== undefined ? { max: spec.max } : {}),
    grid: { color: GRID },
    border: { display: false },
    ticks: {
      color: TEXT_DIM,
      font: font(24),
      padding: Math.round(12 * unit),
      // Level, always, and with room between them: where they do not all fit (a narrow portrait
      // chart), every other one is left out instead of the lot being slanted or crowded.
      maxRotation: 0,
      autoSkipPadding: Math.round(28 * unit),
      callback: (v: string | number) => `${v}${suffix && suffix.length <= 2 ? suffix : ''}`
    }
  }
  const categoryAxis = {
    grid: { display: false },
    border: { color: GRID },
    ticks: { color: TEXT, font: font(28, 600), padding: Math.round(12 * unit) }
  }
  return {
    type,
    data: { labels, datasets },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      // Crisp at any screen density: draw at the device pixel ratio.
      devicePixelRatio: chartPixelRatio(),
      animation: animate ? { duration: 900, easing: 'easeOutQuart' } : false,
      events: ['click'],
      layout: { padding: Math.round(8 * unit) },
      plugins: {
        legend: {
          display: spec.series.length > 1 || spec.kind === 'doughnut',
          position: 'top',
          align: 'start',
          labels: {
            color: TEXT,
            font: font(26),
            boxWidth: Math.round(28 * unit),
            boxHeight: Math.round(28 * unit),
            padding: Math.round(24 * unit),
            useBorderRadius: true,
            borderRadius: Math.round(6 * unit)
          }
        },
        tooltip: {
          enabled: true,
          backgroundColor: 'rgba(6,13,26,0.92)',
          titleFont: font(26, 600),
          bodyFont: font(26),
          padding: Math.round(18 * unit),
          cornerRadius: Math.round(12 * unit),
          callbacks: {
            label: (ctx) => `${ctx.dataset.label ?? ''}: ${ctx.formattedValue}${suffix}`
          }
        }
      },
      scales:
        spec.kind === 'doughnut'
          ? {}
          : horizontal
            ? { x: valueAxis, y: categoryAxis }
            : { x: categoryAxis, y: valueAxis }
    }
  } as ChartConfiguration
}
