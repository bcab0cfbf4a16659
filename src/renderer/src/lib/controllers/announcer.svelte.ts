/**
 * What a screen reader says when the slide changes: "Slide 3 / 24: <title>", for changes made
 * by a person, never for the attract loop's steps (it would talk all day to an empty room).
 */
import { afterMovementShows } from '../after-paint'
import type { Show } from '../engine/show.svelte'
import { slideTitle } from '../slide-text'
import { fill, UI } from '../ui-text'
import { Controller } from './controller.svelte'

/** What the announcer reads of a show. */
export type AnnouncedShow = Pick<Show, 'slide' | 'lang'> & {
  readonly deck: { readonly index: number; readonly count: number }
  readonly attract: { readonly active: boolean }
}

export class Announcer extends Controller {
  /** The text of the page's polite live region. */
  text = $state('')

  constructor(show: AnnouncedShow) {
    super()
    this.effect(() => {
      const { slide, lang } = show
      const n = show.deck.index + 1
      if (show.attract.active) return
      const text = `${fill(UI.slide[lang], { n })} / ${show.deck.count}: ${slideTitle(slide, lang)}`
      return afterMovementShows(() => (this.text = text))
    })
  }
}
