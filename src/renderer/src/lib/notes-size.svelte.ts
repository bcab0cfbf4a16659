/**
 * The text size of the presenter's notes: A− / A+ (or `-` / `=` in the presenter window) in steps,
 * within readable bounds, remembered on this machine (localStorage), so a presenter who needs
 * large notes at the lectern sets it once.
 */

/** Notes text sizes in CSS pixels: the smallest, the largest, one step and the first size. */
export const NOTES_SIZE = { min: 16, max: 48, step: 4, initial: 24 } as const

/** Where the size is remembered. */
export const NOTES_SIZE_KEY = 'yuzhong-presenter-notes-px'

/** The part of `localStorage` used (a stand-in in the tests). */
export type SizeStorage = Pick<Storage, 'getItem' | 'setItem'>

function defaultStorage(): SizeStorage | null {
  try {
    return globalThis.localStorage ?? null
  } catch {
    // A browser that refuses storage (a locked-down profile): the size is not remembered.
    return null
  }
}

/** A remembered size, if it is one of the sizes the buttons can reach. */
function remembered(storage: SizeStorage | null): number | null {
  let raw: string | null
  try {
    raw = storage?.getItem(NOTES_SIZE_KEY) ?? null
  } catch {
    return null
  }
  const px = Number(raw)
  const valid =
    raw !== null &&
    Number.isInteger(px) &&
    px >= NOTES_SIZE.min &&
    px <= NOTES_SIZE.max &&
    (px - NOTES_SIZE.min) % NOTES_SIZE.step === 0
  return valid ? px : null
}

export class NotesSize {
  /** The notes' font size in CSS pixels. */
  px = $state<number>(NOTES_SIZE.initial)
  readonly canGrow = $derived(this.px < NOTES_SIZE.max)
  readonly canShrink = $derived(this.px > NOTES_SIZE.min)
  readonly #storage: SizeStorage | null

  constructor(storage: SizeStorage | null = defaultStorage()) {
    this.#storage = storage
    this.px = remembered(storage) ?? NOTES_SIZE.initial
  }

  /** One step larger, up to the largest size. */
  larger(): void {
    this.#set(this.px + NOTES_SIZE.step)
  }

  /** One step smaller, down to the smallest size. */
  smaller(): void {
    this.#set(this.px - NOTES_SIZE.step)
  }

  #set(px: number): void {
    const next = Math.min(NOTES_SIZE.max, Math.max(NOTES_SIZE.min, px))
    if (next === this.px) return
    this.px = next
    try {
      this.#storage?.setItem(NOTES_SIZE_KEY, String(next))
    } catch {
      // A full or refused storage: the size still changes for this session.
    }
  }
}
