/**
 * Builds src/main/pack-worker.ts into one plain-Node file for the tests (a worker thread runs
 * JavaScript, not the TypeScript vitest transforms), once per test run.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'

let built: Promise<string> | undefined

export function buildWorker(): Promise<string> {
  built ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'pack-worker-'))
    await build({
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: { '@shared': resolve('src/shared') } },
      ssr: { noExternal: true },
      build: {
        ssr: resolve('src/main/pack-worker.ts'),
        outDir,
        emptyOutDir: false,
        rolldownOptions: { output: { format: 'es', entryFileNames: 'pack-worker.mjs' } }
      }
    })
    return join(outDir, 'pack-worker.mjs')
  })()
  return built
}
