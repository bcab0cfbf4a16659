/**
 * URL hash routing: `#/<slide-id>` names the current slide and deep-links to it.
 */

/** The hash for a slide id. */
export function formatHash(id: string): string {
  return `#/${encodeURIComponent(id)}`
}

/**
 * The slide index a hash points at, or `null` when the hash names no slide (unknown ids fall
 * back to the first slide at the call site, with no error).
 */
export function parseHash(hash: string, ids: readonly string[]): number | null {
  const match = /^#\/?(.+)$/.exec(hash)
  if (!match?.[1]) return null
  let id: string
  try {
    id = decodeURIComponent(match[1])
  } catch {
    return null
  }
  const index = ids.indexOf(id)
  return index >= 0 ? index : null
}
