/**
 * Every string of the interface itself (not slide content), in both languages: one table to
 * translate and to review. Components pick `TABLE.key[lang]`, or show both languages at once.
 * The presenter's screen's and the admin screens' strings are beside it (./presenter-text.ts,
 * ./admin-text.ts), so they load with those screens.
 */
import type { Lang } from '@shared/content'

/** A string in both languages. */
export type Bilingual = Readonly<Record<Lang, string>>

/**
 * The visitor's stage: controls, overview, progress, announcements, slide widgets. Their glyphs
 * are preloaded with the first slide's (scripts/deck-fonts.mjs reads this block, so keep other
 * tables out of it).
 */
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
  access: { zh: '无障碍', en: 'Accessibility' },
  /** A statistic's "+" that opens its detail. */
  details: { zh: '详情', en: 'Details' },
  /** The audience's end screen after the presenter ended the talk. */
  ended: { zh: '演示结束', en: 'End of the presentation' }
} as const satisfies Record<string, Bilingual>

/** Full-screen notices (no content, halted, closed), shown in both languages at once. */
export const NOTICE_UI = {
  haltedTitle: { zh: '展览稍作休息', en: 'The exhibition is taking a short rest' },
  haltedText: {
    zh: '请联系现场工作人员重新启动。',
    en: 'Please ask the staff on site to restart it.'
  },
  failedTitle: { zh: '内容暂时无法显示', en: 'The exhibition content could not be shown' },
  failedText: { zh: '请联系现场工作人员。', en: 'Please contact the staff on site.' },
  closedTitle: { zh: '今日展览已结束', en: 'The exhibition is closed for today' },
  opensAgain: { zh: '下次开放：{time}', en: 'Opens again {time}' }
} as const satisfies Record<string, Bilingual>

/** The admin corner (staff only), shown in both languages at once with `both()`. */
export const ADMIN_UI = {
  dialog: { zh: '管理', en: 'Admin' },
  close: { zh: '关闭', en: 'Close' },
  wrongPin: { zh: 'PIN 不正确', en: 'Wrong PIN' },
  lockedOut: { zh: '请 {s} 秒后再试', en: 'Try again in {s} s' },
  unlockEnded: {
    zh: '解锁已满 5 分钟，请重新输入 PIN',
    en: 'The unlock ended after 5 minutes: enter the PIN again'
  },
  notSetTitle: { zh: '管理员 PIN 未设置', en: 'Admin PIN not set' },
  notSetBrowser: {
    zh: '管理功能已停用。请用 ?adminPin=六位以上数字 打开本页。',
    en: 'The admin escape is disabled. Open this page with ?adminPin= and 6–12 digits.'
  },
  notSetApp: {
    zh: '管理功能已停用。请在 config.json 中设置 adminPinHash。',
    en: 'The admin escape is disabled. Set adminPinHash in config.json (see the README).'
  },
  notDone: { zh: '未执行', en: 'Not done (unlock again)' }
} as const satisfies Record<string, Bilingual>

/** Short weekday names, Sunday first (as `Date.getDay()` counts). */
export const WEEKDAYS = {
  zh: ['周日', '周一', '周二', '周三', '周四', '周五', '周六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
} as const satisfies Record<Lang, readonly string[]>

/** Fills `{n}`-style placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''))
}

/** Both languages on one line, Chinese first (staff screens): `管理 · Admin`. */
export function both(text: Bilingual): string {
  return `${text.zh} · ${text.en}`
}
