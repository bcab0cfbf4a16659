/**
 * Plain-text views of slides, for titles, the overview and screen-reader announcements (the
 * interface's own strings are in ui-text.ts).
 */
import type { Lang, Slide } from '@shared/content'

/** The slide's headline in a language. */
export function slideTitle(slide: Slide, lang: Lang): string {
  switch (slide.type) {
    case 'quote':
      return slide.attribution?.[lang] ?? slide.quote[lang]
    default:
      return slide.title[lang]
  }
}
