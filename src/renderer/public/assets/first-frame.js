// Served as written (not minified): its reasons are in scripts/prerender.mjs, which injects it at
// the end of the head. Hides the prerendered first frame when the URL asks for another first view
// (a hash, or a query other than a browser kiosk's), and starts the first slide's fonts.
const SAME_FIRST_VIEW = new Set(['kiosk', 'adminPin'])
if (
  location.hash !== '' ||
  [...new URLSearchParams(location.search).keys()].some((key) => !SAME_FIRST_VIEW.has(key))
)
  document.documentElement.dataset.prerender = 'off'
const FIRST_SLIDE_FAMILIES = new Set(document.currentScript.dataset.families.split(','))
for (const face of document.fonts)
  if (FIRST_SLIDE_FAMILIES.has(face.family.replace(/["']/g, ''))) face.load().catch(() => {})
