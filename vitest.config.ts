import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import { svelte } from '@sveltejs/vite-plugin-svelte'

export default defineConfig({
  plugins: [svelte()],
  resolve: {
    alias: { '@shared': resolve(import.meta.dirname, 'src/shared') },
    // Resolve Svelte's browser build so runes ($state, $derived) behave as in the app.
    conditions: ['browser']
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: process.env.CI_REPORT ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/vitest.json' }
  }
})
