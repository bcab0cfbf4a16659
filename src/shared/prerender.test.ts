import { describe, expect, it } from 'vitest'
import { PRERENDER_END, PRERENDER_START, withoutPrerender } from './prerender'

describe('withoutPrerender', () => {
  it('drops the frame between the markers, and only that', () => {
    const html = `<body>${PRERENDER_START}<div id="prerender"><h1>人文渝中</h1></div>${PRERENDER_END}<div id="app"></div></body>`
    expect(withoutPrerender(html)).toBe('<body><div id="app"></div></body>')
  })

  it('leaves a page without a frame (or with a broken one) as it is', () => {
    const plain = '<body><div id="app"></div></body>'
    expect(withoutPrerender(plain)).toBe(plain)
    const unclosed = `<body>${PRERENDER_START}<div id="app"></div></body>`
    expect(withoutPrerender(unclosed)).toBe(unclosed)
    const reversed = `<body>${PRERENDER_END}<div id="app"></div>${PRERENDER_START}</body>`
    expect(withoutPrerender(reversed)).toBe(reversed)
  })
})
