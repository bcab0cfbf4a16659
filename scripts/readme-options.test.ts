/**
 * The README's options table and its commands table are generated from the options registry
 * (src/shared/options.ts): this fails when they differ. `UPDATE_README=1 npx vitest run scripts/readme-options.test.ts`
 * rewrites the table (then `npm run format` aligns it).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COMMANDS, commandsTable, OPTIONS, optionsTable } from '../src/shared/options'

const README = join(import.meta.dirname, '..', 'README.md')

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

/** A generated section of the README: between its markers, the table made from the registry. */
function checkSection(name: string, table: string, rows: number): void {
  const text = readFileSync(README, 'utf8')
  const startMarker = `<!-- ${name}:start (generated from src/shared/options.ts) -->`
  const endMarker = `<!-- ${name}:end -->`
  const start = text.indexOf(startMarker)
  const end = text.indexOf(endMarker)
  expect(start, `README has the ${startMarker} marker`).toBeGreaterThan(-1)
  expect(end).toBeGreaterThan(start)
  const current = text.slice(start + startMarker.length, end)
  if (process.env['UPDATE_README']) {
    writeFileSync(
      README,
      `${text.slice(0, start + startMarker.length)}\n\n${table}\n\n${text.slice(end)}`
    )
    return
  }
  expect(
    cells(current),
    'run UPDATE_README=1 npx vitest run scripts/readme-options.test.ts'
  ).toEqual(cells(table))
  expect(cells(current)).toHaveLength(rows + 1)
}

describe('README tables from the options registry', () => {
  it('the options table is the registry, row for row', () => {
    checkSection('options-table', optionsTable(), OPTIONS.length)
  })

  it('the commands table is the registry’s commands, row for row', () => {
    checkSection('commands-table', commandsTable(), COMMANDS.length)
  })
})
