import { describe, expect, it } from 'vitest'
import { deckJsonSchema } from './json-schema'

describe('published JSON Schema', () => {
  const generated = `${JSON.stringify(deckJsonSchema(), null, 2)}\n`

  // `npm run schema` runs this file with vitest's own --update, which rewrites the file: no
  // environment variable, so the same command works in Windows' cmd and in a POSIX shell.
  it('matches the valibot schema (run `npm run schema` after changing content.ts)', async () => {
    await expect(
      generated,
      'resources/content/deck.schema.json is stale: run `npm run schema`'
    ).toMatchFileSnapshot('../../resources/content/deck.schema.json')
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
