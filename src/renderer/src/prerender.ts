/**
 * Build-time server render of the show's first frame (scripts/prerender.mjs loads this module in
 * Node, never in the page): the bundled deck's first slide on the stage, in Chinese, as ShowView
 * draws it, without the controls (they differ by mode and come with the app a moment later).
 * See shared/prerender.ts for when the page shows it.
 */
import { render } from 'svelte/server'
import { DEFAULT_SHOW_CONFIG } from '@shared/config'
import { parseDeck, formatIssue } from '@shared/content'
import { Show } from './lib/engine/show.svelte'
import ShowView from './components/ShowView.svelte'

export type FirstFrame = { ok: true; html: string } | { ok: false; problems: string[] }

/** The first frame's markup for the deck in `deckText` (`file` names it in problems). */
export function renderFirstFrame(deckText: string, file: string): FirstFrame {
  const parsed = parseDeck(deckText, file)
  if (!parsed.ok) return { ok: false, problems: parsed.issues.map(formatIssue) }
  const show = new Show(parsed.deck, { ...DEFAULT_SHOW_CONFIG }, { start: 0, attractOnIdle: false })
  try {
    const { body } = render(ShowView, { props: { show, mode: 'windowed', picture: true } })
    return { ok: true, html: body }
  } finally {
    show.dispose()
  }
}
