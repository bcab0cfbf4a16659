/**
 * Build-time server render of the show's first frame (scripts/prerender.mjs loads this module in
 * Node, never in the page): the app, as it starts at the page's plain address, on the bundled
 * deck's first slide, in Chinese. See shared/prerender.ts for when the page shows it.
 */
import { render } from 'svelte/server'
import { parseDeck, formatIssue } from '@shared/content'
import type { HostInfo } from '@shared/ipc'
import App from './App.svelte'

export type FirstFrame = { ok: true; html: string } | { ok: false; problems: string[] }

/**
 * The host as the render assumes it: nothing overridden (a host's options are applied on
 * hydration), in kiosk mode. A kiosk's controls are the ones every mode has: the other modes add
 * the autoplay button when the app hydrates the frame, at the left end of the top row, so nothing
 * on screen moves.
 */
const PLAIN_HOST: HostInfo = {
  host: 'browser',
  mode: 'kiosk',
  version: '',
  showOverrides: {},
  adminPin: 'not-set'
}

/** The first frame's markup for the deck in `deckText` (`file` names it in problems). */
export function renderFirstFrame(deckText: string, file: string): FirstFrame {
  const parsed = parseDeck(deckText, file)
  if (!parsed.ok) return { ok: false, problems: parsed.issues.map(formatIssue) }
  const boot = { search: '', hash: '', loaded: { info: PLAIN_HOST, deck: parsed } }
  const { body } = render(App, { props: { boot, picture: true } })
  return { ok: true, html: body }
}
