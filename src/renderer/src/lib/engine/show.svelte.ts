/**
 * The show: the deck, the attract loop, the overview and the language, behind the one door all
 * input goes through — {@link Show.onUserInput}, the only place that stops auto-play.
 */
import type { ShowConfig } from '@shared/config'
import type { Via } from '@shared/analytics'
import type { Deck, Lang } from '@shared/content'
import type { Blank } from '@shared/ipc'
import { AttractLoop } from './attract.svelte'
import { DeckState } from './deck.svelte'

/** Kinds of input; touch (and pen) input is filtered for ghost touches, a mouse is not. */
export type InputKind = 'touch' | 'mouse' | 'key' | 'wheel'

/** What the audience sees instead of the slide (black, white, the end screen), shared with main. */
export type { Blank } from '@shared/ipc'

/** Options of a show beyond its timings. */
export interface ShowOptions {
  /** The first slide. */
  start?: number
  /** Whether quiet time starts the attract loop (off for a presenter unless asked for). */
  attractOnIdle?: boolean
}

/** The navigation actions input adapters may call (a narrow interface, not the whole show). */
export interface ShowActions {
  /**
   * Called by every input adapter before it acts on an input (the wheel: once a gesture makes a
   * step; nudges below the step are no input); `false` means: do nothing with this input.
   */
  onUserInput(kind: InputKind): boolean
  next(): void
  prev(): void
  first(): void
  last(): void
  /** Goes to slide `n` counted from 1, as typed by a person. */
  goToNumber(n: number): void
  toggleOverview(): void
  closeOverview(): void
  toggleLanguage(): void
  /** Blacks or whites the audience screen out; the same key again, or navigation, brings it back. */
  toggleBlank(kind: Exclude<Blank, 'none'>): void
  /** Records how the next navigation is made when the input kind does not say (a swipe). */
  noteVia(via: Via): void
}

export class Show implements ShowActions {
  readonly content: Deck
  readonly config: ShowConfig
  readonly deck: DeckState
  readonly attract: AttractLoop
  readonly ids: readonly string[]
  /** The overview grid is open. */
  overviewOpen = $state(false)
  /** Language of the text on the slides. */
  lang = $state<Lang>('zh')
  /** The audience screen is blacked or whited out. */
  blank = $state<Blank>('none')
  /** How the latest navigation by a person was made (for the visitor analytics). */
  via = $state<Via>('start')
  /** When a person last touched, clicked, pressed or scrolled (Date.now()), or 0. */
  lastInputAt = $state(0)
  /** Inputs ignored as ghost touches (for diagnostics and tests). */
  ghostTouches = $state(0)
  /**
   * Reach mode, for a visitor in a wheelchair: every control in the bottom `config.reachBand` of
   * the screen, and text one step larger. Ends when the attract loop starts.
   */
  reach = $state(false)
  /** Text one step larger (the controls stay where they are). Ends when the attract loop starts. */
  largeText = $state(false)
  /** Steps above the normal text size the views draw (0 or 1): the `--text-step` of the stage. */
  readonly textStep = $derived(this.largeText ? 1 : 0)
  /** The current slide. */
  readonly slide = $derived.by(() => this.content.slides[this.deck.index]!)

  #lastTouchAt = Number.NEGATIVE_INFINITY
  /** Whether large text was on before reach mode turned it on, to restore it when reach ends. */
  #largeTextBeforeReach = false

  constructor(content: Deck, config: ShowConfig, options: ShowOptions = {}) {
    const start = options.start ?? 0
    this.content = content
    this.config = config
    this.ids = content.slides.map((s) => s.id)
    this.deck = new DeckState(content.slides.length, config.transitionMs, start)
    this.attract = new AttractLoop(this.deck, {
      idleMs: options.attractOnIdle === false ? null : config.idleSeconds * 1000,
      durationOf: (i) => this.durationMs(i),
      onStart: () => {
        this.overviewOpen = false
        this.blank = 'none'
        this.lang = 'zh'
        // The next visitor starts from the default.
        this.reach = false
        this.largeText = false
        this.#largeTextBeforeReach = false
      }
    })
    this.attract.armIdle()
  }

  /** Milliseconds slide `i` stays up in the attract loop. */
  durationMs(i: number): number {
    const own = this.content.slides[i]?.duration
    return (own ?? this.content.defaultDuration ?? this.config.slideSeconds) * 1000
  }

  onUserInput(kind: InputKind): boolean {
    const now = Date.now()
    if (kind === 'touch') {
      const burst = now - this.#lastTouchAt < this.config.ghostTouchMs
      this.#lastTouchAt = now
      if (burst) {
        this.ghostTouches += 1
        return false
      }
    }
    const waking = this.attract.active
    this.attract.stop()
    this.lastInputAt = now
    this.via = kind === 'key' ? 'key' : kind === 'wheel' ? 'wheel' : 'tap'
    // The input that wakes the show only hands control to the visitor; it presses nothing.
    return !waking
  }

  next(): void {
    this.blank = 'none'
    this.deck.next()
  }

  prev(): void {
    this.blank = 'none'
    this.deck.prev()
  }

  first(): void {
    this.blank = 'none'
    this.deck.first()
  }

  last(): void {
    this.blank = 'none'
    this.deck.last()
  }

  goToNumber(n: number): void {
    this.blank = 'none'
    if (n >= 1 && n <= this.deck.count) this.deck.goTo(n - 1)
  }

  toggleBlank(kind: Exclude<Blank, 'none'>): void {
    this.blank = this.blank === kind ? 'none' : kind
  }

  /**
   * Ends the talk: the audience sees the calm black end screen (nothing plays, no overview);
   * any navigation, or {@link resumeTalk}, brings the slide back where it was.
   */
  endTalk(): void {
    if (this.attract.active) this.attract.stop()
    this.overviewOpen = false
    this.blank = 'end'
  }

  /** Back from the end screen to the slide the talk ended on. */
  resumeTalk(): void {
    if (this.blank === 'end') this.blank = 'none'
  }

  /** Starts or stops playing the slides by themselves from the current one (the play button). */
  toggleAutoplay(): void {
    if (this.attract.active) this.attract.stop()
    else this.attract.play()
  }

  /** Goes to a slide by id (hub links); unknown ids are ignored. */
  goToId(id: string, via: Via = 'hub'): void {
    const i = this.ids.indexOf(id)
    if (i < 0) return
    this.via = via
    this.blank = 'none'
    this.deck.goTo(i)
  }

  goToIndex(i: number, via?: Via): void {
    if (via) this.via = via
    this.blank = 'none'
    this.deck.goTo(i)
  }

  /** Records how the next navigation is made when the input kind does not say (a swipe). */
  noteVia(via: Via): void {
    this.via = via
  }

  toggleOverview(): void {
    this.overviewOpen = !this.overviewOpen
  }

  closeOverview(): void {
    this.overviewOpen = false
  }

  toggleLanguage(): void {
    this.lang = this.lang === 'zh' ? 'en' : 'zh'
  }

  /**
   * Enters or leaves reach mode. Entering turns large text on too; leaving puts large text back
   * as it was (a visitor may still turn it off while in reach mode).
   */
  toggleReach(): void {
    if (this.reach) {
      this.reach = false
      this.largeText = this.#largeTextBeforeReach
    } else {
      this.#largeTextBeforeReach = this.largeText
      this.reach = true
      this.largeText = true
    }
  }

  /** Turns text one step larger, or back. */
  toggleLargeText(): void {
    this.largeText = !this.largeText
  }

  dispose(): void {
    this.attract.dispose()
    this.deck.dispose()
  }
}
