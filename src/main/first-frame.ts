/**
 * The page as a host serves it: with the first frame the build prerendered into it only when
 * that frame was drawn from the deck the host serves (shared/prerender.ts). Both hosts use it:
 * the Electron protocol (protocol.ts) and `npm run web` (scripts/serve.mjs, through the
 * content-pack module).
 */
import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DECK_FILE } from '@shared/pack-rules'
import { pageForDeck } from '@shared/prerender'

/** SHA-256 (hex) of `deck.json` bytes: what the build writes on the frame (scripts/prerender.mjs). */
export function deckDigest(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * `html` (the built index.html) as served with the content in `contentDir`: without its frame when
 * the frame was drawn from another deck, when there is no deck, or when the first view may not
 * be the show (`firstViewIsShow` false: opening hours).
 */
export async function servedPage(
  html: string,
  contentDir: string,
  firstViewIsShow: boolean
): Promise<string> {
  const digest = await readFile(join(contentDir, DECK_FILE)).then(deckDigest, () => null)
  return pageForDeck(html, digest, firstViewIsShow)
}
