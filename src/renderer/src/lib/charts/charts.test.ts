import { describe, expect, it } from 'vitest'
import type { Deck } from '@shared/content'
import deckText from '../../../../../resources/content/deck.json?raw'
import { wrapLabel } from './charts'

describe('wrapLabel', () => {
  it('keeps a Chinese label that fits on one line', () => {
    expect(wrapLabel('残疾学生入学率', 'zh', 16, 7)).toEqual(['残疾学生入学率'])
  })

  it('breaks a Chinese label into lines of even length, not a full one and a lone character', () => {
    expect(wrapLabel('学前三年毛入园率', 'zh', 16, 7)).toEqual(['学前三年', '毛入园率'])
    expect(wrapLabel('符合条件的随迁子女公办学校就读率', 'zh', 16, 7)).toEqual([
      '符合条件的',
      '随迁子女公办',
      '学校就读率'
    ])
  })

  it('begins no Chinese line with a closing mark, ends none with an opening one', () => {
    expect(wrapLabel('甲乙丙，丁戊', 'zh', 16, 4)).toEqual(['甲乙丙，', '丁戊'])
    expect(wrapLabel('甲乙丙“丁戊”己庚', 'zh', 16, 4)).toEqual(['甲乙丙', '“丁戊”', '己庚'])
    expect(wrapLabel('甲乙丙“丁戊己庚', 'zh', 16, 4)).toEqual(['甲乙丙', '“丁戊己庚'])
  })

  it('breaks English at word boundaries within the width', () => {
    expect(wrapLabel('Eligible migrant children in public schools', 'en', 16)).toEqual([
      'Eligible migrant',
      'children in',
      'public schools'
    ])
  })

  it('every chart label of the bundled deck keeps all its text, lines within the width', () => {
    const deck = JSON.parse(deckText) as Deck
    for (const slide of deck.slides) {
      if (slide.type !== 'chart') continue
      const horizontal = slide.chart.kind === 'horizontal-bar'
      for (const label of slide.chart.labels) {
        // The deck's labels have no marks to move: every line within the width.
        const zh = wrapLabel(label.zh, 'zh', horizontal ? 16 : 24, horizontal ? 7 : 10)
        expect(zh.join(''), slide.id).toBe(label.zh)
        for (const line of zh)
          expect([...line].length, `${slide.id}: ${line}`).toBeLessThanOrEqual(horizontal ? 7 : 10)
      }
    }
  })
})
