/**
 * reveal.js harness: the deck as <section>s (bench/build-peers.mjs), 1920×1080 like our stage,
 * 600 ms slide transitions (our app's default; reveal's own default is 800 ms), its autoSlide
 * with each slide's duration as data-autoslide when ?autoplay=1, looping like our attract loop.
 * Charts follow reveal's plugin pattern: created on `ready`/`slidechanged` for the current slide,
 * the previous one destroyed.
 */
;(function () {
  const peer = window.benchPeer
  Reveal.on('slidechanged', (event) => peer.slideChanged(event.currentSlide))
  Reveal.initialize({
    width: 1920,
    height: 1080,
    margin: 0,
    center: false,
    hash: false,
    transition: peer.instant ? 'none' : 'slide',
    backgroundTransition: 'none',
    autoSlide: peer.autoplay ? 8000 : false,
    loop: peer.autoplay
  }).then(() => {
    peer.showSlide(Reveal.getCurrentSlide())
    peer.markFirstSlide()
  })
})()
