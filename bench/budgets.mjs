// @ts-check
/**
 * The budgets of bench/budgets.json, checked against our figures (`npm run bench -- --check`).
 *
 * A budget's limit is either absolute (`max`) or relative to the peers measured in the same run
 * (`relativeTo` with a `factor`: ours ≤ factor × the best of those peers' figures), which holds
 * on any machine where absolute times do not.
 */

/**
 * @typedef {{ id: string, what: string, metric: string, max?: number, relativeTo?: string[],
 *   factor?: number, unit?: string }} Budget
 * @typedef {{ id: string, what: string, metric: string, value: number, max: number, ok: boolean,
 *   skipped?: boolean, text: string, limitText: string }} BudgetResult
 */

/**
 * The value at a dotted path ('memory.heapRatio') of a result object.
 * @param {unknown} result
 * @param {string} path
 */
export function valueAt(result, path) {
  /** @type {unknown} */
  let v = result
  for (const key of path.split('.'))
    v = v && typeof v === 'object' ? /** @type {Record<string, unknown>} */ (v)[key] : undefined
  return typeof v === 'number' ? v : Number.NaN
}

/** @param {number} v @param {string | undefined} unit */
function show(v, unit) {
  if (unit === 'bytes') return `${(v / 1024).toFixed(1)} KB`
  if (unit === 'frames') return `${v} frame${v === 1 ? '' : 's'}`
  if (unit === 'ms') return `${v.toFixed(1)} ms`
  return Number.isInteger(v) ? String(v) : v.toFixed(3)
}

/**
 * Checks each budget; a missing or non-numeric figure of ours breaks its budget. A relative
 * budget whose peers were not measured (`--only=ours`) is skipped, not passed silently: its
 * result says so.
 * @param {Budget[]} budgets
 * @param {Record<string, unknown>} results every measured system's SystemResult, by id
 * @returns {BudgetResult[]}
 */
export function checkBudgets(budgets, results) {
  const ours = results['ours']
  return budgets.map((b) => {
    const value = valueAt(ours, b.metric)
    /** The result with `max` as its limit, described by `limitText`. */
    const against = (/** @type {number} */ max, /** @type {string} */ limitText) => ({
      id: b.id,
      what: b.what,
      metric: b.metric,
      value,
      max,
      ok: Number.isFinite(value) && value <= max,
      text: `${b.what}: ${show(value, b.unit)}`,
      limitText
    })
    if (b.relativeTo) {
      const factor = b.factor ?? 1
      const peers = b.relativeTo
        .filter((id) => results[id] !== undefined)
        .map((id) => ({ id, v: valueAt(results[id], b.metric) }))
        .filter((p) => Number.isFinite(p.v))
      if (peers.length === 0)
        return {
          ...against(
            Number.NaN,
            `≤ ${b.relativeTo.join(' / ')} × ${factor}: not measured, skipped`
          ),
          ok: true,
          skipped: true
        }
      const best = peers.reduce((a, p) => (p.v < a.v ? p : a))
      const max = best.v * factor
      return against(max, `≤ ${best.id} × ${factor} = ${show(max, b.unit)}`)
    }
    const max = b.max ?? Number.NaN
    return against(max, `≤ ${show(max, b.unit)}`)
  })
}
