/**
 * Plain-text views of slides, for titles, the overview and screen-reader announcements (the
 * interface's own strings are in ui-text.ts).
 */
import type { Lang, Slide } from '@shared/content'

/** A slide's (or a hub card's) number as the show writes it: two digits, 01 to 99. */
export function twoDigits(n: number): string {
  return String(n).padStart(2, '0')
}

/** The slide's headline in a language. */
export function slideTitle(slide: Slide, lang: Lang): string {
  switch (slide.type) {
    case 'quote':
      return slide.attribution?.[lang] ?? slide.quote[lang]
    default:
      return slide.title[lang]
  }
}
