/**
 * The first frame of the bundled deck, prerendered into `index.html` at build time
 * (scripts/prerender.mjs), so the first slide paints as soon as the page and its fonts are in,
 * before the app's script has run. The app lays its own first frame over it and then removes it
 * (renderer main.ts).
 *
 * It is only right when the app's first view is that frame. The page itself hides it when its URL
 * asks for anything else (a query: presenter, print, language, options; a hash: another slide),
 * and a host serves the page without it when it shows other content: a content pack, or opening
 * hours (the first view may be the closed screen). {@link withoutPrerender} is how.
 */

/** Opens the prerendered frame in the built `index.html`. */
export const PRERENDER_START = '<!--prerender-->'
/** Closes it. */
export const PRERENDER_END = '<!--/prerender-->'
/** The id of the frame's element (the app removes it once its own first frame is painted). */
export const PRERENDER_ID = 'prerender'

/** `html` without its prerendered frame (unchanged when it has none). */
export function withoutPrerender(html: string): string {
  const start = html.indexOf(PRERENDER_START)
  const end = html.indexOf(PRERENDER_END, start)
  if (start < 0 || end < 0) return html
  return html.slice(0, start) + html.slice(end + PRERENDER_END.length)
}
