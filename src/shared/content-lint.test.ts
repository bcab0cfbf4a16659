/// <reference types="vite/client" />
// The bundled pack is read through Vite's `?raw` imports (src/shared has no Node types).
import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import deckText from '../../resources/content/deck.json?raw'
import glossaryText from '../../resources/content/glossary.json?raw'
import { parseDeck, type Deck, type Slide } from './content'
import {
  EN_WORDS_AIM,
  EN_WORDS_MAX,
  GlossarySchema,
  deckTexts,
  formatWarning,
  glossaryProblems,
  lintDeck,
  punctuationProblems,
  readingSeconds,
  relativeDateProblems,
  slideTexts,
  toFullWidth,
  type Glossary
} from './content-lint'

const parsed = parseDeck(deckText)
if (!parsed.ok) throw new Error('the bundled deck is invalid (see content.test.ts)')
const bundled: Deck = parsed.deck
const glossary: Glossary = v.parse(GlossarySchema, JSON.parse(glossaryText))

/** A note of the right length that adds context, for decks built in these tests. */
const NOTE = {
  zh: '这是为讲解员准备的背景说明：它解释页面上的数字是什么意思、为什么重要、发生在哪一年，并给出术语的含义，最后说明下一页要讲的内容，方便讲解员自然过渡。',
  en: 'Background for the presenter.'
}

function deckOf(...slides: Slide[]): Deck {
  return { version: 1, title: { zh: '标题', en: 'Title' }, defaultDuration: 8, slides }
}

const story = (body: { zh: string; en: string }, extra: Partial<Slide> = {}): Slide =>
  ({
    id: 's',
    type: 'story',
    duration: 60,
    title: { zh: '标题', en: 'Title' },
    body: [body],
    illustration: 'books',
    notes: NOTE,
    ...extra
  }) as Slide

describe('Chinese punctuation', () => {
  it('finds half-width marks and hyphens in ranges', () => {
    expect(punctuationProblems('渝中,是重庆母城;(示范)')).toHaveLength(4)
    expect(punctuationProblems('《规划(2022-2030年)》').join()).toMatch(/hyphen in a range/)
    expect(punctuationProblems('渝中，是重庆母城；（示范）2022—2030年，92.38%')).toEqual([])
    expect(punctuationProblems('运行 npm run content:check 检查'), 'a command name').toEqual([])
  })

  it('turns the scraped article into the form the slides use', () => {
    expect(toFullWidth('《方案(2024-2030年)》,好!')).toBe('《方案（2024—2030年）》，好！')
  })
})

describe('relative dates', () => {
  it('flags 今年, bare months and this year', () => {
    expect(relativeDateProblems({ zh: '今年2月开园', en: 'Opened in February 2024' })).toEqual([
      'zh "今年" (write the year)'
    ])
    expect(relativeDateProblems({ zh: '12月6日召开', en: 'Held on 6 December' })).toEqual([
      'zh "12月6日" has no year',
      'en "December" has no year'
    ])
    expect(relativeDateProblems({ zh: '2024年2月', en: 'this year' })).toEqual([
      'en "this year" (write the year)'
    ])
  })

  it('lets a span such as 近五年 stand when the text gives the year it runs to', () => {
    expect(relativeDateProblems({ zh: '近五年', en: 'in the past five years' })).toHaveLength(2)
    expect(
      relativeDateProblems({ zh: '近五年（截至2024年）', en: 'in the five years to 2024' })
    ).toEqual([])
    expect(relativeDateProblems({ zh: '2024年12月6日', en: '6 December 2024, May 2024' })).toEqual(
      []
    )
  })
})

describe('glossary', () => {
  const terms: Glossary = {
    terms: [
      { zh: '红岩', en: 'Hongyan', avoid: ['Red Crag'], note: 'n' },
      { zh: '高质量发展', en: 'high-quality development', note: 'n' },
      { zh: '更高质量发展', en: 'higher-quality development', note: 'n' }
    ]
  }

  it('fails a text that renders a term another way, or uses an avoided rendering', () => {
    expect(glossaryProblems({ zh: '红岩精神', en: 'the Red Crag spirit' }, terms)).toHaveLength(2)
    expect(glossaryProblems({ zh: '红岩精神', en: 'the Hongyan spirit' }, terms)).toEqual([])
  })

  it('matches the longer term first (更高质量发展 is not 高质量发展)', () => {
    expect(
      glossaryProblems({ zh: '更高质量发展', en: 'higher-quality development' }, terms)
    ).toEqual([])
  })

  it('settles the terms the editorial review named', () => {
    const zh = glossary.terms.flatMap((t) => [t.zh, ...(t.alsoZh ?? [])])
    for (const term of [
      '思政',
      '两个创建',
      '双创建',
      '示范',
      '红岩',
      '人工智能助推教师队伍建设',
      '五双',
      '双带头人',
      '双师型',
      '公参民',
      '4311',
      '金课',
      '大课间'
    ]) {
      expect(zh, `glossary term ${term}`).toContain(term)
    }
    expect(new Set(zh).size, 'each Chinese term once').toBe(zh.length)
  })

  it('fails the bundled deck when one slide uses a different rendering', () => {
    const changed = structuredClone(bundled)
    const hongyan = changed.slides.find((s) => s.id === 'leadership-hongyan')
    if (hongyan?.type !== 'story') throw new Error('leadership-hongyan is a story slide')
    hongyan.body[1]!.en = hongyan.body[1]!.en.replace(/Hongyan/g, 'Red Crag')
    const warnings = lintDeck(changed, glossary).map(formatWarning)
    expect(warnings.join('\n')).toMatch(/body\[1\]\.en: "红岩" is rendered "Hongyan"/)
  })
})

describe('reading time and length', () => {
  it('warns when the Chinese cannot be read in the slide time, counting figure time', () => {
    const slide = story({ zh: '字'.repeat(60), en: 'Text.' }, { duration: 9 })
    expect(readingSeconds(slide, slideTexts(slide, 0))).toBe(60 / 6 + 2 / 6)
    const warnings = lintDeck(deckOf(slide)).map(formatWarning)
    expect(warnings.join('\n')).toMatch(/^slide 1 \("s"\), duration: 9 s is too short/m)
    const stats = {
      id: 'n',
      type: 'stats',
      duration: 8,
      title: { zh: '标', en: 'T' },
      stats: [{ figure: { value: '1', unit: { zh: '', en: '' } }, label: { zh: '一', en: 'O' } }],
      notes: NOTE
    } as Slide
    expect(readingSeconds(stats, slideTexts(stats, 0)), 'count-up time').toBeCloseTo(0.5 + 1.5)
  })

  it('warns above the English aim and above the limit', () => {
    const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ')
    const aim = lintDeck(deckOf(story({ zh: '短', en: words(EN_WORDS_AIM) })))
    expect(aim.map((w) => w.message).join(), 'title + 60').toMatch(/aim for at most 60/)
    const over = lintDeck(deckOf(story({ zh: '短', en: words(EN_WORDS_MAX) })))
    expect(over.map((w) => w.message).join()).toMatch(/never more than 90/)
    const ok = lintDeck(deckOf(story({ zh: '短', en: words(EN_WORDS_AIM - 1) })))
    expect(ok, 'title + 59 words is fine').toEqual([])
  })

  it('counts only what the loop shows, not a detail behind ＋ or the notes', () => {
    const slide = {
      id: 'st',
      type: 'stats',
      title: { zh: '标', en: 'T' },
      stats: [
        {
          figure: { value: '1', unit: { zh: '', en: '' } },
          label: { zh: '一', en: 'One' },
          detail: { zh: '详'.repeat(300), en: 'x' }
        }
      ],
      notes: NOTE
    } as Slide
    const texts = slideTexts(slide, 0)
    expect(texts.map((t) => t.visibility)).toEqual(['shown', 'shown', 'tap', 'notes'])
    expect(readingSeconds(slide, texts)).toBeLessThan(3)
  })
})

describe('notes and hidden text', () => {
  it('asks for 60–150 characters of notes that do not repeat the slide', () => {
    const short = story({ zh: '正文', en: 'Body.' }, { notes: { zh: '太短。', en: 'Short.' } })
    expect(
      lintDeck(deckOf(short))
        .map((w) => w.message)
        .join()
    ).toMatch(/2 characters/)
    const body = NOTE.zh
    const echo = story({ zh: body, en: 'Body.' })
    expect(
      lintDeck(deckOf(echo))
        .map((w) => w.message)
        .join()
    ).toMatch(/only repeats the slide/)
  })

  it('warns about text no layout shows (a chart highlight detail)', () => {
    const chart = {
      id: 'c',
      type: 'chart',
      duration: 30,
      title: { zh: '图', en: 'Chart' },
      chart: {
        kind: 'bar',
        labels: [{ zh: '甲', en: 'A' }],
        series: [{ label: { zh: '值', en: 'Value' }, values: [1] }],
        unit: { zh: '', en: '' }
      },
      highlights: [
        {
          figure: { value: '1', unit: { zh: '', en: '' } },
          label: { zh: '甲', en: 'A' },
          detail: { zh: '看不见', en: 'Unseen' }
        }
      ],
      notes: NOTE
    } as Slide
    const warnings = lintDeck(deckOf(chart)).map(formatWarning)
    expect(warnings).toEqual([
      'slide 1 ("c"), highlights[0].detail: no layout shows this text: put it on the slide or in the notes'
    ])
  })
})

describe('the bundled pack', () => {
  it('has no editorial warnings', () => {
    expect(lintDeck(bundled, glossary).map(formatWarning)).toEqual([])
  })

  it('writes every date with its year and every Chinese text in full-width punctuation', () => {
    const texts = deckTexts(bundled)
    expect(texts.length, 'texts in the deck').toBeGreaterThan(200)
    for (const t of texts) {
      expect(punctuationProblems(t.text.zh), `${t.path}.zh`).toEqual([])
      expect(relativeDateProblems(t.text), t.path).toEqual([])
    }
  })
})
