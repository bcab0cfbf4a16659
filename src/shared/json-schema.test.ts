import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deckJsonSchema } from './json-schema'

const FILE = new URL('../../resources/content/deck.schema.json', import.meta.url)

describe('published JSON Schema', () => {
  const generated = `${JSON.stringify(deckJsonSchema(), null, 2)}\n`

  it('matches the valibot schema (run `npm run schema` after changing content.ts)', () => {
    if (process.env['UPDATE_SCHEMA']) writeFileSync(FILE, generated)
    expect(readFileSync(FILE, 'utf8'), 'resources/content/deck.schema.json is stale').toBe(
      generated
    )
  })

  it('describes every slide type', () => {
    const text = JSON.stringify(deckJsonSchema())
    for (const type of [
      'cover',
      'section',
      'hub',
      'stats',
      'chart',
      'timeline',
      'story',
      'quote',
      'wall',
      'credits'
    ]) {
      expect(text, `slide type ${type}`).toContain(`"const":"${type}"`)
    }
  })
})
