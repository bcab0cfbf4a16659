import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { watchContent } from './content-watch'

const quiet = { info: () => undefined, warn: () => undefined }
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('watchContent', () => {
  it('shows the user-data pack, and applies a valid change only when asked (at the attract loop)', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'user-data-'))
    cpSync('examples/content-pack', join(userData, 'content'), { recursive: true })
    const source = await watchContent(null, userData, 'resources/content', quiet, 100)
    try {
      expect(source.current().label).toBe('user data')
      expect(source.applyPending(), 'nothing waiting yet').toBe(false)
      // Break the pack: the broken version is never applied; the app falls back to bundled.
      writeFileSync(join(userData, 'content', 'deck.json'), '{ broken')
      await wait(600)
      expect(source.current().label, 'still showing the good pack until the attract loop').toBe(
        'user data'
      )
      expect(source.applyPending()).toBe(true)
      expect(source.current().label, 'a broken pack falls back to the bundled one').toBe('bundled')
      // Mend it: picked up while running, waiting for the attract loop.
      cpSync('examples/content-pack/deck.json', join(userData, 'content', 'deck.json'))
      await wait(600)
      expect(source.current().label).toBe('bundled')
      expect(source.applyPending()).toBe(true)
      expect(source.current().label).toBe('user data')
    } finally {
      source.dispose()
    }
  })

  it('reports a broken --content pack and falls back, keeping the problems', async () => {
    const warnings: string[] = []
    const source = await watchContent(
      'test/packs/duplicate-ids',
      mkdtempSync(join(tmpdir(), 'ud-')),
      'resources/content',
      {
        info: () => undefined,
        warn: (m) => warnings.push(m)
      }
    )
    try {
      expect(source.current().label).toBe('bundled')
      expect(warnings).toEqual([
        '[content] --content: deck.json: slide 2 ("cover"), id: duplicate slide id "cover" (also slide 1)'
      ])
    } finally {
      source.dispose()
    }
  })
})
