import { describe, expect, it, vi } from 'vitest'
import { DEFAULT_SHOW_CONFIG } from '@shared/config'
import type { Deck } from '@shared/content'
import { fakeTimersFor } from '../test-timers'
import { Show, type ShowOptions } from './show.svelte'

const text = (s: string) => ({ zh: s, en: s })

function makeDeck(durations: (number | undefined)[]): Deck {
  return {
    version: 1,
    title: text('Deck'),
    defaultDuration: 8,
    slides: durations.map((duration, i) => ({
      id: `s${i}`,
      type: 'quote' as const,
      quote: text(`Slide ${i}`),
      ...(duration ? { duration } : {})
    }))
  }
}

const config = { ...DEFAULT_SHOW_CONFIG, idleSeconds: 60 }

// Every test runs on fake timers: the idle time, the durations, the transitions.
const made = fakeTimersFor()

/** A Show of slides with these durations (undefined: the deck's default), disposed after the test. */
function startShow(durations: (number | undefined)[], options?: ShowOptions): Show {
  return made(new Show(makeDeck(durations), config, options))
}

describe('Show: idle → attract loop → wake', () => {
  it('starts the attract loop after the idle time, at the first slide, in Chinese', () => {
    const show = startShow([undefined, 5, undefined], { start: 2 })
    show.lang = 'en'
    show.overviewOpen = true
    vi.advanceTimersByTime(59_999)
    expect(show.attract.active, 'not yet idle').toBe(false)
    vi.advanceTimersByTime(1)
    expect(show.attract.active, 'idle after 60 s').toBe(true)
    expect(show.deck.index, 'the loop starts at the first slide').toBe(0)
    expect(show.lang, 'the loop returns to Chinese').toBe('zh')
    expect(show.overviewOpen, 'the loop closes the overview').toBe(false)
  })

  it('plays each slide for its own duration and loops', () => {
    const show = startShow([undefined, 5, 3])
    show.attract.start()
    vi.advanceTimersByTime(7_999)
    expect(show.deck.index, 'slide 0 stays its default 8 s').toBe(0)
    vi.advanceTimersByTime(1)
    expect(show.deck.index).toBe(1)
    vi.advanceTimersByTime(4_999)
    expect(show.deck.index, 'slide 1 stays its own 5 s').toBe(1)
    vi.advanceTimersByTime(1)
    expect(show.deck.index).toBe(2)
    vi.advanceTimersByTime(3_000)
    expect(show.deck.index, 'the loop wraps to the first slide').toBe(0)
    expect(show.attract.slideMs).toBe(8_000)
  })

  it('any input stops the loop, is swallowed, and idle counts again from then', () => {
    const show = startShow([undefined, undefined, undefined])
    show.attract.start()
    vi.advanceTimersByTime(8_000)
    expect(show.deck.index).toBe(1)
    expect(show.onUserInput('touch'), 'the waking touch presses nothing').toBe(false)
    expect(show.attract.active).toBe(false)
    vi.advanceTimersByTime(30_000)
    expect(show.deck.index, 'the visitor keeps the slide they woke on').toBe(1)
    expect(show.onUserInput('key'), 'the next input acts').toBe(true)
    vi.advanceTimersByTime(59_999)
    expect(show.attract.active, 'idle restarts from the last input').toBe(false)
    vi.advanceTimersByTime(1)
    expect(show.attract.active).toBe(true)
    expect(show.attract.starts).toBe(2)
  })

  it('counts a burst of touches faster than 10 per second as one interaction', () => {
    const show = startShow([undefined, undefined])
    expect(show.onUserInput('touch'), 'first touch acts').toBe(true)
    for (let i = 0; i < 5; i++) {
      vi.advanceTimersByTime(40)
      expect(show.onUserInput('touch'), `ghost touch ${i + 1} is ignored`).toBe(false)
    }
    expect(show.ghostTouches).toBe(5)
    vi.advanceTimersByTime(150)
    expect(show.onUserInput('touch'), 'a touch after a calm spell acts').toBe(true)
    expect(show.onUserInput('key'), 'keys are not ghost-filtered').toBe(true)
    expect(show.onUserInput('mouse'), 'a mouse is not ghost-filtered').toBe(true)
    expect(show.onUserInput('mouse'), 'not even a fast one').toBe(true)
  })

  it('jumps to a typed slide number and ignores numbers out of range', () => {
    const show = startShow([undefined, undefined, undefined])
    show.goToNumber(3)
    expect(show.deck.index).toBe(2)
    show.goToNumber(9)
    expect(show.deck.index, 'slide 9 of 3 does nothing').toBe(2)
    show.goToNumber(0)
    expect(show.deck.index).toBe(2)
    show.goToId('s0')
    expect(show.deck.index).toBe(0)
  })
})

describe('Show: presenting', () => {
  it('never starts the attract loop by itself when asked not to', () => {
    const show = startShow([undefined, undefined], { attractOnIdle: false })
    vi.advanceTimersByTime(10 * 60_000)
    expect(show.attract.active, 'no attract loop for a presenter').toBe(false)
  })

  it('blacks and whites out; the same key or any navigation brings the slide back', () => {
    const show = startShow([undefined, undefined, undefined])
    show.toggleBlank('black')
    expect(show.blank).toBe('black')
    show.toggleBlank('black')
    expect(show.blank, 'B again').toBe('none')
    show.toggleBlank('white')
    expect(show.blank).toBe('white')
    show.next()
    expect(show.blank, 'navigation brings it back').toBe('none')
    expect(show.deck.index).toBe(1)
    show.toggleBlank('black')
    show.goToIndex(0)
    expect(show.blank).toBe('none')
  })

  it('ending the talk shows the end screen; resuming or any navigation brings the slides back', () => {
    const show = startShow([undefined, 4, 4], { start: 1, attractOnIdle: false })
    show.toggleAutoplay()
    show.toggleOverview()
    show.endTalk()
    expect(show.blank).toBe('end')
    expect(show.attract.active, 'nothing plays on the end screen').toBe(false)
    expect(show.overviewOpen, 'no overview over it').toBe(false)
    vi.advanceTimersByTime(60_000)
    expect(show.deck.index, 'the slide stays where the talk ended').toBe(1)
    show.resumeTalk()
    expect(show.blank, 'resumed').toBe('none')
    show.endTalk()
    show.prev()
    expect(show.blank, 'a navigation key resumes too').toBe('none')
    expect(show.deck.index).toBe(0)
    show.toggleBlank('black')
    show.resumeTalk()
    expect(show.blank, 'resuming leaves a blackout alone').toBe('black')
  })

  it('plays on from the current slide with the play control, and pauses', () => {
    const show = startShow([undefined, 4, 4], { start: 1 })
    show.lang = 'en'
    show.toggleAutoplay()
    expect(show.attract.active).toBe(true)
    expect(show.deck.index, 'playing starts where we are').toBe(1)
    expect(show.lang, 'and keeps the language').toBe('en')
    vi.advanceTimersByTime(4_000)
    expect(show.deck.index).toBe(2)
    show.toggleAutoplay()
    expect(show.attract.active).toBe(false)
    vi.advanceTimersByTime(4_000)
    expect(show.deck.index, 'paused').toBe(2)
  })
})

describe('Show: reach mode and large text', () => {
  it('reach mode turns large text on, and leaving it puts large text back as it was', () => {
    const show = startShow([undefined, undefined])
    expect(show.textStep, 'normal text by default').toBe(0)
    show.toggleReach()
    expect(show.reach, 'reach mode on').toBe(true)
    expect(show.textStep, 'reach mode makes text one step larger').toBe(1)
    show.toggleReach()
    expect(show.textStep, 'leaving reach mode returns to normal text').toBe(0)

    show.toggleLargeText()
    show.toggleReach()
    show.toggleReach()
    expect(show.largeText, 'large text chosen before reach mode stays on after it').toBe(true)
    expect(show.reach).toBe(false)
  })

  it('large text can be turned off inside reach mode without leaving it', () => {
    const show = startShow([undefined, undefined])
    show.toggleReach()
    show.toggleLargeText()
    expect(show.reach, 'still in reach mode').toBe(true)
    expect(show.textStep, 'text back to normal').toBe(0)
  })

  it('both end when the attract loop starts, so the next visitor starts from the default', () => {
    const show = startShow([undefined, undefined])
    show.toggleLargeText()
    show.toggleReach()
    vi.advanceTimersByTime(59_999)
    expect(show.reach, 'reach mode lasts while the visitor is there').toBe(true)
    vi.advanceTimersByTime(1)
    expect(show.attract.unattended, 'the attract loop started').toBe(true)
    expect(show.reach, 'reach mode ended with the attract loop').toBe(false)
    expect(show.largeText, 'large text ended with the attract loop').toBe(false)
    // Nothing of the last visitor's choice comes back when the next one leaves reach mode.
    show.onUserInput('mouse')
    show.toggleReach()
    show.toggleReach()
    expect(show.largeText, 'large text stays off for the next visitor').toBe(false)
  })

  it('the play control does not end reach mode: the visitor is still there', () => {
    const show = startShow([undefined, undefined])
    show.toggleReach()
    show.toggleAutoplay()
    vi.advanceTimersByTime(20_000)
    expect(show.reach, 'reach mode stays while slides play by request').toBe(true)
  })
})
