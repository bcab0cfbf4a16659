/**
 * Swiper harness (an ES module): the core with the Autoplay and Keyboard modules only, one
 * .swiper-slide a slide (bench/build-peers.mjs), 600 ms transitions like our app, Autoplay with
 * each slide's duration as data-swiper-autoplay when ?autoplay=1, looping like our attract loop.
 * Charts: created on `init`/`slideChange` for the active slide, the previous one destroyed.
 */
import Swiper from './vendor/swiper/swiper.min.mjs'
import Autoplay from './vendor/swiper/modules/autoplay.min.mjs'
import Keyboard from './vendor/swiper/modules/keyboard.min.mjs'

const peer = window.benchPeer
/** The deck's slides in order (loop mode moves the elements around; realIndex counts in this). */
const slides = [...document.querySelectorAll('.swiper-slide')]
const active = (swiper) => slides[swiper.realIndex]

new Swiper('.swiper', {
  modules: [Autoplay, Keyboard],
  speed: peer.instant ? 0 : 600,
  keyboard: { enabled: true },
  loop: peer.autoplay,
  // With transitions off (?instant=1, the memory run) Autoplay must not wait for a CSS
  // 'transitionend' that never comes: waitForTransition is its documented switch for that.
  autoplay: peer.autoplay
    ? { delay: 8000, disableOnInteraction: true, waitForTransition: !peer.instant }
    : false,
  on: {
    init(swiper) {
      peer.showSlide(active(swiper))
      peer.markFirstSlide()
    },
    slideChange(swiper) {
      peer.slideChanged(active(swiper))
    }
  }
})
