import { describe, expect, it } from 'vitest'
import { NOTES_SIZE, NOTES_SIZE_KEY, NotesSize, type SizeStorage } from './notes-size.svelte'

/** A storage like localStorage, kept in a Map. */
function memoryStorage(initial: Record<string, string> = {}): SizeStorage & {
  map: Map<string, string>
} {
  const map = new Map(Object.entries(initial))
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value)
  }
}

describe('NotesSize', () => {
  it('starts at the initial size and remembers each step', () => {
    const storage = memoryStorage()
    const size = new NotesSize(storage)
    expect(size.px).toBe(NOTES_SIZE.initial)
    size.larger()
    expect(size.px).toBe(NOTES_SIZE.initial + NOTES_SIZE.step)
    expect(storage.map.get(NOTES_SIZE_KEY), 'remembered').toBe(String(size.px))
    expect(new NotesSize(storage).px, 'the next presenter view starts there').toBe(size.px)
  })

  it('stops at the smallest and the largest size', () => {
    const size = new NotesSize(memoryStorage())
    for (let i = 0; i < 20; i++) size.larger()
    expect(size.px).toBe(NOTES_SIZE.max)
    expect(size.canGrow).toBe(false)
    expect(size.canShrink).toBe(true)
    for (let i = 0; i < 20; i++) size.smaller()
    expect(size.px).toBe(NOTES_SIZE.min)
    expect(size.canShrink).toBe(false)
  })

  it('ignores a remembered value it could not have written', () => {
    for (const junk of ['abc', '200', '8', '25', '', '24.5']) {
      const size = new NotesSize(memoryStorage({ [NOTES_SIZE_KEY]: junk }))
      expect(size.px, `remembered "${junk}"`).toBe(NOTES_SIZE.initial)
    }
  })

  it('works without storage, or with one that refuses', () => {
    const refusing: SizeStorage = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      }
    }
    const size = new NotesSize(refusing)
    size.smaller()
    expect(size.px).toBe(NOTES_SIZE.initial - NOTES_SIZE.step)
    const none = new NotesSize(null)
    none.larger()
    expect(none.px).toBe(NOTES_SIZE.initial + NOTES_SIZE.step)
  })
})
