/**
 * The README's options table is generated from the options registry (src/shared/options.ts):
 * this fails when they differ. `UPDATE_README=1 npx vitest run scripts/readme-options.test.ts`
 * rewrites the table (then `npm run format` aligns it).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { OPTIONS, optionsTable } from '../src/shared/options'

const README = join(import.meta.dirname, '..', 'README.md')
const START = '<!-- options-table:start (generated from src/shared/options.ts) -->'
const END = '<!-- options-table:end -->'

/** The cells of a Markdown table, whatever its alignment padding. */
const cells = (table: string): string[][] =>
  table
    .trim()
    .split('\n')
    .filter((line) => !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .replace(/^\||\|$/g, '')
        .split(/(?<!\\)\|/)
        .map((c) => c.trim())
    )

describe('README options table', () => {
  it('is the registry, row for row', () => {
    const text = readFileSync(README, 'utf8')
    const start = text.indexOf(START)
    const end = text.indexOf(END)
    expect(start, `README has the ${START} marker`).toBeGreaterThan(-1)
    expect(end).toBeGreaterThan(start)
    const current = text.slice(start + START.length, end)
    if (process.env['UPDATE_README']) {
      writeFileSync(
        README,
        `${text.slice(0, start + START.length)}\n\n${optionsTable()}\n\n${text.slice(end)}`
      )
      return
    }
    expect(
      cells(current),
      'run UPDATE_README=1 npx vitest run scripts/readme-options.test.ts'
    ).toEqual(cells(optionsTable()))
    expect(cells(current)).toHaveLength(OPTIONS.length + 1)
  })
})
