/**
 * Scheduling for work that is not the movement itself. A key press or swipe should cost, in the
 * frames that start it, only the state change that starts the slide moving; bookkeeping (the
 * host's restore point, screen-reader announcements) and showing the next neighbour run in a
 * task after the movement is on screen (the URL waits until the slide has stood: HashSync).
 *
 * Why two frames: a transform transition is created in the frame that starts it (the slides'
 * starts one frame in, so that frame already shows them moved: SlideTrack), and the compositor
 * reports its start time back to the page a frame later; work the page does between those two
 * frames delays the frame in which the compositor takes the movement over. Once that frame is
 * painted the movement runs on the compositor, and the page's own work no longer holds it up.
 */

/** Frames a movement needs before it shows on screen: the one that starts it and the next. */
export const MOVEMENT_FRAMES = 2

/**
 * Runs `task` after `frames` more frames have been painted (by default the next one); the
 * returned function cancels it.
 */
export function afterPaint(task: () => void, frames = 1): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let frame = 0
  const tick = (): void => {
    frames -= 1
    // A task queued from a frame callback runs after that frame's paint.
    if (frames <= 0) timer = setTimeout(task, 0)
    else frame = requestAnimationFrame(tick)
  }
  frame = requestAnimationFrame(tick)
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/** Longest wait for the compositor to start a movement before running the task anyway. */
export const MOVEMENT_START_TIMEOUT_MS = 100

/**
 * Runs `task` once a movement started in this frame is on screen: after MOVEMENT_FRAMES frames,
 * and once every animation still waiting for the compositor to start it has started (a page
 * busy painting in those frames would otherwise hold up its start: the slides stood still for
 * up to five frames after a key press while a slide was being painted).
 */
export function afterMovementShows(task: () => void): () => void {
  let cancelled = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const cancelFrames = afterPaint(() => {
    const pending = (globalThis.document?.getAnimations() ?? []).filter((a) => a.pending)
    if (pending.length === 0) return task()
    const started = Promise.all(pending.map((a) => a.ready.catch(() => undefined)))
    const giveUp = new Promise(
      (resolve) => (timer = setTimeout(resolve, MOVEMENT_START_TIMEOUT_MS))
    )
    void Promise.race([started, giveUp]).then(() => {
      clearTimeout(timer)
      if (!cancelled) timer = setTimeout(task, 0)
    })
  }, MOVEMENT_FRAMES)
  return () => {
    cancelled = true
    cancelFrames()
    clearTimeout(timer)
  }
}
