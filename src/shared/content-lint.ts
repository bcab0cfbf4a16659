/**
 * Editorial rules for the text of a deck, beyond what the schema can say: full-width punctuation
 * in Chinese, no relative dates, one English rendering per glossary term, slides that can be read
 * in the time the attract loop gives them, short English, and presenter notes that add context.
 *
 * These are warnings, not errors: a pack that breaks them still loads (a visitor sees text rather
 * than nothing), but `npm run content:check` lists them and the bundled pack must have none.
 *
 * Pure TypeScript: imports nothing from electron, node:* or the DOM.
 */
import * as v from 'valibot'
import { describePlace, type Deck, type Localized, type Slide } from './content'

/** Calm reading pace for Chinese on a wall screen, in characters a second. */
export const ZH_CHARS_PER_SECOND = 6
/** Seconds a slide's figures (count-up) or chart (bar animation) need before they can be read. */
export const FIGURE_SETTLE_SECONDS = 1.5
/** English words one slide should stay within, so it can be taken in while standing. */
export const EN_WORDS_AIM = 60
/** English words one slide must never exceed. */
export const EN_WORDS_MAX = 90
/** Length of a presenter note in Chinese characters: enough context, short enough to say. */
export const NOTE_ZH_MIN = 60
export const NOTE_ZH_MAX = 150
/** Share of a note's character 4-grams found on its slide above which it only repeats the slide. */
export const NOTE_REPEAT_RATIO = 0.6

/**
 * Where a text is seen. `shown`: on the slide in the loop. `tap`: one tap away behind a visible
 * cue (a stat's ＋ detail). `hidden`: in the pack but drawn by no layout (a chart highlight's
 * detail, the legend of a one-series chart). `notes`: the presenter's screen only.
 */
export type Visibility = 'shown' | 'tap' | 'hidden' | 'notes'

/** One bilingual text of a deck, with where it sits and who sees it. */
export interface DeckText {
  slide: string
  /** JSON path, e.g. `$.slides[4].stats[1].detail`. */
  path: string
  visibility: Visibility
  text: Localized
}

function isLocalized(node: unknown): node is Localized {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return false
  const keys = Object.keys(node)
  return keys.length === 2 && keys.includes('zh') && keys.includes('en')
}

/** Figure units and prefixes are part of a number, not prose. */
const NOT_PROSE = new Set(['unit', 'prefix'])

function visibilityOf(slide: Slide, path: string[]): Visibility {
  const last = path.at(-1)
  if (path[0] === 'notes') return 'notes'
  if (slide.type === 'stats' && path[0] === 'stats' && last === 'detail') return 'tap'
  if (slide.type === 'chart' && path[0] === 'highlights' && last === 'detail') return 'hidden'
  if (slide.type === 'chart' && path.includes('series') && slide.chart.series.length < 2) {
    return slide.chart.kind === 'doughnut' ? 'shown' : 'hidden'
  }
  return 'shown'
}

/** Every bilingual text of one slide (figure units aside); `index` is its place in the deck. */
export function slideTexts(slide: Slide, index: number): DeckText[] {
  const out: DeckText[] = []
  const visit = (node: unknown, keys: string[], path: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, j) => visit(item, keys, `${path}[${j}]`))
      return
    }
    if (!node || typeof node !== 'object') return
    if (isLocalized(node)) {
      out.push({ slide: slide.id, path, visibility: visibilityOf(slide, keys), text: node })
      return
    }
    for (const [key, value] of Object.entries(node)) {
      if (!NOT_PROSE.has(key)) visit(value, [...keys, key], `${path}.${key}`)
    }
  }
  visit(slide, [], `$.slides[${index}]`)
  return out
}

/** Every bilingual text of the deck's slides (figure units aside), in slide order. */
export function deckTexts(deck: Pick<Deck, 'slides'>): DeckText[] {
  return deck.slides.flatMap((slide, i) => slideTexts(slide, i))
}

/** One glossary entry: a Chinese term and the one English rendering every slide uses for it. */
export const GlossaryEntrySchema = v.strictObject({
  zh: v.pipe(v.string(), v.nonEmpty()),
  /** Other Chinese spellings of the same term (双创 for 双创建). */
  alsoZh: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
  /** The rendering; an English text beside the term must contain it (case and hyphens aside). */
  en: v.pipe(v.string(), v.nonEmpty()),
  /** Renderings found before and not to be used again, anywhere in English. */
  avoid: v.optional(v.array(v.pipe(v.string(), v.nonEmpty()))),
  /** What the term means, for translators and presenters. */
  note: v.pipe(v.string(), v.nonEmpty())
})
export const GlossarySchema = v.strictObject({
  $comment: v.optional(v.string()),
  terms: v.array(GlossaryEntrySchema)
})
export type Glossary = v.InferOutput<typeof GlossarySchema>

/** One editorial problem: the slide, the JSON path and what to do about it. */
export interface LintWarning {
  slide: string
  path: string
  message: string
}

/**
 * Renders a warning as `place: message` (`slide 5 ("guarantee-planning"), title.zh: …`), the
 * format the checker prints after `warning:`.
 */
export function formatWarning(w: LintWarning): string {
  return `${describePlace(w.path, w.slide)}: ${w.message}`
}

/** Half-width marks that belong in English only, with the full-width mark Chinese uses. */
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
  '"': '“”'
}

/**
 * A Chinese text with half-width punctuation made full-width and hyphens in number ranges made
 * dashes: how the scraped article is compared with the slides.
 */
export function toFullWidth(zh: string): string {
  return zh.replace(/(\d)\s*[-–~～]\s*(\d)/g, '$1—$2').replace(/[,;:()?!]/g, (c) => FULL_WIDTH[c]!)
}

/** Half-width punctuation in a Chinese text, as messages. */
export function punctuationProblems(zh: string): string[] {
  const found = new Set<string>()
  const chars = [...zh]
  chars.forEach((ch, i) => {
    // Between Latin letters or digits it belongs to a name or number: content:check, 10:30.
    const inWord = /[A-Za-z0-9]/.test(chars[i - 1] ?? '') && /[A-Za-z0-9]/.test(chars[i + 1] ?? '')
    if (FULL_WIDTH[ch] && !inWord) found.add(`"${ch}" (use ${FULL_WIDTH[ch]})`)
  })
  if (/\d\s*[-–~～]\s*\d/.test(zh)) found.add('a hyphen in a range (use — as in 2022—2030年)')
  if (/[\u4e00-\u9fff]\./.test(zh)) found.add('"." after Chinese (use 。)')
  return [...found]
}

/** Full-width Chinese punctuation that slipped into an English text. */
export function englishPunctuationProblems(en: string): string[] {
  return [...new Set(en.match(/[，。；：（）？！、《》【】]/g) ?? [])].map((c) => `"${c}"`)
}

const CN_NUM = '[一二两三四五六七八九十\\d]+'
const ZH_RELATIVE = /今年|去年|明年|前年|本年|今天|如今|目前|现在|近日|日前|上个?月|本月|下个?月/g
const ZH_SPAN = new RegExp(`近${CN_NUM}年|连续${CN_NUM}年`, 'g')
const ZH_BARE_MONTH = /(?<![\d年—–-])\d{1,2}月(?:\d{1,2}日)?/g
const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December'
const EN_RELATIVE =
  /\b(?:this|last|next) (?:year|month|week|spring|summer|autumn|winter)\b|\btoday\b|\bnowadays\b|\bcurrently\b|\bat present\b|\brecently\b|\bnow\b|\bso far\b/gi
const EN_SPAN =
  /\b(?:past|last|recent) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) years\b|\b(?:two|three|four|five|\d+) (?:consecutive )?years (?:running|in a row)\b/gi
const EN_BARE_DATE = new RegExp(`\\b(?:${MONTHS})\\b(?!,? \\d{4})(?! \\d{1,2},? \\d{4})`, 'g')
const YEAR_ZH = /\d{4}年/
const YEAR_EN = /\b(?:19|20)\d{2}\b/

/** Dates that go stale or float free of a year, in one text. */
export function relativeDateProblems(text: Localized): string[] {
  const out: string[] = []
  for (const m of text.zh.match(ZH_RELATIVE) ?? []) out.push(`zh "${m}" (write the year)`)
  for (const m of text.zh.match(ZH_BARE_MONTH) ?? []) out.push(`zh "${m}" has no year`)
  if (!YEAR_ZH.test(text.zh)) {
    for (const m of text.zh.match(ZH_SPAN) ?? []) out.push(`zh "${m}" needs the year it runs to`)
  }
  for (const m of text.en.match(EN_RELATIVE) ?? []) out.push(`en "${m}" (write the year)`)
  for (const m of text.en.match(EN_BARE_DATE) ?? []) out.push(`en "${m}" has no year`)
  if (!YEAR_EN.test(text.en)) {
    for (const m of text.en.match(EN_SPAN) ?? []) out.push(`en "${m}" needs the year it runs to`)
  }
  return out
}

/** Lower case, hyphens and curly quotes as plain spaces and quotes: how renderings are compared. */
const fold = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[-‑–]/g, ' ')
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')

/**
 * English texts that render a glossary term differently, or use an avoided rendering. Longer
 * terms are matched first and hide the shorter terms inside them (更高质量发展 is not 高质量发展).
 */
export function glossaryProblems(text: Localized, glossary: Glossary): string[] {
  const out: string[] = []
  const en = fold(text.en)
  const spellings = glossary.terms
    .flatMap((term) => [term.zh, ...(term.alsoZh ?? [])].map((zh) => ({ zh, term })))
    .sort((a, b) => b.zh.length - a.zh.length)
  let zh = text.zh
  const missing = new Set<string>()
  for (const { zh: spelling, term } of spellings) {
    if (!zh.includes(spelling)) continue
    zh = zh.split(spelling).join('\u25a1')
    if (!en.includes(fold(term.en)) && !missing.has(term.zh)) {
      missing.add(term.zh)
      out.push(`"${spelling}" is rendered "${term.en}" (glossary), not found in the English`)
    }
  }
  for (const term of glossary.terms) {
    for (const bad of term.avoid ?? []) {
      if (new RegExp(`\\b${escapeRe(fold(bad))}\\b`).test(en)) {
        out.push(`"${bad}" is not used for ${term.zh}: write "${term.en}" (glossary)`)
      }
    }
  }
  return out
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Characters a reader reads: letters and digits, not punctuation or spaces. */
export const readChars = (s: string): number => (s.match(/[\p{L}\p{N}]/gu) ?? []).length

/** English words: runs of non-space containing a letter or digit. */
export const words = (s: string): number =>
  s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length

function hasFigures(slide: Slide): boolean {
  switch (slide.type) {
    case 'stats':
    case 'chart':
      return true
    case 'wall':
      return slide.groups.some((g) => g.items.some((i) => i.figure))
    default:
      return false
  }
}

/** The figures' digits and units as the visitor sees them (they are read too). */
function figureText(slide: Slide, lang: 'zh' | 'en'): string[] {
  const out: string[] = []
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    const o = node as Record<string, unknown>
    if (typeof o.value === 'string' && o.unit && typeof o.unit === 'object') {
      const unit = (o.unit as Record<string, string>)[lang] ?? ''
      const prefix = (o.prefix as Record<string, string> | undefined)?.[lang] ?? ''
      out.push(`${prefix}${o.value}${unit}`)
      return
    }
    for (const [key, value] of Object.entries(o)) if (key !== 'notes') visit(value)
  }
  visit(slide)
  return out
}

/** Seconds a visitor needs to read a slide's Chinese at a calm pace, figures settled. */
export function readingSeconds(slide: Slide, texts: DeckText[]): number {
  const zh = texts.filter((t) => t.visibility === 'shown').map((t) => t.text.zh)
  const chars = readChars([...zh, ...figureText(slide, 'zh')].join(''))
  return chars / ZH_CHARS_PER_SECOND + (hasFigures(slide) ? FIGURE_SETTLE_SECONDS : 0)
}

/** Words of English a slide shows in the loop (figures counted as words). */
export function englishWords(slide: Slide, texts: DeckText[]): number {
  const en = texts.filter((t) => t.visibility === 'shown').map((t) => t.text.en)
  return words([...en, ...figureText(slide, 'en')].join(' '))
}

/** Share of a note's Chinese 4-grams that appear in the slide's own Chinese text. */
export function repeatRatio(note: string, slideText: string): number {
  const clean = (s: string): string => s.replace(/[^\p{L}\p{N}]/gu, '')
  const n = clean(note)
  const hay = clean(slideText)
  if (n.length < 4) return 0
  let hits = 0
  for (let i = 0; i + 4 <= n.length; i++) if (hay.includes(n.slice(i, i + 4))) hits++
  return hits / (n.length - 3)
}

/** Every editorial warning for a deck; an empty list is a pack ready for the hall. */
export function lintDeck(deck: Deck, glossary?: Glossary): LintWarning[] {
  const warnings: LintWarning[] = []
  const all = deckTexts(deck)
  for (const t of all) {
    const warn = (message: string, lang?: 'zh' | 'en'): void => {
      warnings.push({ slide: t.slide, path: lang ? `${t.path}.${lang}` : t.path, message })
    }
    for (const p of punctuationProblems(t.text.zh)) warn(`half-width punctuation ${p}`, 'zh')
    for (const p of englishPunctuationProblems(t.text.en)) warn(`Chinese punctuation ${p}`, 'en')
    for (const p of relativeDateProblems(t.text)) warn(`relative date: ${p}`)
    if (glossary) for (const p of glossaryProblems(t.text, glossary)) warn(p, 'en')
    if (t.visibility === 'hidden' && !t.path.includes('.series')) {
      warn('no layout shows this text: put it on the slide or in the notes')
    }
  }
  deck.slides.forEach((slide, i) => {
    const at = `$.slides[${i}]`
    const texts = slideTexts(slide, i)
    const warn = (path: string, message: string): void => {
      warnings.push({ slide: slide.id, path, message })
    }
    const seconds = slide.duration ?? deck.defaultDuration
    const need = readingSeconds(slide, texts)
    if (need > seconds) {
      warn(
        `${at}.duration`,
        `${seconds} s is too short to read the Chinese (${Math.ceil(need)} s at ${ZH_CHARS_PER_SECOND} characters a second): shorten the text or lengthen the slide`
      )
    }
    const count = englishWords(slide, texts)
    if (count > EN_WORDS_MAX) {
      warn(at, `${count} English words, never more than ${EN_WORDS_MAX}`)
    } else if (count > EN_WORDS_AIM) {
      warn(at, `${count} English words, aim for at most ${EN_WORDS_AIM}`)
    }
    if (!slide.notes) {
      warn(`${at}.notes`, 'no presenter notes')
      return
    }
    const length = readChars(slide.notes.zh)
    if (length < NOTE_ZH_MIN || length > NOTE_ZH_MAX) {
      warn(
        `${at}.notes.zh`,
        `${length} characters; a note gives ${NOTE_ZH_MIN}–${NOTE_ZH_MAX} characters of context`
      )
    }
    const onSlide = texts
      .filter((t) => t.visibility !== 'notes')
      .map((t) => t.text.zh)
      .join('\n')
    const ratio = repeatRatio(slide.notes.zh, onSlide)
    if (ratio > NOTE_REPEAT_RATIO) {
      warn(`${at}.notes.zh`, `only repeats the slide (${Math.round(ratio * 100)} % of it is there)`)
    }
  })
  return warnings
}
