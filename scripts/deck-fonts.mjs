// @ts-check
/**
 * Build-time font subsets of exactly the glyphs the bundled deck and the interface use.
 *
 * The sources are the fontsource variable fonts the app already bundles (Noto Sans SC, Source
 * Sans 3): full coverage, shipped as unicode-range slices. For every slice that holds a character
 * we need, harfbuzz (`subset-font`, its wasm build: no native code, no download step) cuts a
 * woff2 with only those characters, keeping the weight axis from 400 to 800 (the weights the CSS
 * uses), so one file serves every weight. Slices are subset one by one rather than merged:
 * harfbuzz cannot merge fonts, and unicode-range makes the browser fetch only the files whose
 * characters are on screen anyway.
 *
 * Two sets, so the first slide waits for as little as possible:
 *   `first` the deck's first slide, its title and the labels of the stage (the `UI` table of
 *           lib/ui-text.ts): preloaded (the neighbours mount after the first slide paints);
 *   `rest`  every other character of the deck and of the interface's source.
 *
 * The faces are declared as their own families, each set a family of its own ('Noto Sans SC Deck'
 * and 'Noto Sans SC Deck Rest'; 'Source Sans 3 Deck' and 'Source Sans 3 Deck Rest'), put before
 * the fontsource families in the font stacks (styles/app.css): a character a content pack adds is
 * outside every subset's unicode-range and still renders from the full fontsource slices. The
 * first set is a family of its own because a family's faces are all looked at when text is laid
 * out in it: with the rest's faces (not loaded yet at the first paint) in the same family, the
 * first slide's layout asked the font cache for every one of them, and the host for a system
 * font to stand in for each while it loads.
 *
 * Output goes to node_modules/.cache/deck-fonts (regenerated from whatever the deck is at each
 * build, cached by content): a CSS file the renderer imports as `virtual:deck-fonts.css`, which
 * Vite bundles with its woff2 files like any other CSS.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import subsetFont from 'subset-font'

const require = createRequire(import.meta.url)

/** The import the renderer uses for the generated CSS. */
export const DECK_FONTS_ID = 'virtual:deck-fonts.css'
/** The families' names for the app's script. */
export const DECK_FAMILIES_ID = 'virtual:deck-fonts'

/** Weights the stylesheets use (400 body … 800 figures); the axis is cut to this range. */
const WEIGHTS = { min: 400, max: 800 }

/**
 * The fonts to subset: the CSS family each set is declared as, the prefix of its files, and the
 * fontsource stylesheet that lists the slices it is cut from.
 */
const SOURCES = [
  {
    family: { first: 'Noto Sans SC Deck', rest: 'Noto Sans SC Deck Rest' },
    prefix: 'deck-sc',
    css: '@fontsource-variable/noto-sans-sc/wght.css',
    stack: '--font-deck-zh'
  },
  {
    family: { first: 'Source Sans 3 Deck', rest: 'Source Sans 3 Deck Rest' },
    prefix: 'deck-latin',
    css: '@fontsource-variable/source-sans-3/wght.css',
    stack: '--font-deck-latin'
  }
]

/** The first slide's families: the page's head script starts loading them (scripts/prerender.mjs). */
export const FIRST_SLIDE_FAMILIES = SOURCES.map((s) => s.family.first)

/**
 * The names are written here only. The stylesheet gets each font's two families as a custom
 * property (`--font-deck-zh`, `--font-deck-latin`: the start of the app's font stacks), the app's
 * script as `virtual:deck-fonts` (its families, to load the rest of them at idle).
 */
function familiesCss() {
  const stacks = SOURCES.map((s) => `  ${s.stack}: '${s.family.first}', '${s.family.rest}';`)
  return `:root {\n${stacks.join('\n')}\n}`
}
const familiesModule = () =>
  `export const DECK_FAMILIES = ${JSON.stringify(SOURCES.flatMap((s) => [s.family.first, s.family.rest]))}\n`

/** Characters always kept: printable ASCII and the typography the copy uses around it. */
const ALWAYS = String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i)) + '·–—‘’“”…×'

/** Every string in a JSON value. @param {unknown} value @param {string[]} into */
function strings(value, into = []) {
  if (typeof value === 'string') into.push(value)
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) strings(v, into)
  return into
}

/** Source files of the interface (non-test .ts/.svelte, recursively). @param {string} dir */
function sourceFiles(dir) {
  /** @type {string[]} */
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...sourceFiles(path))
    else if (/\.(ts|svelte|html)$/.test(entry.name) && !/\.test\.ts$/.test(entry.name))
      out.push(path)
  }
  return out
}

/** Characters other than ASCII in a text (the interface's strings, comments included). */
const nonAscii = (/** @type {string} */ text) => [...text].filter((c) => c.charCodeAt(0) > 0x7e)

/** The interface's strings table, relative to the repository root. */
const UI_TEXT = 'src/renderer/src/lib/ui-text.ts'

/**
 * The stage's labels: the `UI` table of the strings table (the presenter's, the admin's and the
 * notices' strings are never on the first slide, so they stay out of the preloaded set).
 * @param {string} source the strings table's source
 */
export function stageLabels(source) {
  const block = /^export const UI = \{$[\s\S]*?^\} as const/m.exec(source)
  if (!block) throw new Error(`${UI_TEXT}: no \`export const UI = {\` … \`} as const\` block`)
  return block[0]
}

/**
 * The two character sets, from the deck and the renderer's source.
 * @param {string} root repository root
 * @returns {{ first: Set<string>, rest: Set<string> }}
 */
export function deckCharacters(root) {
  /** @type {{ title: unknown, slides: unknown[] }} */
  const deck = JSON.parse(readFileSync(join(root, 'resources/content/deck.json'), 'utf8'))
  const labels = stageLabels(readFileSync(join(root, UI_TEXT), 'utf8'))
  const first = new Set([
    ...ALWAYS,
    ...strings([deck.title, deck.slides[0]]).join(''),
    ...nonAscii(labels)
  ])
  const rest = new Set([...strings(deck).join('')])
  for (const file of sourceFiles(join(root, 'src/renderer'))) {
    for (const c of nonAscii(readFileSync(file, 'utf8'))) rest.add(c)
  }
  for (const c of first) rest.delete(c)
  // Whitespace and controls need no glyph of their own beyond the space.
  for (const set of [first, rest]) for (const c of set) if (/[\n\r\t]/.test(c)) set.delete(c)
  return { first, rest }
}

/**
 * The slices of a fontsource stylesheet: file and unicode ranges.
 * @param {string} cssPath
 */
function slicesOf(cssPath) {
  const css = readFileSync(cssPath, 'utf8')
  return [...css.matchAll(/src: url\(\.\/files\/([^)]+)\)[^;]*;\s*unicode-range: ([^;]+);/g)].map(
    (m) => ({
      file: join(dirname(cssPath), 'files', /** @type {string} */ (m[1])),
      ranges: /** @type {string} */ (m[2]).split(',').map((r) => {
        const [a = '0', b] = r.trim().replace(/^U\+/i, '').split('-')
        return [parseInt(a, 16), parseInt(b ?? a, 16)]
      })
    })
  )
}

/** A CSS unicode-range of exactly these code points (runs merged). @param {number[]} cps */
export function unicodeRange(cps) {
  const sorted = [...new Set(cps)].sort((a, b) => a - b)
  /** @type {string[]} */
  const parts = []
  for (let i = 0; i < sorted.length;) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === /** @type {number} */ (sorted[j]) + 1) j++
    const hex = (/** @type {number} */ n) => n.toString(16)
    const a = /** @type {number} */ (sorted[i])
    const b = /** @type {number} */ (sorted[j])
    parts.push(a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)
    i = j + 1
  }
  return parts.join(',')
}

/**
 * Writes the subsets and their CSS into `outDir`; returns the CSS path and the files.
 * @param {string} root repository root
 * @param {string} outDir
 * @param {(message: string) => void} [log]
 */
export async function buildDeckFonts(root, outDir, log = () => {}) {
  mkdirSync(outDir, { recursive: true })
  const sets = deckCharacters(root)
  const version = /** @type {{ version: string }} */ (require('subset-font/package.json')).version
  const rules = []
  /** @type {{ file: string, set: 'first' | 'rest', bytes: number }[]} */
  const files = []
  let made = 0
  for (const source of SOURCES) {
    const cssPath = require.resolve(source.css)
    for (const [index, slice] of slicesOf(cssPath).entries()) {
      for (const set of /** @type {const} */ (['first', 'rest'])) {
        const cps = [...sets[set]]
          .map((c) => /** @type {number} */ (c.codePointAt(0)))
          .filter((cp) => slice.ranges.some(([a = 0, b = 0]) => cp >= a && cp <= b))
        if (cps.length === 0) continue
        const text = String.fromCodePoint(...cps.sort((a, b) => a - b))
        const input = readFileSync(slice.file)
        const key = createHash('sha256')
          .update(version)
          .update(JSON.stringify(WEIGHTS))
          .update(input)
          .update(text)
          .digest('hex')
          .slice(0, 16)
        const name = `${source.prefix}-${set}-${index}-${key}.woff2`
        const path = join(outDir, name)
        if (!existsSync(path)) {
          const font = await subsetFont(input, text, {
            targetFormat: 'woff2',
            variationAxes: { wght: WEIGHTS }
          })
          writeFileSync(path, font)
          made++
        }
        files.push({ file: name, set, bytes: readFileSync(path).length })
        rules.push(
          `@font-face {
  font-family: '${source.family[set]}';
  font-style: normal;
  font-display: swap;
  font-weight: ${WEIGHTS.min} ${WEIGHTS.max};
  src: url('./${name}') format('woff2');
  unicode-range: ${unicodeRange(cps)};
}`
        )
      }
    }
  }
  const header = `/* Generated by scripts/deck-fonts.mjs from ${relative(root, join(root, 'resources/content/deck.json'))}: do not edit. */\n`
  const cssFile = join(outDir, 'deck-fonts.css')
  writeFileSync(cssFile, header + [familiesCss(), ...rules].join('\n') + '\n')
  const total = (/** @type {string} */ set) =>
    files.filter((f) => f.set === set).reduce((n, f) => n + f.bytes, 0)
  log(
    `deck fonts: ${files.length} files (${made} new), first ${(total('first') / 1024).toFixed(1)} KB, rest ${(total('rest') / 1024).toFixed(1)} KB`
  )
  return { cssFile, files }
}

/**
 * The Vite plugin: builds the subsets before the renderer is bundled, resolves
 * `virtual:deck-fonts.css` to the generated stylesheet and `virtual:deck-fonts` to the families'
 * names, and preloads the `first` set's files from index.html in a production build.
 * @param {string} root repository root
 * @returns {import('vite').Plugin}
 */
export function deckFonts(root) {
  const outDir = join(root, 'node_modules/.cache/deck-fonts')
  /** @type {Promise<{ cssFile: string }> | null} */
  let built = null
  const build = (/** @type {(m: string) => void} */ log) =>
    (built ??= buildDeckFonts(root, outDir, log))
  return {
    name: 'deck-fonts',
    async buildStart() {
      await build((m) => this.info(m))
    },
    async resolveId(id) {
      if (id === DECK_FAMILIES_ID) return `\0${DECK_FAMILIES_ID}`
      if (id !== DECK_FONTS_ID) return null
      return (await build(() => {})).cssFile
    },
    load(id) {
      return id === `\0${DECK_FAMILIES_ID}` ? familiesModule() : null
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return []
        // The first set's woff2 files as Vite named them (assets/deck-*-first-N-…-hash.woff2).
        return Object.keys(ctx.bundle)
          .filter((f) => /\/deck-[a-z]+-first-\d+-[0-9a-f]+-[\w-]+\.woff2$/.test(f))
          .sort()
          .map((f) => ({
            tag: 'link',
            attrs: {
              rel: 'preload',
              as: 'font',
              type: 'font/woff2',
              crossorigin: '',
              href: `./${f}`
            },
            injectTo: 'head'
          }))
      }
    }
  }
}
