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
  pause: { zh: '暂停自动播放', en: 'Pause auto-play' },
  /** Reach mode: shown in both languages, whichever is on, so anyone can find it. */
  reach: { zh: '低位操作', en: 'Reach mode' },
  /** Starts with the visible label (both words), then says what it does. */
  reachLabel: {
    zh: '低位操作 · Reach mode：所有按钮移到屏幕下方，文字放大',
    en: '低位操作 · Reach mode: every control moves to the lower part of the screen, text larger'
  },
  largeText: { zh: '大字', en: 'Large text' },
  largeTextLabel: {
    zh: '大字 · Large text：文字放大一级',
    en: '大字 · Large text: text one step larger'
  },
  access: { zh: '无障碍', en: 'Accessibility' }
} as const satisfies Record<string, { zh: string; en: string }>

/** Fills `{n}`-style placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))
}
