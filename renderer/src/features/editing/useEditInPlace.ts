import { useState, type KeyboardEvent } from 'react';
import { focusWhenShown } from '../../ui/focusWhenShown';

/** The card or row before (−1) or after (+1) this one, if there is one. */
function beside(card: HTMLElement, by: -1 | 1): HTMLElement | null {
  const sibling = by < 0 ? card.previousElementSibling : card.nextElementSibling;
  return sibling instanceof HTMLElement && sibling.tabIndex >= 0 ? sibling : null;
}

/**
 * A record read as a card that opens its fields in place: Enter (or F2) on the card edits, giving
 * `firstFieldId` the focus; Escape inside the fields goes back, giving the card the focus; ↑ and ↓
 * on the card go to the card before and after. Keys pressed in the card's own fields and buttons
 * are theirs.
 */
export function useEditInPlace(cardId: string, firstFieldId: string) {
  const [editing, setEditing] = useState(false);
  const startEditing = () => {
    setEditing(true);
    focusWhenShown(firstFieldId);
  };
  const stopEditing = () => {
    setEditing(false);
    focusWhenShown(cardId);
  };
  const onCardKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      startEditing();
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      beside(e.currentTarget, e.key === 'ArrowUp' ? -1 : 1)?.focus();
    }
  };
  const onFieldsKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    stopEditing();
  };
  return { editing, startEditing, stopEditing, onCardKeyDown, onFieldsKeyDown };
}
