import { watchFrames } from '../../ui/focusWhenShown';
import { stepCardId } from './stepCardId';

/**
 * Brings a step's card into view, focused and marked as the one looked for, once its journey
 * has drawn it: the palette and an SLO's "measures" link land on the step, not on the journey's
 * top with the card below the fold. The mark goes when the focus leaves the card.
 *
 * Cards above it are laid out only as they come into view (`content-visibility: auto`), so one
 * scroll can land short: it scrolls again each frame until the card stays put.
 */
export function revealStepCard(stepId: string, forMs = 2000): void {
  let lastTop: number | null = null;
  let marked = false;
  watchFrames(() => {
    const card = document.getElementById(stepCardId(stepId));
    if (!card) return false;
    card.scrollIntoView({ block: 'center' });
    if (!marked) {
      marked = true;
      card.dataset['found'] = 'true';
      card.focus({ preventScroll: true });
      card.addEventListener('blur', () => delete card.dataset['found'], { once: true });
    } else if (document.activeElement === document.body) card.focus({ preventScroll: true });
    const top = card.getBoundingClientRect().top;
    const settled = lastTop !== null && Math.abs(top - lastTop) < 1;
    lastTop = top;
    return settled;
  }, forMs);
}
