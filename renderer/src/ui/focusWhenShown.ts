/**
 * Calls `attempt` on each animation frame for up to `forMs`, until it returns true: what a
 * redraw brings (a row put back by Undo, a row that goes away) happens when a list next draws,
 * not at once. Returns a function that stops watching.
 */
export function watchFrames(attempt: () => boolean, forMs = 1000): () => void {
  const until = performance.now() + forMs;
  let frame = 0;
  const step = () => {
    if (!attempt() && performance.now() < until) frame = requestAnimationFrame(step);
  };
  frame = requestAnimationFrame(step);
  return () => cancelAnimationFrame(frame);
}

/** Focuses the element with this id as soon as it is on the page, watching for a moment only. */
export function focusWhenShown(id: string, forMs = 1000): void {
  watchFrames(() => {
    const element = document.getElementById(id);
    element?.focus();
    return element !== null;
  }, forMs);
}
