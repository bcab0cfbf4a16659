/**
 * Scheduling for work that is not the movement itself. A key press or swipe should cost, in its
 * own frame, only the state change that starts the slide moving; bookkeeping (the URL, the
 * host's restore point, screen-reader announcements) runs in a task after that frame is painted.
 */

/** Runs `task` after the next frame has been painted; the returned function cancels it. */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    // A task queued from a frame callback runs after that frame's paint.
    timer = setTimeout(task, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}
