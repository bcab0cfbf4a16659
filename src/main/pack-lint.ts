/**
 * Editorial warnings for a content pack on disk: the rules of `@shared/content-lint`, with the
 * pack's own `glossary.json` when it has one. Warnings never stop a pack from loading; the
 * checker prints them so that an exhibition team fixes them before a pack reaches the hall.
 */
import { readFileSync, readdirSync } from 'node:fs'
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

/**
 * Files of the pack (in its folder and in `media/`) whose names differ only in letter case or
 * Unicode form: the Linux kiosk keeps both, but Windows, macOS and a FAT or exFAT USB stick hold
 * only one of them, so copying the pack there silently replaces one file with the other.
 */
export function nameClashes(dir: string): string[] {
  const lines: string[] = []
  for (const folder of ['', 'media/']) {
    let names: string[]
    try {
      names = readdirSync(join(dir, folder)).sort()
    } catch {
      continue
    }
    const seen = new Map<string, string>()
    for (const name of names) {
      const key = name.normalize('NFC').toLowerCase()
      const first = seen.get(key)
      if (first === undefined) seen.set(key, name)
      else
        lines.push(
          `${folder}${name}: $: differs from "${folder}${first}" only in capital letters or ` +
            'Unicode form: copied to Windows, macOS or a USB stick, one file replaces the ' +
            'other; rename or remove one'
        )
    }
  }
  return lines
}

/** Every editorial warning for a checked pack, as `file: place: message` lines. */
export function lintPack(dir: string, deck: Deck): string[] {
  const { glossary, problem } = readGlossary(dir)
  const lines = lintDeck(deck, glossary).map((w) => `deck.json: ${formatWarning(w)}`)
  return [...(problem ? [problem] : []), ...nameClashes(dir), ...lines]
}
