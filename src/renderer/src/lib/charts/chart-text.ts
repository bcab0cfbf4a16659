/**
 * A chart's text alternative, kept apart from Chart.js so slides can render it before (and
 * without) loading the charting library.
 */
import type { Chart as ChartSpec } from '@shared/content'
import type { Lang } from '@shared/content'

/** The numbers of a chart as sentences, its text alternative for screen readers. */
export function chartText(spec: ChartSpec, lang: Lang): string[] {
  const sep = lang === 'zh' ? '：' : ': '
  return spec.series.map((s) => {
    const parts = spec.labels.map((l, i) => {
      const v = s.values[i]
      return `${l[lang]} ${v === null || v === undefined ? '—' : `${v}${spec.unit[lang]}`}`
    })
    return `${s.label[lang]}${sep}${parts.join(lang === 'zh' ? '，' : ', ')}`
  })
}
