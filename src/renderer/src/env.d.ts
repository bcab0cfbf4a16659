/// <reference types="svelte" />
/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_APP_VERSION?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}

/** The build-time font subsets of the bundled deck (scripts/deck-fonts.mjs). */
declare module 'virtual:deck-fonts.css'

/** The font families of those subsets (scripts/deck-fonts.mjs). */
declare module 'virtual:deck-fonts' {
  export const DECK_FAMILIES: readonly string[]
}
