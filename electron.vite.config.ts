import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'
import { contentDevServer } from './scripts/vite-content-plugin.mjs'
import { deckFonts } from './scripts/deck-fonts.mjs'
import { prerenderFirstFrame } from './scripts/prerender.mjs'
import * as prerenderMarkers from './src/shared/prerender'
import pkg from './package.json' with { type: 'json' }

const shared = { '@shared': resolve(import.meta.dirname, 'src/shared') }

export default defineConfig({
  main: {
    resolve: { alias: shared },
    build: {
      // The app, plus the content-pack checker as plain Node modules for `npm run content:check`
      // and `npm run web` (they import no Electron).
      rolldownOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          'check-content': resolve(import.meta.dirname, 'src/main/check-content.ts'),
          'pack-sign-cli': resolve(import.meta.dirname, 'src/main/pack-sign-cli.ts'),
          'content-pack': resolve(import.meta.dirname, 'src/main/content-pack.ts'),
          // The worker thread that checks packs off the main process's thread.
          'pack-worker': resolve(import.meta.dirname, 'src/main/pack-worker.ts')
        }
      }
    }
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
    plugins: [
      svelte(),
      contentDevServer(resolve(import.meta.dirname, 'resources/content')),
      // Font subsets of the bundled deck's glyphs, made at build time (scripts/deck-fonts.mjs).
      deckFonts(import.meta.dirname),
      // The first frame drawn into index.html, so it paints before the script runs.
      prerenderFirstFrame(import.meta.dirname, prerenderMarkers)
    ],
    // The browser build shows the same version as the app in its admin panel.
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
    build: {
      // Kiosk screens run a current Chromium: no legacy transpilation needed.
      target: 'chrome130',
      minify: true,
      assetsInlineLimit: 0
    }
  }
})
