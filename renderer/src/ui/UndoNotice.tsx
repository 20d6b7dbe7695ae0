import { useEffect, useRef, type ReactNode } from 'react';
import { watchFrames } from './focusWhenShown';

/** True where Ctrl+Z belongs to the text being typed, not to the app. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(
    target.type,
  );
}

/**
 * "Deleted …" with an Undo button. Ctrl+Z (⌘Z on a Mac) presses it too, except while typing in a
 * field, where it undoes the typing as always, or while a dialog is open.
 */
export function UndoNotice({ children, onUndo }: { children: ReactNode; onUndo: () => void }) {
  const latest = useRef(onUndo);
  const button = useRef<HTMLButtonElement>(null);
  // The Delete button pressed goes away with its row (now, or when the list next redraws),
  // leaving focus nowhere: a keyboard user is put on Undo instead of back at the top of the page.
  // Watched for a moment only; focus anywhere else is left alone.
  useEffect(
    () =>
      watchFrames(() => {
        const active = document.activeElement;
        if (active && active !== document.body) return false;
        button.current?.focus();
        return true;
      }),
    [],
  );
  useEffect(() => {
    latest.current = onUndo;
  }, [onUndo]);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || event.shiftKey || event.altKey) return;
      if (!(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
      if (isEditable(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <p role="status" className="notice notice-info undo-bar">
      <span>{children}</span>{' '}
      <button ref={button} type="button" aria-keyshortcuts="Control+Z Meta+Z" onClick={onUndo}>
        Undo
      </button>
    </p>
  );
}
