import { describe, expect, it } from 'vitest'
import { formatIssue, parseDeck, validateDeck } from './content'

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
      expect(formatIssue(r.issues[0]!)).toMatch(/^deck\.json: \$\.slides\[0\]\.title\.en: /)
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
      expect(text).toContain('$.slides[1].id: duplicate slide id "cover"')
      expect(text).toContain('$.slides[2].items[0].target: links to slide "nowhere"')
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
