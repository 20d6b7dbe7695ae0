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

const FIELD =
  'input:not([type="hidden"]):not([disabled]), textarea:not([disabled]), select:not([disabled])';

/**
 * Focuses the first field inside the element the selector finds, once both are on the page (an
 * area that is still opening has none yet); with no field after a moment, the element itself,
 * which must then be focusable. A created workbook lands the person on its first thing to type.
 */
export function focusFirstFieldWhenShown(selector: string, forMs = 1500): void {
  const until = performance.now() + forMs;
  watchFrames(() => {
    const container = document.querySelector<HTMLElement>(selector);
    const field = container?.querySelector<HTMLElement>(FIELD);
    if (field) field.focus();
    else if (container && performance.now() >= until - 50) container.focus();
    return field !== null && field !== undefined;
  }, forMs);
}
