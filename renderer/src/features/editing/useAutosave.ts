import { useEffect, useRef } from 'react';
import { forgetTyping, journalTyping, type JournalEntry } from '../../db/typingJournal';
import { isRecordGone } from '../../db/storageErrors';
import { errorText, showError } from '../../ui/noticeStore';
import { useSaveStatusStore } from '../../ui/saveStatusStore';

const DELAY_MS = 400;

/**
 * Shows why typing could not be saved, except when its record was deleted meanwhile (a row
 * deleted a moment after typing in it): there is nothing to save it to, and nothing to say.
 */
function showSaveError(error: unknown): void {
  if (!isRecordGone(error)) showError(errorText(error));
}

/** Every mounted autosave's "write now", so Ctrl+S can store what waits for its moment. */
const flushes = new Set<() => void>();

/** Starts every write still waiting for its pause in the typing. */
export function flushAutosaves(): void {
  for (const flush of flushes) flush();
}

/**
 * Saves `value` a moment after the last change, and at once when the component goes away or the
 * window is hidden or closed, so the database is not written on every keystroke. When `save`
 * throws, the error is shown here and the top bar says the change is not saved.
 *
 * With `journal`, every change is also kept in the typing store (on disk within a frame, while
 * the save waits for a pause in the typing) until its save is stored; what is left there is
 * written when the app opens next. A window closed or a process killed loses at most the typing
 * of the last frame or two.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  journal?: (value: T) => JournalEntry | null,
): void {
  const latest = useRef({ value, save, journal, dirty: false });
  const first = useRef(true);
  useEffect(() => {
    latest.current.save = save;
    latest.current.journal = journal;
  }, [save, journal]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const entry = latest.current.journal?.(value) ?? null;
    if (entry) journalTyping(entry);
    latest.current.value = value;
    // One "Saving…" per change waiting to be written, however many keystrokes it holds.
    if (!latest.current.dirty) useSaveStatusStore.getState().begin();
    latest.current.dirty = true;
    const timer = setTimeout(() => run(latest.current), DELAY_MS);
    return () => clearTimeout(timer);
  }, [value]);
  useEffect(() => {
    const flush = () => run(latest.current);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHidden);
    flushes.add(flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHidden);
      flushes.delete(flush);
      flush();
    };
  }, []);
}

function run<T>(pending: {
  value: T;
  save: (value: T) => Promise<void>;
  journal?: ((value: T) => JournalEntry | null) | undefined;
  dirty: boolean;
}): void {
  if (!pending.dirty) return;
  pending.dirty = false;
  const { value } = pending;
  const entry = pending.journal?.(value) ?? null;
  void pending.save(value).then(
    () => {
      useSaveStatusStore.getState().end(true);
      if (entry) forgetTyping(entry);
    },
    (error: unknown) => {
      showSaveError(error);
      // A row deleted meanwhile has nothing left to save to: its typing is let go. Any other
      // failure keeps it in the journal, so a reload brings it back and saves it again.
      const gone = isRecordGone(error);
      useSaveStatusStore.getState().end(gone);
      if (gone && entry) forgetTyping(entry);
    },
  );
}
