/**
 * The admin screens' strings (the PIN pad, the panel, the visitor statistics): a module of their
 * own so they load with those screens. The admin corner's few (./ui-text.ts, `ADMIN_UI`) load
 * with the show. Shown in both languages at once with `both()`.
 */
import type { Bilingual } from './ui-text'

export const ADMIN_SCREEN_UI = {
  pinTitle: { zh: '管理员 PIN', en: 'Admin PIN' },
  clear: { zh: '清除', en: 'Clear' },
  enter: { zh: '确定', en: 'Enter' },
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
