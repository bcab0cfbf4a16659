/**
 * Plain-text views of slides, for titles, the overview and screen-reader announcements.
 */
import type { Lang, Slide } from '@shared/content'

/** The slide's headline in a language. */
export function slideTitle(slide: Slide, lang: Lang): string {
  switch (slide.type) {
    case 'quote':
      return slide.attribution?.[lang] ?? slide.quote[lang]
    default:
      return slide.title[lang]
  }
}

/** Labels of the interface itself, in both languages. */
export const UI = {
  prev: { zh: '上一页', en: 'Previous slide' },
  next: { zh: '下一页', en: 'Next slide' },
  overview: { zh: '全部页面', en: 'All slides' },
  close: { zh: '关闭', en: 'Close' },
  language: { zh: 'English', en: '中文' },
  /** Starts with the visible word (WCAG 2.5.3, label in name). */
  languageLabel: { zh: 'English · 切换到英文', en: '中文 · Switch to Chinese' },
  progress: { zh: '页面进度', en: 'Slide progress' },
  slide: { zh: '第 {n} 页', en: 'Slide {n}' },
  attract: { zh: '触摸屏幕 开始浏览', en: 'Touch the screen to explore' },
  autoplay: { zh: '自动播放中', en: 'Playing automatically' },
  play: { zh: '自动播放', en: 'Play automatically' },
  pause: { zh: '暂停自动播放', en: 'Pause auto-play' }
} as const satisfies Record<string, { zh: string; en: string }>

/** Fills `{n}`-style placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))
}
