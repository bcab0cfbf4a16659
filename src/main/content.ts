/**
 * The content feature: which pack the app serves, and a changed pack applied (every window
 * reloaded) when the show next returns to its attract loop, so a visitor is never interrupted.
 * The choosing and watching is in content-watch.ts.
 */
import { app } from 'electron'
import { attractStarted, type AppContext } from './app-context'
import { watchContent, type ContentSource } from './content-watch'
import { log } from './logging'

/** Sets up the content feature; `bundled` is the pack that ships with the app. */
export async function setupContent(
  ctx: Pick<AppContext, 'config' | 'onShowState' | 'reloadAll'>,
  bundled: string
): Promise<ContentSource & { describe(): string; signature(): string }> {
  // (version() comes with the source: a digest of the shown pack's files.)
  const keys = ctx.config.contentPublicKeys
  const source = await watchContent(
    ctx.config.content,
    app.getPath('userData'),
    bundled,
    log,
    undefined,
    keys
  )
  ctx.onShowState((state, previous) => {
    if (attractStarted(state, previous) && source.applyPending()) {
      log.info('[content] applying the updated pack')
      ctx.reloadAll()
    }
  })
  app.on('will-quit', () => source.dispose())
  return {
    ...source,
    describe() {
      const { label, dir } = source.current()
      return label === 'bundled' ? 'bundled' : `${label}: ${dir}`
    },
    signature() {
      if (!keys.length) return 'packs not signed (no contentPublicKeys)'
      const { label, problems } = source.current()
      const refused = problems.find((p) => p.includes('signature.json'))
      if (label === 'bundled') return refused ? `refused: ${refused}` : 'bundled (signed app)'
      return `signed, verified (${keys.length} trusted key${keys.length === 1 ? '' : 's'})`
    }
  }
}
