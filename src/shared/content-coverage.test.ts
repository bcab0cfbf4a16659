/**
 * Checks the bundled deck against its single source of truth, the district's feature article:
 * every figure, date and year range, every heading, caption and byline, every item of the 数说成绩
 * list and the named programmes must reach a slide exactly as the article writes them.
 *
 * Only what a visitor can read counts: text on the slide, or one tap away behind a visible cue (a
 * stat's ＋ detail). Text no layout draws (a chart highlight's detail) and presenter notes do not.
 * Qualifiers that change a figure's meaning must be on the face of the slide; the article's
 * passages chosen for the presenter rather than the wall must be in the notes.
 *
 * The article is kept as scraped (half-width punctuation, one typo); it is compared through
 * `toFullWidth` and the corrections below, the form the slides use.
 */
/// <reference types="vite/client" />
// The files are read through Vite's `?raw` imports rather than node:fs: src/shared stays free of
// host imports (eslint) and is also type-checked for the renderer, which has no Node types.
// The article is the repo's own copy in docs/source (see its header).
import { describe, expect, it } from 'vitest'
import articleText from '../../docs/source/article.md?raw'
import deckText from '../../resources/content/deck.json?raw'
import { parseDeck, type Deck } from './content'
import { slideTexts, toFullWidth, type Visibility } from './content-lint'

/** Slips in the scraped article, and how the slides write them. */
const CORRECTIONS: [scraped: string, corrected: string][] = [
  // 学前三毛入园率 reads like the name 三毛: the rate is 学前三年毛入园率.
  ['学前三毛入园率', '学前三年毛入园率']
]

/** The article without its leading HTML comment, in full-width punctuation, slips corrected. */
const article = CORRECTIONS.reduce(
  (text, [from, to]) => text.split(from).join(to),
  toFullWidth(articleText.replace(/<!--[\s\S]*?-->/g, ''))
)

/** Lines of the article deliberately left off the slides, and why. */
const LEFT_OFF: Record<string, string> = {
  图片由渝中区教委提供: 'the exhibition shows no photos, only illustrations drawn for it'
}

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
  /** The whole token as written, e.g. "120余个", "12月6日", "2022—2030年", "4311". */
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
  const rest = text.replace(/\d{4}[-—]\d{4}年/g, whole).replace(/\d{1,2}月\d{1,2}日/g, whole)
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

/** What a visitor can read: Chinese texts and figures (chart values included). */
interface Shown {
  texts: string[]
  figures: { value: string; unit: string }[]
}

/** Visible on the slide, or one tap away behind a visible cue. */
const READABLE: readonly Visibility[] = ['shown', 'tap']

function collectFigures(node: unknown, out: Shown): void {
  if (Array.isArray(node)) {
    for (const item of node) collectFigures(item, out)
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
  for (const [key, value] of Object.entries(obj)) if (key !== 'notes') collectFigures(value, out)
}

/** What a visitor can read on these slides; `only` narrows it (e.g. to the face of the slide). */
function shownOn(slides: Deck['slides'], only: readonly Visibility[] = READABLE): Shown {
  const out: Shown = { texts: [], figures: [] }
  slides.forEach((slide, i) => {
    for (const t of slideTexts(slide, i)) if (only.includes(t.visibility)) out.texts.push(t.text.zh)
    collectFigures(slide, out)
  })
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
    const text = squeeze(shownOn([slide]).texts.join('\n'))
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
  (l) =>
    l !== '' &&
    !/^[#-]/.test(l) &&
    !/[。,，;；!！?？:：…]/.test(l) &&
    l.length <= 40 &&
    !(l in LEFT_OFF)
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
  ...(/多维发力提升([^,，。]+)/.exec(article)?.[1] ?? '').matchAll(/(.{2}力)(?:、|$)/g)
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
  '第一届全国学生（青年）运动会',
  '近五年',
  '近三年',
  '连续两年',
  '2024年2月',
  '2024年5月',
  '2024年7月',
  '2024年12月6日',
  '两个创建',
  '全国中小学科学教育实验区',
  '全国儿童青少年近视防控改革试验区',
  '重庆市医教康一体化融合发展实验区',
  '教育部人工智能教育基地',
  '谋教育就是谋发展，抓教育就是抓未来',
  '努力让每个孩子都能享有公平而有质量的教育'
]

/**
 * Qualifiers and passages that must be on the face of a slide, not behind a tap: without them a
 * figure overclaims (all six schools are model schools *for the new curriculum and textbooks*;
 * *eligible* migrant children), or a visitor meets a term the slide never explains.
 */
const ON_THE_FACE = [
  '普通高中新课程新教材实施市级示范校',
  '普通高中综合水平处于全市领先',
  '符合条件的随迁子女公办学校就读率',
  '学前三年毛入园率',
  // What the 两个创建 are.
  '全国学前教育普及普惠区',
  '全国义务教育优质均衡发展区',
  // The heritage line.
  '巴渝文化、抗战文化、红岩精神',
  '千年潮未落，风起再扬帆',
  '从改革到全面深化改革，再到进一步全面深化改革',
  '先行先试',
  // Party building, for official visitors.
  '将抓好党建统领作为办学治校的基本功',
  '党组织领导的校长负责制'
]

/** Passages given to the presenter rather than the wall: context a speaker adds. */
const IN_THE_NOTES = [
  '谋大事、议大事、抓大事',
  '党委统一领导、党政齐抓共管、部门各负其责',
  '全面提高党的领导组织力',
  '飞跃关口',
  '为党育人、为国育才',
  '健全终身学习服务支持体系',
  '校地合作',
  '西部大开发',
  '西部陆海新通道',
  '中西部国际交往中心核心区',
  '重庆市有突出贡献的中青年专家',
  '重庆市学术技术带头人',
  '优化师资配置',
  '利用节假日',
  '托举复兴梦想',
  '国培计划'
]

/** The latest single year the article names (ranges such as 2024—2030年 are plan periods). */
function latestYear(text: string): number {
  const years = [...text.replace(/\d{4}—\d{4}年/g, ' ').matchAll(/(\d{4})年/g)].map((m) =>
    Number(m[1])
  )
  return Math.max(...years)
}

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
    // The wall slides, and any other slide headed 数说成绩 (a stats slide for a short group).
    const walls = slides.filter(
      (s) => s.type === 'wall' || ('title' in s && s.title.zh === '数说成绩')
    )
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

  it('keeps qualifiers and the key passages on the face of a slide, not behind a tap', () => {
    const face = squeeze(shownOn(slides, ['shown']).texts.join('\n'))
    for (const passage of ON_THE_FACE) {
      expect(squeeze(article).includes(squeeze(passage)), `in the article: ${passage}`).toBe(true)
      expect(face.includes(squeeze(passage)), `on the face of a slide: ${passage}`).toBe(true)
    }
  })

  it('gives the presenter the passages chosen for the notes', () => {
    const notes = squeeze(slides.map((s) => s.notes?.zh ?? '').join('\n'))
    for (const passage of IN_THE_NOTES) {
      expect(squeeze(article).includes(squeeze(passage)), `in the article: ${passage}`).toBe(true)
      expect(notes.includes(squeeze(passage)), `in the presenter notes: ${passage}`).toBe(true)
    }
  })

  it('does not count text that no layout shows, or the notes, as covered', () => {
    const probe = structuredClone(slides)
    const chart = probe.find((s) => s.type === 'chart' && s.highlights?.length)
    expect(chart?.type, 'a chart slide with highlights').toBe('chart')
    if (chart?.type !== 'chart') return
    chart.highlights![0]!.detail = { zh: '藏起来的9876.5万平方米', en: 'hidden' }
    chart.notes = { zh: '只在备注里的8765.4万平方米', en: 'notes only' }
    const hidden = tokensIn('9876.5万平方米')[0]!
    const noted = tokensIn('8765.4万平方米')[0]!
    expect(isShown(shownOn(probe), hidden), 'a chart highlight detail is not shown').toBe(false)
    expect(isShown(shownOn(probe), noted), 'notes are not shown').toBe(false)
    const stats = probe.find((s) => s.type === 'stats' && s.stats.length)
    if (stats?.type !== 'stats') return
    stats.stats[0]!.detail = { zh: '点开可见的7654.3万平方米', en: 'tap' }
    const tapped = tokensIn('7654.3万平方米')[0]!
    expect(isShown(shownOn(probe), tapped), 'a stat detail behind ＋ is readable').toBe(true)
    expect(isShown(shownOn(probe, ['shown']), tapped), 'but not on the face').toBe(false)
  })

  it('records the article date, from which every year on the slides is written', () => {
    const source = result.deck.source
    expect(source, 'deck.source').toBeDefined()
    expect(Number(source!.date.slice(0, 4)), 'source.date year').toBe(latestYear(article))
    expect(source!.title.zh.replace(/\s+/g, ' '), 'source title').toBe(headings[0])
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
