import { describe, expect, it } from 'vitest'
import {
  FIGURE_VALUE,
  describePlace,
  figureAt,
  figureNumber,
  formatIssue,
  parseDeck,
  validateDeck
} from './content'

const minimal = {
  version: 1,
  title: { zh: '标题', en: 'Title' },
  slides: [{ id: 'cover', type: 'cover', title: { zh: '封面', en: 'Cover' } }]
}

describe('validateDeck', () => {
  it('accepts a minimal deck and fills the default duration', () => {
    const r = validateDeck(minimal)
    expect(r.ok, 'minimal deck is valid').toBe(true)
    if (r.ok) expect(r.deck.defaultDuration, 'default slide seconds').toBe(8)
  })

  it('names the file and field of a wrongly typed value', () => {
    const bad = structuredClone(minimal) as Record<string, unknown>
    ;(bad.slides as Record<string, unknown>[])[0]!.title = { zh: '封面', en: 3 }
    const r = validateDeck(bad, 'deck.json')
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(formatIssue(r.issues[0]!)).toMatch(/^deck\.json: slide 1 \("cover"\), title\.en: /)
  })

  it('reports duplicate ids and links to missing slides', () => {
    const deck = {
      ...minimal,
      slides: [
        ...minimal.slides,
        { id: 'cover', type: 'quote', quote: { zh: '引', en: 'Q' } },
        {
          id: 'hub',
          type: 'hub',
          title: { zh: '五力', en: 'Five' },
          items: [
            {
              key: 'supply',
              label: { zh: '供给力', en: 'Supply' },
              summary: { zh: '说明', en: 'Summary' },
              target: 'nowhere'
            }
          ]
        }
      ]
    }
    const r = validateDeck(deck)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      const text = r.issues.map(formatIssue).join('\n')
      expect(text).toContain('slide 2 ("cover"), id: duplicate slide id "cover" (also slide 1)')
      expect(text).toContain('slide 3 ("hub"), items[0].target: links to slide "nowhere"')
    }
  })

  it('rejects unknown slide types, empty decks and mismatched chart series', () => {
    const unknown = validateDeck({ ...minimal, slides: [{ id: 'x', type: 'video' }] })
    expect(unknown.ok).toBe(false)
    if (!unknown.ok) expect(unknown.issues[0]!.message).toMatch(/unknown slide type/)
    const empty = validateDeck({ ...minimal, slides: [] })
    expect(empty.ok).toBe(false)
    if (!empty.ok) expect(empty.issues[0]!.message).toBe('the deck has no slides')
    const chart = validateDeck({
      ...minimal,
      slides: [
        {
          id: 'c',
          type: 'chart',
          title: { zh: '图', en: 'Chart' },
          chart: {
            kind: 'bar',
            labels: [
              { zh: '甲', en: 'A' },
              { zh: '乙', en: 'B' }
            ],
            series: [{ label: { zh: '值', en: 'Value' }, values: [1] }],
            unit: { zh: '', en: '' }
          }
        }
      ]
    })
    expect(chart.ok).toBe(false)
    if (!chart.ok) expect(chart.issues[0]!.message).toMatch(/one value per label/)
  })

  it('turns malformed JSON into one issue naming the file', () => {
    const r = parseDeck('{ "version": 1,', 'pack/deck.json')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(formatIssue(r.issues[0]!)).toMatch(/^pack\/deck\.json: \$: not valid JSON/)
  })
})

describe('describePlace (where an editor looks)', () => {
  it('counts slides from 1 and names the slide; the rest as in the file', () => {
    expect(describePlace('$.slides[11].stats[2].figure.value', 'supply-courses')).toBe(
      'slide 12 ("supply-courses"), stats[2].figure.value'
    )
    expect(describePlace('$.slides[0]', 'cover')).toBe('slide 1 ("cover")')
    expect(describePlace('$.slides[4].title', undefined)).toBe('slide 5, title')
  })

  it('leaves places outside the slides as they are', () => {
    expect(describePlace('$', 'x')).toBe('$')
    expect(describePlace('$.slides', 'x')).toBe('$.slides')
    expect(describePlace('$.title.zh')).toBe('$.title.zh')
  })

  it('names a slide by the id it has even when the id is the problem', () => {
    const r = validateDeck({
      ...minimal,
      slides: [{ id: 'Bad Id', type: 'cover', title: { zh: '封面', en: 'Cover' } }]
    })
    expect(r.ok ? [] : r.issues.map(formatIssue)).toEqual([
      'deck.json: slide 1 ("Bad Id"), id: must be lower-case words joined by "-"'
    ])
  })
})

describe('figure values', () => {
  it('are digits, thousands commas and one decimal point', () => {
    for (const ok of ['0', '92.38', '1200', '1,200', '12,000.5', '1,234,567'])
      expect(FIGURE_VALUE.test(ok), ok).toBe(true)
    for (const bad of ['1.2万', '12,00', '1,2345', ',120', '1.2.3', '92.38%', '１２', ' 12', ''])
      expect(FIGURE_VALUE.test(bad), bad).toBe(false)
  })

  it('stand for their number, commas aside', () => {
    expect(figureNumber('1,200')).toBe(1200)
    expect(figureNumber('92.38')).toBe(92.38)
  })

  it('count up in their own style: the same decimals, and commas when written with them', () => {
    expect(figureAt('92.38', 0)).toBe('0.00')
    expect(figureAt('92.38', 0.5)).toBe('46.19')
    expect(figureAt('1,200', 0.5)).toBe('600')
    expect(figureAt('12,000.5', 1)).toBe('12,000.5')
    expect(figureAt('1,234,567', 1)).toBe('1,234,567')
    expect(figureAt('1200', 1)).toBe('1200')
  })
})
