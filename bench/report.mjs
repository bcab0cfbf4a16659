// @ts-check
/**
 * Turns the raw measurements of bench/run.mjs into figures (medians, percentiles, ratios) and the
 * printed table: our figure, each peer's, and ours ÷ theirs.
 */

/** @param {number[]} values @param {number} p 0..100 (nearest rank) */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))])
}

/** @param {number[]} values */
export const median = (values) => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const a = sorted[mid - 1] ?? Number.NaN
  const b = sorted[mid] ?? Number.NaN
  return sorted.length % 2 ? b : (a + b) / 2
}

/** @param {number} a @param {number} b */
const ratio = (a, b) => (b === 0 ? (a === 0 ? 1 : Number.POSITIVE_INFINITY) : a / b)

/**
 * @typedef {{
 *   label: string,
 *   startup: { firstSlideReadyMs: number, fcpMs: number, fontsCount: number, fontsBytes: number,
 *     fontsAfterMark: number, scriptBytes: number, deckFontsBytes: number | null,
 *     runs: { firstSlideReadyMs: number | null, fcpMs: number | null }[] },
 *   smoothness: Smoothness,
 *   latency: Latency,
 *   touch: Latency,
 *   throttled: Record<string, Smoothness & { latency: Latency }>,
 *   memory: { early: import('./run.mjs').MemorySample, late: import('./run.mjs').MemorySample,
 *     heapRatio: number, dataRatio: number, objectsRatio: number, nodesGrowth: number,
 *     listenersGrowth: number, chartsGrowth: number,
 *     maxCharts: number, seconds: number },
 *   weight: { jsRaw: number, jsGzip: number, cssRaw: number, cssGzip: number, jsFiles: number,
 *     cssFiles: number },
 *   problems: string[]
 * }} SystemResult
 */

/**
 * @typedef {{ frames: number, p50: number, p95: number, max: number, over20: number,
 *   longTasks: number, longTaskMaxMs: number, loafs: number, loafBlockingMs: number,
 *   longFrames: LongFrames }} Smoothness
 * @typedef {{ count: number, ms: number, scriptMs: number, styleLayoutMs: number,
 *   scripts: { invoker: string, file: string, at: number, ms: number, count: number,
 *     hint?: string }[],
 *   longest: { change: number, sinceChangeMs: number, ms: number, scriptMs: number,
 *     styleLayoutMs: number }[] }} LongFrames
 * @typedef {{ samples: number, missed: number, p50Ms: number, p95Ms: number,
 *   p50Frames: number, maxFrames: number }} Latency
 * @typedef {import('./run.mjs').FrameRecord & { problems: string[] }} Recorded
 */

/** Frame intervals, long tasks and LoAFs of a recorded run. @param {Recorded} run @returns {Smoothness} */
function smoothnessOf(run) {
  return {
    frames: run.intervals.length,
    p50: percentile(run.intervals, 50),
    p95: percentile(run.intervals, 95),
    max: Math.max(0, ...run.intervals),
    over20: run.intervals.filter((i) => i > 20).length,
    longTasks: run.longTasks.length,
    longTaskMaxMs: Math.max(0, ...run.longTasks.map((t) => t.duration)),
    loafs: run.loafs.length,
    loafBlockingMs: run.loafs.reduce((n, l) => n + l.blocking, 0),
    longFrames: longFramesOf(run.loafs)
  }
}

/** A frame over this long is a long one (the long-task threshold). */
const LONG_FRAME_MS = 50

/**
 * Where the time of the long animation frames went: their scripts, summed by where their
 * function starts (the five largest), and their style and layout; and the three longest, with
 * the change they came in (the number of changes made when it started, 0 before the first) and
 * how long after its input.
 * @param {import('./run.mjs').FrameRecord['loafs']} loafs @returns {LongFrames}
 */
export function longFramesOf(loafs) {
  const long = loafs.filter((l) => l.duration > LONG_FRAME_MS)
  /** @type {Map<string, LongFrames['scripts'][number]>} */
  const by = new Map()
  for (const frame of long)
    for (const s of frame.scripts ?? []) {
      const key = `${s.invoker} ${s.file}:${s.at}`
      const sum = by.get(key) ?? { invoker: s.invoker, file: s.file, at: s.at, ms: 0, count: 0 }
      sum.ms += s.ms
      sum.count += 1
      by.set(key, sum)
    }
  const sum = (/** @type {number[]} */ list) => list.reduce((n, v) => n + v, 0)
  return {
    count: long.length,
    ms: sum(long.map((l) => l.duration)),
    scriptMs: sum(long.flatMap((l) => (l.scripts ?? []).map((s) => s.ms))),
    styleLayoutMs: sum(long.map((l) => l.styleLayout ?? 0)),
    scripts: [...by.values()].sort((a, b) => b.ms - a.ms).slice(0, 5),
    longest: [...long]
      .sort((a, b) => b.duration - a.duration)
      .slice(0, 3)
      .map((l) => ({
        change: l.change ?? 0,
        sinceChangeMs: l.sinceChange ?? 0,
        ms: l.duration,
        scriptMs: sum((l.scripts ?? []).map((s) => s.ms)),
        styleLayoutMs: l.styleLayout ?? 0
      }))
  }
}

/** Input latencies of a recorded run. @param {Recorded} run @returns {Latency} */
function latencyOf(run) {
  const nums = (/** @type {(number | null)[]} */ list) =>
    /** @type {number[]} */ (list.filter((v) => typeof v === 'number'))
  const latMs = nums(run.latencies.map((l) => l.ms))
  const latFrames = nums(run.latencies.map((l) => l.frames))
  return {
    samples: run.latencies.length,
    missed: run.latencies.length - latMs.length,
    p50Ms: percentile(latMs, 50),
    p95Ms: percentile(latMs, 95),
    p50Frames: percentile(latFrames, 50),
    maxFrames: Math.max(0, ...latFrames)
  }
}

/**
 * @param {string} label
 * @param {{
 *   startups: (import('./run.mjs').Startup & { problems: string[], scriptBytes: number })[],
 *   touch: Recorded,
 *   throttled: Record<string, Recorded>,
 *   deckFontsBytes: number | null,
 *   weight: { js: { raw: number, gzip: number, files: number },
 *     css: { raw: number, gzip: number, files: number } },
 *   smooth: import('./run.mjs').FrameRecord & { problems: string[] },
 *   memory: { early: import('./run.mjs').MemorySample, late: import('./run.mjs').MemorySample,
 *     seconds: number, problems: string[] }
 * }} raw
 * @returns {SystemResult}
 */
export function summarize(label, raw) {
  const { startups, weight, smooth, memory } = raw
  const nums = (/** @type {(number | null)[]} */ list) =>
    /** @type {number[]} */ (list.filter((v) => typeof v === 'number'))
  const { early, late } = memory
  /** @type {SystemResult['throttled']} */
  const throttled = {}
  for (const [id, run] of Object.entries(raw.throttled))
    throttled[id] = { ...smoothnessOf(run), latency: latencyOf(run) }
  return {
    label,
    startup: {
      firstSlideReadyMs: median(nums(startups.map((s) => s.firstSlideReady))),
      fcpMs: median(nums(startups.map((s) => s.fcp))),
      fontsCount: median(startups.map((s) => s.fonts.length)),
      fontsBytes: median(startups.map((s) => s.fonts.reduce((n, f) => n + f.bytes, 0))),
      fontsAfterMark: Math.max(...startups.map((s) => s.fontsAfterMark)),
      scriptBytes: median(startups.map((s) => s.scriptBytes)),
      deckFontsBytes: raw.deckFontsBytes,
      runs: startups.map((s) => ({ firstSlideReadyMs: s.firstSlideReady, fcpMs: s.fcp }))
    },
    smoothness: smoothnessOf(smooth),
    latency: latencyOf(smooth),
    touch: latencyOf(raw.touch),
    throttled,
    memory: {
      early,
      late,
      heapRatio: late.heap / early.heap,
      dataRatio: late.data / early.data,
      objectsRatio: late.objects / early.objects,
      nodesGrowth: late.nodes - early.nodes,
      listenersGrowth: late.listeners - early.listeners,
      chartsGrowth: late.charts - early.charts,
      maxCharts: Math.max(early.charts, late.charts),
      seconds: memory.seconds
    },
    weight: {
      jsRaw: weight.js.raw,
      jsGzip: weight.js.gzip,
      cssRaw: weight.css.raw,
      cssGzip: weight.css.gzip,
      jsFiles: weight.js.files,
      cssFiles: weight.css.files
    },
    problems: [
      ...new Set([
        ...startups.flatMap((s) => s.problems),
        ...smooth.problems,
        ...raw.touch.problems,
        ...Object.values(raw.throttled).flatMap((t) => t.problems),
        ...memory.problems
      ])
    ]
  }
}

/** @param {number} v @param {number} digits */
const fixed = (v, digits) => (Number.isFinite(v) ? v.toFixed(digits) : '—')
const whole = (/** @type {number} */ v) => fixed(v, 0)
const tenths = (/** @type {number} */ v) => fixed(v, 1)
const kb = (/** @type {number} */ bytes) => fixed(bytes / 1024, 1)
const mb = (/** @type {number} */ bytes) => fixed(bytes / 1024 / 1024, 2)

/**
 * A row of the table: its label, how to show a value, and the value of a system.
 * @typedef {[string, (v: number) => string, (r: SystemResult) => number]} Row
 */

/** Rows of the CPU-throttled runs, one block per screen. */
function throttledRows() {
  /** @type {Row[]} */
  const list = []
  for (const [id, name] of [
    ['uhd', '3840×2160 ×1'],
    ['fhdx2', '1920×1080 ×2']
  ]) {
    const t = (/** @type {SystemResult} */ r) => r.throttled?.[/** @type {string} */ (id)]
    list.push(
      [`CPU ×4, ${name}: frame p95 (ms)`, tenths, (r) => t(r)?.p95 ?? NaN],
      [`CPU ×4, ${name}: frames over 20 ms`, whole, (r) => t(r)?.over20 ?? NaN],
      [`CPU ×4, ${name}: long tasks`, whole, (r) => t(r)?.longTasks ?? NaN],
      [`CPU ×4, ${name}: longest task (ms)`, whole, (r) => t(r)?.longTaskMaxMs ?? NaN],
      [`CPU ×4, ${name}: key latency p50 (ms)`, tenths, (r) => t(r)?.latency.p50Ms ?? NaN]
    )
  }
  return list
}

/**
 * The two rows of a memory figure: after the early sample and after the late one.
 * @param {{ early: number, late: number }} n
 * @param {string} what
 * @param {string} unit shown in brackets after the label, or '' for a count
 * @param {(v: number) => string} show
 * @param {keyof import('./run.mjs').MemorySample} key
 * @returns {Row[]}
 */
function earlyAndLate(n, what, unit, show, key) {
  const suffix = unit ? ` (${unit})` : ''
  return [
    [`${what} after ${n.early}${suffix}`, show, (r) => r.memory.early[key]],
    [`${what} after ${n.late}${suffix}`, show, (r) => r.memory.late[key]]
  ]
}

/**
 * The rows of the table, in order.
 * @param {{ early: number, late: number }} n
 * @returns {Row[]}
 */
function rows(n) {
  return [
    ['startup: first slide ready (ms)', whole, (r) => r.startup.firstSlideReadyMs],
    ['startup: first contentful paint (ms)', whole, (r) => r.startup.fcpMs],
    ['startup: JS before first paint, gzip (KB)', kb, (r) => r.startup.scriptBytes],
    ['frame interval p50 (ms)', tenths, (r) => r.smoothness.p50],
    ['frame interval p95 (ms)', tenths, (r) => r.smoothness.p95],
    ['frame interval max (ms)', tenths, (r) => r.smoothness.max],
    ['frames over 20 ms', whole, (r) => r.smoothness.over20],
    ['long tasks (> 50 ms)', whole, (r) => r.smoothness.longTasks],
    ['long animation frames', whole, (r) => r.smoothness.loafs],
    ['input latency p50 (ms)', tenths, (r) => r.latency.p50Ms],
    ['input latency p95 (ms)', tenths, (r) => r.latency.p95Ms],
    ['input latency p50 (frames)', whole, (r) => r.latency.p50Frames],
    ['input latency max (frames)', whole, (r) => r.latency.maxFrames],
    ['touch swipe latency p50 (ms)', tenths, (r) => r.touch.p50Ms],
    ['touch swipe latency p50 (frames)', whole, (r) => r.touch.p50Frames],
    ...throttledRows(),
    ...earlyAndLate(n, 'JS heap', 'MB', mb, 'heap'),
    [`heap ratio ${n.late} / ${n.early}`, (v) => fixed(v, 3), (r) => r.memory.heapRatio],
    ...earlyAndLate(n, 'heap without code', 'MB', mb, 'data'),
    [`heap without code ratio`, (v) => fixed(v, 3), (r) => r.memory.dataRatio],
    ...earlyAndLate(n, 'JS objects', 'MB', mb, 'objects'),
    [`JS objects ratio`, (v) => fixed(v, 3), (r) => r.memory.objectsRatio],
    ...earlyAndLate(n, 'DOM nodes', '', whole, 'nodes'),
    [`elements in the document after ${n.late}`, whole, (r) => r.memory.late.elements],
    ...earlyAndLate(n, 'event listeners', '', whole, 'listeners'),
    ...earlyAndLate(n, 'live charts', '', whole, 'charts'),
    ['JS raw (KB)', kb, (r) => r.weight.jsRaw],
    ['JS gzip (KB)', kb, (r) => r.weight.jsGzip],
    ['CSS raw (KB)', kb, (r) => r.weight.cssRaw],
    ['CSS gzip (KB)', kb, (r) => r.weight.cssGzip],
    ['first-slide fonts (files)', whole, (r) => r.startup.fontsCount],
    ['first-slide fonts (KB)', kb, (r) => r.startup.fontsBytes]
  ]
}

/**
 * The printed table. Lower is better in every row; ratio = ours ÷ theirs, marked ▲ where ours is
 * more than 5 % (and more than a rounding step) worse.
 * @param {Record<string, SystemResult>} results
 * @param {{ early: number, late: number, changes: number, runs: number }} n
 */
export function formatTable(results, n) {
  const ours = results['ours']
  const peers = Object.entries(results).filter(([id]) => id !== 'ours')
  /** @type {string[]} */
  const header = ['metric', ours ? ours.label : '']
  for (const [, p] of peers) header.push(p.label, ours ? `ours÷${p.label}` : '')
  /** @type {string[][]} */
  const table = [header]
  for (const [label, show, value] of rows(n)) {
    const line = [label, ours ? show(value(ours)) : '']
    for (const [, p] of peers) {
      const theirs = value(p)
      line.push(show(theirs))
      if (!ours) {
        line.push('')
        continue
      }
      const mine = value(ours)
      const r = ratio(mine, theirs)
      const worse = r > 1.05 && show(mine) !== show(theirs)
      line.push(
        Number.isFinite(r) ? `${r.toFixed(2)}${worse ? ' ▲' : ''}` : `∞${worse ? ' ▲' : ''}`
      )
    }
    table.push(line)
  }
  const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)))
  const fmt = (/** @type {string[]} */ row) =>
    `| ${row.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`
  const lines = [fmt(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`]
  for (const row of table.slice(1)) lines.push(fmt(row))
  lines.push(
    '',
    `startup: median of ${n.runs} cold starts; frames and latency: ${n.changes} key-press slide changes;`,
    `memory: auto-play transitions under Playwright's clock, after a forced GC. Lower is better in`,
    `every row; ratio = ours ÷ theirs, ▲ = ours more than 5 % worse. Headless Chromium has no GPU:`,
    'compare ratios, not absolute times.'
  )
  for (const [id, r] of Object.entries(results))
    if (r.problems.length)
      lines.push(`page problems (${id}): ${r.problems.slice(0, 5).join(' | ')}`)
  return lines.join('\n')
}
