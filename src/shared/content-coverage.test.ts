/**
 * Checks the bundled deck against its single source of truth, the district's feature article:
 * every figure, date and year range, every heading, caption and byline, every item of the 数说成绩
 * list and the named programmes must reach a slide exactly as the article writes them.
 *
 * Only what a visitor sees counts: presenter notes are left out.
 */
/// <reference types="vite/client" />
// The files are read through Vite's `?raw` imports rather than node:fs: src/shared stays free of
// host imports (eslint) and is also type-checked for the renderer, which has no Node types.
// The article is the repo's own copy in docs/source (see its header).
import { describe, expect, it } from 'vitest'
import articleText from '../../docs/source/article.md?raw'
import deckText from '../../resources/content/deck.json?raw'
import { parseDeck, type Deck } from './content'

/** The article without its leading HTML comment (a note to editors, not article text). */
const article = articleText.replace(/<!--[\s\S]*?-->/g, '')

/** Units and measure words the article puts after a number, longest first. */
const UNITS = [
  '万平方米',
  '所中小学',
  '省市',
  '人次',
  '%',
  '所',
  '个',
  '项',
  '节',
  '人',
  '门',
  '次',
  '年',
  '月',
  '日',
  '号'
] as const

/** A number as the article writes it, with what follows it. */
interface Token {
  /** The whole token as written, e.g. "120余个", "12月6日", "2022-2030年", "4311". */
  text: string
  /** Year ranges and full dates are only ever matched literally. */
  literal: boolean
  value: string
  /** "余" when the article writes 120余个. */
  more: string
  unit: string
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const NUMBER = new RegExp(`(\\d+(?:\\.\\d+)?)(余?)(${UNITS.map(escape).join('|')})?`, 'g')

/** Every number in a text with its unit; year ranges and dates are taken whole first. */
function tokensIn(text: string): Token[] {
  const tokens: Token[] = []
  const whole = (m: string): string => {
    tokens.push({ text: m, literal: true, value: m, more: '', unit: '' })
    return ' '
  }
  const rest = text.replace(/\d{4}-\d{4}年/g, whole).replace(/\d{1,2}月\d{1,2}日/g, whole)
  for (const m of rest.matchAll(NUMBER)) {
    tokens.push({ text: m[0], literal: false, value: m[1]!, more: m[2]!, unit: m[3] ?? '' })
  }
  return tokens
}

/** True when what follows a match shows it is part of something longer (8所 in 8所中小学). */
function runsOn(token: Token, after: string): boolean {
  if (token.literal) return false
  if (token.unit === '' && token.more === '') return /^(?:\d|\.\d)/.test(after)
  const written = token.more + token.unit
  return UNITS.some(
    (u) =>
      u.length > token.unit.length &&
      u.startsWith(token.unit) &&
      (written + after).startsWith(token.more + u)
  )
}

/** What a visitor sees on one slide: its Chinese texts and its figures (chart values included). */
interface Shown {
  texts: string[]
  figures: { value: string; unit: string }[]
}

function collect(node: unknown, out: Shown): void {
  if (Array.isArray(node)) {
    for (const item of node) collect(item, out)
    return
  }
  if (node === null || typeof node !== 'object') return
  const obj = node as Record<string, unknown>
  const unit = obj.unit as { zh?: unknown } | undefined
  if (typeof obj.value === 'string' && typeof unit?.zh === 'string') {
    out.figures.push({ value: obj.value, unit: unit.zh })
  }
  if (Array.isArray(obj.series) && typeof unit?.zh === 'string') {
    for (const s of obj.series as { values: (number | null)[] }[]) {
      for (const v of s.values)
        if (v !== null) out.figures.push({ value: String(v), unit: unit.zh })
    }
  }
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'notes') continue
    if (key === 'zh' && typeof value === 'string') out.texts.push(value)
    else collect(value, out)
  }
}

function shownOn(node: unknown): Shown {
  const out: Shown = { texts: [], figures: [] }
  collect(node, out)
  return out
}

function occursIn(text: string, token: Token): boolean {
  for (let i = text.indexOf(token.text); i >= 0; i = text.indexOf(token.text, i + 1)) {
    const before = text[i - 1] ?? ''
    if (/[\d.]/.test(before)) continue
    if (!runsOn(token, text.slice(i + token.text.length))) return true
  }
  return false
}

/** The token is written in some text, or is a figure with that value and unit (120 + 余个). */
function isShown(shown: Shown, token: Token): boolean {
  if (shown.texts.some((t) => occursIn(t, token))) return true
  if (token.literal) return false
  const written = token.more + token.unit
  return shown.figures.some(
    (f) =>
      f.value === token.value &&
      f.unit.startsWith(written) &&
      !runsOn(token, f.unit.slice(written.length))
  )
}

const squeeze = (s: string): string => s.replace(/\s+/g, '')

/** Every whitespace-separated part of a line appears on one and the same slide. */
function slideWithLine(slides: Deck['slides'], line: string): boolean {
  const parts = line.split(/\s+/).filter(Boolean).map(squeeze)
  return slides.some((slide) => {
    const text = squeeze(shownOn(slide).texts.join('\n'))
    return parts.every((p) => text.includes(p))
  })
}

const lines = article.split('\n').map((l) => l.trim())

/** ## headings plus the body's own section headings (质量促动 提升优质资源供给力 …) with slogans. */
const headings = lines
  .map((l) => /^#{1,6}\s+(.+)$/.exec(l)?.[1])
  .filter((h): h is string => h !== undefined)

/** Lines with no sentence punctuation: section headings, slogans, photo captions, the byline. */
const standalone = lines.filter(
  (l) => l !== '' && !/^[#-]/.test(l) && !/[。,,;;!!??::…]/.test(l) && l.length <= 40
)

/** The 数说成绩 list: the list items that follow its heading. */
function achievementItems(): string[] {
  const start = lines.findIndex((l) => /^#{1,6}\s+数说成绩$/.test(l))
  const items: string[] = []
  for (const l of lines.slice(start + 1)) {
    if (l === '') continue
    if (!l.startsWith('-')) break
    items.push(l.replace(/^-\s*◆?\s*/, ''))
  }
  return items
}

/** The five strengths in the order the article's introduction names them. */
const hubOrder = [
  ...(/多维发力提升([^,,。]+)/.exec(article)?.[1] ?? '').matchAll(/(.{2}力)(?:、|$)/g)
].map((m) => m[1]!)

/** Named programmes, bodies, schools and phrases written without digits. */
const NAMES = [
  '重庆母城',
  '人文渝中 尚品教育',
  '巴蜀小学',
  '二十九中',
  '红岩',
  '重庆医科大学',
  '重庆开放大学渝中文商特色学院',
  '环重医创新生态圈',
  '“五双”工程',
  '行走的思政课',
  '群雁、奋飞、领航',
  '十百千',
  '名校长、名班主任、名教师',
  '乐学、会用、有效',
  '七大工作任务',
  '六项具体行动',
  '五维发展体系',
  '渝州路幼儿园',
  '石油路街道金银湾1号',
  '内陆教育开放高地建设项目',
  '第一届全国学生(青年)运动会',
  '近五年',
  '近三年',
  '连续两年',
  '今年2月',
  '今年5月',
  '今年7月',
  '两个创建',
  '全国中小学科学教育实验区',
  '全国儿童青少年近视防控改革试验区',
  '重庆市医教康一体化融合发展实验区',
  '教育部人工智能教育基地',
  '谋教育就是谋发展,抓教育就是抓未来',
  '努力让每个孩子都能享有公平而有质量的教育'
]

describe('bundled deck covers the article', () => {
  const result = parseDeck(deckText, 'deck.json')

  it('is a valid deck', () => {
    expect(result.ok ? [] : result.issues).toEqual([])
  })
  if (!result.ok) return
  const slides = result.deck.slides
  const all = shownOn(slides)

  it('shows every figure, date and year range of the article with its unit', () => {
    const tokens = tokensIn(article)
    expect(tokens.length, 'figures found in the article').toBeGreaterThanOrEqual(60)
    const missing = [...new Set(tokens.filter((t) => !isShown(all, t)).map((t) => t.text))]
    expect(missing, 'figures of the article missing from the deck').toEqual([])
  })

  it('shows every heading, slogan, caption and the byline', () => {
    expect(headings.length, 'headings found in the article').toBeGreaterThanOrEqual(4)
    const wanted = [...new Set([...headings, ...standalone])]
    for (const line of wanted) {
      expect(slideWithLine(slides, line), `missing heading or caption: ${line}`).toBe(true)
    }
  })

  it('shows every 数说成绩 item on the achievement wall', () => {
    const walls = slides.filter((s) => s.type === 'wall')
    expect(walls.length, 'the achievement wall (one or more slides)').toBeGreaterThanOrEqual(1)
    const wall = shownOn(walls)
    const wallText = squeeze(wall.texts.join('\n'))
    const items = achievementItems()
    expect(items.length, 'items of the 数说成绩 list').toBeGreaterThanOrEqual(20)
    for (const item of items) {
      const tokens = tokensIn(item)
      if (tokens.length === 0) {
        expect(wallText.includes(squeeze(item)), `wall is missing: ${item}`).toBe(true)
      }
      for (const t of tokens) {
        expect(isShown(wall, t), `wall is missing ${t.text} (${item})`).toBe(true)
      }
    }
  })

  it('shows the named programmes, schools and bodies', () => {
    const text = all.texts.join('\n')
    const missing = NAMES.filter((name) => !text.includes(name))
    expect(missing, 'names missing from the deck').toEqual([])
  })

  it('opens one section per strength, in the order of the hub and the article', () => {
    expect(hubOrder).toEqual(['保障力', '引领力', '支撑力', '供给力', '影响力'])
    const sections = slides.filter((s) => s.type === 'section')
    expect(sections.map((s) => s.kicker.zh)).toEqual(hubOrder)
    expect(sections.map((s) => s.number)).toEqual(['01', '02', '03', '04', '05'])
    const hub = slides.find((s) => s.type === 'hub')
    expect(hub, 'a hub of the five strengths').toBeDefined()
    if (hub?.type !== 'hub') return
    expect(hub.items.map((i) => i.label.zh)).toEqual(hubOrder)
    expect(hub.items.map((i) => i.target)).toEqual(sections.map((s) => s.id))
    for (const [i, item] of hub.items.entries()) {
      expect(sections[i]?.section, `section of ${item.label.zh}`).toBe(item.key)
    }
  })
})
