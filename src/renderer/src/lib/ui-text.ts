/**
 * Every string of the interface itself (not slide content), in both languages: one table to
 * translate and to review. Components pick `TABLE.key[lang]`, or show both languages at once.
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

/** The presenter's screen, in the show's current language. */
export const PRESENTER_UI = {
  current: { zh: '当前', en: 'Current' },
  next: { zh: '下一页', en: 'Next' },
  end: { zh: '最后一页', en: 'End of the deck' },
  notes: { zh: '备注', en: 'Notes' },
  noNotes: { zh: '本页没有备注。', en: 'No notes for this slide.' },
  elapsed: { zh: '已用时间', en: 'Elapsed' },
  pause: { zh: '暂停', en: 'Pause' },
  resume: { zh: '继续', en: 'Resume' },
  reset: { zh: '重置', en: 'Reset' },
  black: { zh: '黑屏', en: 'Black' },
  white: { zh: '白屏', en: 'White' },
  pdf: { zh: '导出 PDF', en: 'Export PDF' },
  /** The handout's option: each slide's speaker notes under it. */
  pdfNotes: { zh: '含备注', en: 'With notes' },
  pdfWorking: { zh: '正在导出 PDF…', en: 'Exporting the PDF…' },
  pdfSaved: { zh: '已保存：{path}', en: 'Saved: {path}' },
  pdfPrinted: {
    zh: '已打开打印对话框：目标选“另存为 PDF”。',
    en: 'Print dialog opened: choose “Save as PDF”.'
  },
  pdfFailed: { zh: 'PDF 导出失败，原因见日志。', en: 'The PDF export failed; the log says why.' },
  slides: { zh: '全部页面', en: 'All slides' },
  /** The notes' A− / A+ (the keys say the same: `-` and `=`). */
  notesSmaller: { zh: '备注字号减小（-）', en: 'Smaller notes text (-)' },
  notesLarger: { zh: '备注字号增大（=）', en: 'Larger notes text (=)' },
  endTalk: { zh: '结束演讲', en: 'End talk' },
  endQuestion: { zh: '结束演讲？', en: 'End the talk?' },
  endExplained: {
    zh: '观众屏幕将变为黑色的结束画面。之后仍可回到幻灯片。',
    en: 'The audience screen turns to a black end screen. You can still go back to the slides.'
  },
  endConfirm: { zh: '结束演讲', en: 'End the talk' },
  cancel: { zh: '取消', en: 'Cancel' },
  ended: {
    zh: '演讲已结束，观众屏幕显示结束画面。',
    en: 'The talk has ended; the audience sees the end screen.'
  },
  backToSlides: { zh: '回到幻灯片', en: 'Back to the slides' },
  closeApp: { zh: '关闭程序', en: 'Close the app' },
  closeTabs: { zh: '现在可以关闭浏览器标签页。', en: 'You can close the browser tabs now.' }
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
  pinTitle: { zh: '管理员 PIN', en: 'Admin PIN' },
  clear: { zh: '清除', en: 'Clear' },
  enter: { zh: '确定', en: 'Enter' },
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
  notDone: { zh: '未执行', en: 'Not done (unlock again)' },
  version: { zh: '版本', en: 'Version' },
  mode: { zh: '模式', en: 'Mode' },
  content: { zh: '内容', en: 'Content' },
  signature: { zh: '签名', en: 'Signature' },
  hours: { zh: '开放', en: 'Hours' },
  statusFile: { zh: '状态', en: 'Status' },
  reach: { zh: '低位', en: 'Reach' },
  reachBand: {
    zh: '低位操作时按钮在屏幕下方 {p} %',
    en: 'controls in the lower {p} % in reach mode'
  },
  uptime: { zh: '运行', en: 'Uptime' },
  uptimeValue: { zh: '{h} 小时 {m} 分', en: '{h} h {m} min' },
  reload: { zh: '重新载入', en: 'Reload' },
  windowed: { zh: '窗口模式', en: 'Windowed' },
  kiosk: { zh: '展台模式', en: 'Kiosk' },
  exit: { zh: '退出', en: 'Exit' },
  problems: { zh: '最近的问题', en: 'Recent problems' },
  none: { zh: '无', en: 'None' },
  visitors: { zh: '访客统计', en: 'Visitors' },
  period: { zh: '时段', en: 'Period' },
  thisMonth: { zh: '本月', en: 'This month' },
  lastMonth: { zh: '上月', en: 'Last month' },
  allDays: { zh: '全部', en: 'All' },
  customDays: { zh: '自选日期', en: 'Dates' },
  from: { zh: '从', en: 'From' },
  to: { zh: '到', en: 'To' },
  everyDay: { zh: '全部日期', en: 'every day recorded' },
  paused: { zh: '记录已暂停', en: 'Recording paused' },
  sessions: { zh: '次访问', en: 'sessions' },
  average: { zh: '平均', en: 'average' },
  perDay: { zh: '每日访问次数', en: 'Sessions per day' },
  slide: { zh: '页面', en: 'Slide' },
  views: { zh: '浏览', en: 'Views' },
  dwell: { zh: '平均停留', en: 'Dwell' },
  notInDeck: { zh: '已不在本套内容中', en: 'no longer in the deck' },
  export: { zh: '导出 CSV', en: 'Export CSV' },
  exported: { zh: '已导出', en: 'Written' }
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
