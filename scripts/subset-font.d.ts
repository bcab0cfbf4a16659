/** Types of `subset-font` (it ships none): the options scripts/deck-fonts.mjs uses. */
declare module 'subset-font' {
  type Axis = number | { min: number; max: number; default?: number }
  interface Options {
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype'
    preserveNameIds?: number[]
    keepFeatures?: string[]
    variationAxes?: Record<string, Axis>
    keepAllGlyphs?: boolean
    noLayoutClosure?: boolean
    glyphNames?: boolean
    noHinting?: boolean
    dropTables?: string[]
  }
  /** Subsets `font` to the characters of `text` (harfbuzz hb-subset, in wasm). */
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: Options
  ): Promise<Uint8Array>
}
