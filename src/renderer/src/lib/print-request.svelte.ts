/**
 * What the browser's next print includes: the presenter's "with notes" choice while its export
 * prints (lib/host.ts sets it around `window.print()`); a plain Ctrl+P prints the slides alone.
 */
export const printRequest = $state({ notes: false })
