/**
 * Focuses the element with this id as soon as it is on the page, watching for a moment only: a
 * row put back by Undo appears when its list next redraws, not at once.
 */
export function focusWhenShown(id: string, forMs = 1000): void {
  const until = performance.now() + forMs;
  const look = () => {
    const element = document.getElementById(id);
    if (element) element.focus();
    else if (performance.now() < until) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}
