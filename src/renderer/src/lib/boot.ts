/**
 * What the app starts from: the page's address, the host's info and the content pack. main.ts
 * loads it before the app is mounted, so the app's first view is the show at once (the same view
 * the build prerendered into the page, which the app then hydrates: shared/prerender.ts).
 */
import type { HostInfo } from '@shared/ipc'
import { loadDeck, type LoadResult } from './content-loader'
import { hostInfo } from './host'

/** The host's info and the deck as loaded (or why it could not be). */
export interface Loaded {
  info: HostInfo
  deck: LoadResult
}

export interface Boot {
  /** The page address's query (`?presenter`, `?lang=en`, show options…), with its `?`. */
  search: string
  /** The page address's hash (`#slide-id`). */
  hash: string
  /** Null on a halted page, which loads nothing. */
  loaded: Loaded | null
}

/** After repeated crashes the host opens the page with `?halted`: a calm page, nothing loaded. */
export function isHalted(search: string): boolean {
  return new URLSearchParams(search).has('halted')
}

/** Loads what the app starts from, for the page at `address`. */
export async function loadBoot(address: { search: string; hash: string }): Promise<Boot> {
  const { search, hash } = address
  if (isHalted(search)) return { search, hash, loaded: null }
  const [info, deck] = await Promise.all([hostInfo(), loadDeck()])
  return { search, hash, loaded: { info, deck } }
}
