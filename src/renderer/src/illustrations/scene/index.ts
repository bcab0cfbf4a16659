/**
 * The parts the illustrations are drawn with: `Scene` (the frame and sky) and the figures,
 * busts, trees, skylines, glows and gradients placed in it, in the palette's tones.
 */
export { default as Bust } from './Bust.svelte'
export { default as Figure } from './Figure.svelte'
export { default as Glow } from './Glow.svelte'
export { default as Gradient } from './Gradient.svelte'
export { default as Scene } from './Scene.svelte'
export { default as Skyline } from './Skyline.svelte'
export { default as Tree } from './Tree.svelte'
export { RUNNER, type Pose, type Tone } from './types'
