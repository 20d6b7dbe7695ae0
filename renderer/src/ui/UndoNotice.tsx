import { useEffect, useRef, type ReactNode } from 'react';

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
      <button type="button" aria-keyshortcuts="Control+Z Meta+Z" onClick={onUndo}>
        Undo
      </button>
    </p>
  );
}
