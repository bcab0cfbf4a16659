import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { svelte } from '@sveltejs/vite-plugin-svelte'

export default defineConfig({
  // Compile runes for the client and resolve Svelte's client runtime, so $state, $derived and
  // $effect behave in the unit tests exactly as in the app (tests run in Node, without a DOM).
  plugins: [svelte({ dynamicCompileOptions: () => ({ generate: 'client' }) })],
  resolve: {
    alias: { '@shared': resolve(import.meta.dirname, 'src/shared') },
    conditions: ['browser']
  },
  ssr: { resolve: { conditions: ['browser'] } },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: process.env.CI_REPORT ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/vitest.json' }
  }
})
