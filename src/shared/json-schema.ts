/**
 * The content schema as a JSON Schema, published beside the bundled content
 * (`resources/content/deck.schema.json`) so content authors get completion and checks in their
 * editor. Rules a JSON Schema cannot state (unique ids, links, series lengths) are checked by
 * {@link validateDeck} and `npm run content:check`.
 */
import { toJsonSchema } from '@valibot/to-json-schema'
import { DeckSchema } from './content'

export function deckJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...toJsonSchema(DeckSchema, { errorMode: 'ignore', target: 'draft-07' }),
    title: 'Yuzhong education exhibition: content pack (deck.json)',
    description:
      'Slides of the kiosk slideshow. Every text is given in Chinese (zh) and English (en). ' +
      'Generated from src/shared/content.ts by `npm run schema`; do not edit by hand.'
  }
}
