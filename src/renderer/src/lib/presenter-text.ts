/**
 * The presenter's screen's strings (see ./ui-text.ts for the rest of the interface's): a module of
 * their own so they load with that screen, not with the audience's show.
 */
import type { Bilingual } from './ui-text'

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
