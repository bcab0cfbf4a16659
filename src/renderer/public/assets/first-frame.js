// Runs at the end of the head, after the stylesheet and before the body (the prerendered first
// frame, src/shared/prerender.ts) is parsed. A classic script: it blocks the parser, briefly.

// The frame is the app's first view only at the page's plain address, or a browser kiosk's
// (`?kiosk`, `?adminPin=`: they change the controls and the admin escape, not the slide). Any
// other query (presenter, print, a language, show options) or a hash (a slide) asks for another
// first view, so the frame is hidden before anything paints: the stylesheet hides the app's root,
// frame and all, until the app drops the frame and mounts afresh.
const SAME_FIRST_VIEW = new Set(['kiosk', 'adminPin'])
const otherView =
  location.hash !== '' ||
  [...new URLSearchParams(location.search).keys()].some((key) => !SAME_FIRST_VIEW.has(key))
if (otherView) document.documentElement.dataset.prerender = 'off'

// The first slide's fonts (families of their own: scripts/deck-fonts.mjs; preloaded from the
// head) start loading now, while the body is parsed. A face otherwise starts only when the first
// layout asks for it: that layout then measures the text with stand-in system fonts (asking the
// host for each), and is done again once the faces are in.
const FIRST_SLIDE_FAMILIES = new Set(['Noto Sans SC Deck', 'Source Sans 3 Deck'])
for (const face of document.fonts)
  if (FIRST_SLIDE_FAMILIES.has(face.family.replace(/["']/g, ''))) face.load().catch(() => {})
