import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { contentDevServer } from './scripts/vite-content-plugin.mjs'

const shared = { '@shared': resolve(import.meta.dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared }
  },
  preload: {
    resolve: { alias: shared },
    build: {
      // A sandboxed preload cannot `import` at run time: one self-contained CommonJS file.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } }
    }
  },
  renderer: {
    resolve: { alias: shared },
    plugins: [svelte(), contentDevServer(resolve(import.meta.dirname, 'resources/content'))],
    build: {
      // Kiosk screens run a current Chromium: no legacy transpilation needed.
      target: 'chrome130',
      minify: true,
      assetsInlineLimit: 0
    }
  }
})
