/**
 * Loads the content pack from the page's own origin (`content/deck.json`) and validates it.
 */
import { formatIssue, parseDeck, type Deck } from '@shared/content'

/** Where the deck lives, relative to the page: the same path in every host. */
export const DECK_URL = 'content/deck.json'

export type LoadResult = { ok: true; deck: Deck } | { ok: false; problems: string[] }

export async function loadDeck(url = DECK_URL): Promise<LoadResult> {
  let text: string
  try {
    // An ordinary request, so the page's preload of the deck answers it; the hosts serve pack
    // files with Cache-Control: no-cache, so it is never a stale copy.
    const response = await fetch(url)
    if (!response.ok)
      return { ok: false, problems: [`${url}: $: could not be read (HTTP ${response.status})`] }
    text = await response.text()
  } catch (err) {
    return { ok: false, problems: [`${url}: $: could not be read (${(err as Error).message})`] }
  }
  const result = parseDeck(text, url)
  return result.ok ? result : { ok: false, problems: result.issues.map(formatIssue) }
}
