/**
 * The base of the stage's controllers (as reveal.js has one controller per concern): each owns
 * its effects, listeners and timers from construction to {@link Controller.dispose}, so the
 * component that creates it only creates and disposes it.
 */
export abstract class Controller {
  readonly #bound = new AbortController()
  #stops: (() => void)[] = []

  /** Ends with the controller: pass as `{ signal }` to `addEventListener`, or listen for `abort`. */
  protected get signal(): AbortSignal {
    return this.#bound.signal
  }

  /** Runs `fn` as an effect (re-run when what it reads changes) until the controller is disposed. */
  protected effect(fn: () => void | (() => void)): void {
    this.#stops.push(
      $effect.root(() => {
        $effect(fn)
      })
    )
  }

  /** Removes every listener, stops every effect and timer. Safe to call twice. */
  dispose(): void {
    this.#bound.abort()
    for (const stop of this.#stops) stop()
    this.#stops = []
  }
}
