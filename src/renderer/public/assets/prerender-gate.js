// The first frame prerendered into index.html (src/shared/prerender.ts) is the app's first view
// only at the page's plain address, or a browser kiosk's (`?kiosk`, `?adminPin=`: they change the
// controls and the admin escape, not the slide). Any other query (presenter, print, a language,
// show options) or a hash (a slide) asks for another first view, so the frame is hidden before
// anything paints. A classic script in the head runs before the body is parsed; the stylesheet
// hides the app's root, frame and all, until the app drops the frame and mounts afresh.
const SAME_FIRST_VIEW = new Set(['kiosk', 'adminPin'])
const otherView =
  location.hash !== '' ||
  [...new URLSearchParams(location.search).keys()].some((key) => !SAME_FIRST_VIEW.has(key))
if (otherView) document.documentElement.dataset.prerender = 'off'
