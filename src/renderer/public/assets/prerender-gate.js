// The first frame prerendered into index.html (src/shared/prerender.ts) is the app's first view
// only at the page's plain address: a query (presenter, print, a language, show options) or a
// hash (a slide) asks for another, so the frame is hidden before anything paints. A classic
// script in the head, so it runs before the body is parsed; the stylesheet hides the frame.
if (location.search || location.hash) document.documentElement.dataset.prerender = 'off'
