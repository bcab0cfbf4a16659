// @ts-check
/**
 * The budgets of bench/budgets.json, checked against our figures (`npm run bench -- --check`).
 */

/**
 * @typedef {{ id: string, what: string, metric: string, max: number, unit?: string }} Budget
 * @typedef {{ id: string, what: string, metric: string, value: number, max: number, ok: boolean,
 *   text: string, limitText: string }} BudgetResult
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
  return Number.isInteger(v) ? String(v) : v.toFixed(3)
}

/**
 * Checks each budget; a missing or non-numeric figure breaks its budget.
 * @param {Budget[]} budgets
 * @param {unknown} ours our SystemResult
 * @returns {BudgetResult[]}
 */
export function checkBudgets(budgets, ours) {
  return budgets.map((b) => {
    const value = valueAt(ours, b.metric)
    return {
      id: b.id,
      what: b.what,
      metric: b.metric,
      value,
      max: b.max,
      ok: Number.isFinite(value) && value <= b.max,
      text: `${b.what}: ${show(value, b.unit)}`,
      limitText: `≤ ${show(b.max, b.unit)}`
    }
  })
}
