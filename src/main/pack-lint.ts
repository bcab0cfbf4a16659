/**
 * Editorial warnings for a content pack on disk: the rules of `@shared/content-lint`, with the
 * pack's own `glossary.json` when it has one. Warnings never stop a pack from loading; the
 * checker prints them so that an exhibition team fixes them before a pack reaches the hall.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import type { Deck } from '@shared/content'
import { GlossarySchema, formatWarning, lintDeck, type Glossary } from '@shared/content-lint'

export const GLOSSARY_FILE = 'glossary.json'

/** The pack's glossary; none when the file is absent, a warning when it is malformed. */
function readGlossary(dir: string): { glossary?: Glossary; problem?: string } {
  let text: string
  try {
    text = readFileSync(join(dir, GLOSSARY_FILE), 'utf8')
  } catch {
    return {}
  }
  try {
    const parsed = v.safeParse(GlossarySchema, JSON.parse(text))
    if (parsed.success) return { glossary: parsed.output }
    return { problem: `${GLOSSARY_FILE}: $: ${parsed.issues[0]?.message ?? 'invalid'}` }
  } catch (err) {
    return { problem: `${GLOSSARY_FILE}: $: not valid JSON (${(err as Error).message})` }
  }
}

/** Every editorial warning for a checked pack, as `file: json-path: message` lines. */
export function lintPack(dir: string, deck: Deck): string[] {
  const { glossary, problem } = readGlossary(dir)
  const lines = lintDeck(deck, glossary).map((w) => `deck.json: ${formatWarning(w)}`)
  return problem ? [problem, ...lines] : lines
}
