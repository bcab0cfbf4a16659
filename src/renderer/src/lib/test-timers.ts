/**
 * For unit tests on fake timers: `fakeTimersFor()` installs them before each test of the file that
 * calls it and, after each test, disposes what the test made (a show, a clock) while those fake
 * timers are still installed, so no fake timer's id reaches the real `clearTimeout`; then the real
 * timers come back. It returns `made(thing)`, which registers a thing to dispose and returns it.
 */
import { afterEach, beforeEach, vi } from 'vitest'

export function fakeTimersFor(): <T extends { dispose(): void }>(thing: T) => T {
  const things: { dispose(): void }[] = []
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => {
    for (const thing of things.splice(0)) thing.dispose()
    vi.useRealTimers()
  })
  return (thing) => {
    things.push(thing)
    return thing
  }
}
