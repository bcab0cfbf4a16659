#!/usr/bin/env node
// @ts-check
/**
 * Builds the peer harness pages into bench/out/ (gitignored): the content pack
 * (resources/content/deck.json, Chinese) rendered by reveal.js and by Swiper, each with Chart.js
 * charts for the deck's chart slides, the same bundled fonts (@fontsource-variable) and nothing
 * from the network. Every file is copied from node_modules; the page markup is generated here.
 *
 *   bench/out/reveal/index.html   reveal.js (dist/reveal.js + reveal.css) + chart.umd.min.js
 *   bench/out/swiper/index.html   Swiper core + Autoplay + Keyboard (ESM) + chart.umd.min.js
 *   bench/out/shared/             fonts, chart.js, harness.css, harness.js (bench/peers/)
 *
 * Run by bench/run.mjs; `node bench/build-peers.mjs` builds them alone.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const OUT = join(ROOT, 'bench/out')
const NM = join(ROOT, 'node_modules')

/** @typedef {{ zh: string, en: string }} Localized */
/** @typedef {{ value: string, unit: Localized, prefix?: Localized }} Figure */
/**
 * The fields of the content pack the harness pages show (src/shared/content.ts has the schema).
 * @typedef {{
 *   id: string, type: string, duration?: number, kicker?: Localized, title?: Localized,
 *   subtitle?: Localized, lead?: Localized, number?: string, body?: Localized[],
 *   caption?: Localized, quote?: Localized, attribution?: Localized, source?: Localized,
 *   items?: { label: Localized, summary: Localized }[],
 *   stats?: { figure: Figure, label: Localized }[],
 *   highlights?: { figure: Figure, label: Localized }[],
 *   chart?: { kind: string, labels: Localized[], series: { label: Localized, values: (number | null)[] }[], unit: Localized, max?: number },
 *   events?: { date: Localized, title: Localized, text?: Localized }[],
 *   groups?: { title: Localized, items: { figure?: Figure, text: Localized }[] }[],
 *   credits?: { role: Localized, names: Localized }[]
 * }} Slide
 */
/** @typedef {{ defaultDuration?: number, title: Localized, slides: Slide[] }} Deck */

/** Versions of the peers, read from their installed package.json. */
export function peerVersions() {
  /** @param {string} name */
  const version = (name) =>
    /** @type {{ version: string }} */ (
      JSON.parse(readFileSync(join(NM, name, 'package.json'), 'utf8'))
    ).version
  return {
    'reveal.js': version('reveal.js'),
    swiper: version('swiper'),
    'chart.js': version('chart.js')
  }
}

/** @param {string} text */
const esc = (text) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c
  )

/** @param {Localized | undefined} l */
const zh = (l) => (l ? esc(l.zh) : '')

/** @param {string} tag @param {string} cls @param {Localized | undefined} l */
const el = (tag, cls, l) => (l ? `<${tag} class="${cls}">${zh(l)}</${tag}>` : '')

/** @param {Figure} f */
const figure = (f) =>
  `<span class="fig">${zh(f.prefix)}${esc(f.value)}<small>${zh(f.unit)}</small></span>`

/**
 * The slide's content as simple HTML (Chinese), its chart as an empty canvas the harness fills.
 * @param {Slide} s
 */
export function slideHtml(s) {
  const head = `${el('p', 'kicker', s.kicker)}${el('h2', 'headline', s.title)}${el('p', 'subhead', s.subtitle)}`
  switch (s.type) {
    case 'cover':
    case 'section':
      return `<div class="frame center">${s.number ? `<p class="number">${esc(s.number)}</p>` : ''}${head}${el('p', 'lead', s.lead)}</div>`
    case 'story':
      return `<div class="frame">${head}<div class="body">${(s.body ?? []).map((p) => `<p>${zh(p)}</p>`).join('')}</div>${el('p', 'caption', s.caption)}</div>`
    case 'hub':
      return `<div class="frame">${head}<ul class="cards">${(s.items ?? []).map((i) => `<li><b>${zh(i.label)}</b><span>${zh(i.summary)}</span></li>`).join('')}</ul></div>`
    case 'stats':
      return `<div class="frame">${head}<ul class="stats">${(s.stats ?? []).map((x) => `<li>${figure(x.figure)}<p>${zh(x.label)}</p></li>`).join('')}</ul></div>`
    case 'chart':
      return `<div class="frame">${head}<div class="chart-body"><div class="canvas-box"><canvas data-chart="${esc(s.id)}"></canvas></div><ul class="highlights">${(s.highlights ?? []).map((x) => `<li>${figure(x.figure)}<p>${zh(x.label)}</p></li>`).join('')}</ul></div>${el('p', 'caption', s.source)}</div>`
    case 'quote':
      return `<div class="frame center"><blockquote>${zh(s.quote)}</blockquote>${el('p', 'subhead', s.attribution)}</div>`
    case 'wall':
      return `<div class="frame">${head}<div class="wall">${(s.groups ?? []).map((g) => `<section><h3>${zh(g.title)}</h3><ul>${g.items.map((i) => `<li>${i.figure ? figure(i.figure) : ''}<p>${zh(i.text)}</p></li>`).join('')}</ul></section>`).join('')}</div></div>`
    case 'timeline':
      return `<div class="frame">${head}<ol class="timeline">${(s.events ?? []).map((e) => `<li><b>${zh(e.date)}</b><p>${zh(e.title)}</p>${el('small', '', e.text)}</li>`).join('')}</ol></div>`
    case 'credits':
      return `<div class="frame center">${head}${el('p', 'lead', s.lead)}<dl>${(s.credits ?? []).map((c) => `<dt>${zh(c.role)}</dt><dd>${zh(c.names)}</dd>`).join('')}</dl></div>`
    default:
      return `<div class="frame">${head}</div>`
  }
}

/**
 * The chart specs by slide id, for the harness script (same labels, series, unit and max).
 * @param {Deck} deck
 */
const chartSpecs = (deck) =>
  Object.fromEntries(deck.slides.filter((s) => s.type === 'chart').map((s) => [s.id, s.chart]))

/** @param {string} from @param {string} to */
function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true })
  cpSync(from, to, { recursive: true })
}

/**
 * Copies the @fontsource-variable CSS our renderer imports and the woff2 files it references.
 * @param {string} pkg e.g. 'noto-sans-sc'
 * @param {string} css the CSS file our renderer imports from the package
 */
function copyFonts(pkg, css) {
  const dir = join(NM, '@fontsource-variable', pkg)
  const text = readFileSync(join(dir, css), 'utf8')
  const target = join(OUT, 'shared/fonts', pkg)
  mkdirSync(join(target, 'files'), { recursive: true })
  writeFileSync(join(target, css), text)
  for (const [, file] of text.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g))
    if (file) cpSync(join(dir, 'files', file), join(target, 'files', file))
}

/**
 * @param {string} title
 * @param {string} head extra <head> content
 * @param {string} body
 */
const page = (title, head, body) => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="../shared/fonts/noto-sans-sc/index.css">
<link rel="stylesheet" href="../shared/fonts/source-sans-3/wght.css">
${head}
<link rel="stylesheet" href="../shared/harness.css">
</head>
<body>
${body}
</body>
</html>
`

/**
 * Builds bench/out/. Returns the versions of the peers.
 * @param {{ quiet?: boolean }} [options]
 */
export function buildPeers(options = {}) {
  /** @type {Deck} */
  const deck = JSON.parse(readFileSync(join(ROOT, 'resources/content/deck.json'), 'utf8'))
  const seconds = (/** @type {Slide} */ s) => s.duration ?? deck.defaultDuration ?? 8
  rmSync(OUT, { recursive: true, force: true })

  // Shared: fonts, chart.js (UMD), the harness script and styles, the chart specs.
  copyFonts('noto-sans-sc', 'index.css')
  copyFonts('source-sans-3', 'wght.css')
  copy(join(NM, 'chart.js/dist/chart.umd.min.js'), join(OUT, 'shared/chart.umd.min.js'))
  copy(join(ROOT, 'bench/peers/harness.css'), join(OUT, 'shared/harness.css'))
  copy(join(ROOT, 'bench/peers/harness.js'), join(OUT, 'shared/harness.js'))
  const specs = `<script type="application/json" id="charts">${JSON.stringify(chartSpecs(deck)).replace(/</g, '\\u003c')}</script>`
  const shared = `${specs}
<script src="../shared/chart.umd.min.js"></script>
<script src="../shared/harness.js"></script>`

  // reveal.js: its UMD build and core CSS (no theme: themes pull other fonts), one <section> a slide.
  const reveal = join(NM, 'reveal.js/dist')
  copy(join(reveal, 'reveal.js'), join(OUT, 'reveal/vendor/reveal.js'))
  copy(join(reveal, 'reveal.css'), join(OUT, 'reveal/vendor/reveal.css'))
  copy(join(ROOT, 'bench/peers/reveal-main.js'), join(OUT, 'reveal/main.js'))
  const revealSlides = deck.slides
    .map(
      (s) =>
        `<section data-slide-id="${esc(s.id)}" data-autoslide="${seconds(s) * 1000}">${slideHtml(s)}</section>`
    )
    .join('\n')
  writeFileSync(
    join(OUT, 'reveal/index.html'),
    page(
      `${deck.title.zh} · reveal.js`,
      '<link rel="stylesheet" href="vendor/reveal.css">',
      `<div class="reveal"><div class="slides">
${revealSlides}
</div></div>
${shared}
<script src="vendor/reveal.js"></script>
<script src="main.js"></script>`
    )
  )

  // Swiper: the ESM core with the Autoplay and Keyboard modules only (what a careful user imports).
  const swiper = join(NM, 'swiper')
  for (const file of [
    'swiper.min.mjs',
    'swiper.min.css',
    'shared/swiper-core.min.mjs',
    'shared/utils.min.mjs',
    'modules/autoplay.min.mjs',
    'modules/keyboard.min.mjs'
  ])
    copy(join(swiper, file), join(OUT, 'swiper/vendor/swiper', file))
  copy(join(ROOT, 'bench/peers/swiper-main.js'), join(OUT, 'swiper/main.js'))
  const swiperSlides = deck.slides
    .map(
      (s) =>
        `<div class="swiper-slide" data-slide-id="${esc(s.id)}" data-swiper-autoplay="${seconds(s) * 1000}">${slideHtml(s)}</div>`
    )
    .join('\n')
  writeFileSync(
    join(OUT, 'swiper/index.html'),
    page(
      `${deck.title.zh} · Swiper`,
      '<link rel="stylesheet" href="vendor/swiper/swiper.min.css">',
      `<div class="swiper"><div class="swiper-wrapper">
${swiperSlides}
</div></div>
${shared}
<script type="module" src="main.js"></script>`
    )
  )

  const versions = peerVersions()
  if (!options.quiet)
    console.log(
      `peer pages built in bench/out/ (reveal.js ${versions['reveal.js']}, swiper ${versions.swiper}, chart.js ${versions['chart.js']})`
    )
  return versions
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!existsSync(join(NM, 'reveal.js')) || !existsSync(join(NM, 'swiper'))) {
    console.error('reveal.js and swiper are devDependencies: run "npm install" first.')
    process.exit(1)
  }
  buildPeers()
}
