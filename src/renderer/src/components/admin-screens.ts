/**
 * The admin screens, loaded the first time the corner opens: a visitor never needs them, so
 * they stay out of the JavaScript that runs before the first slide is painted.
 */
export { default as PinPad } from './PinPad.svelte'
export { default as AdminPanel } from './AdminPanel.svelte'
export { default as VisitorStats } from './VisitorStats.svelte'
