import { useSaveStatusStore } from './saveStatusStore';

/**
 * Tells, in the top bar, whether typing is stored: there is no Save button to press. Not a live
 * region, so a screen reader is not told "Saving…" on every keystroke; it is there to be read.
 */
export function SaveStatus() {
  const pending = useSaveStatusStore((s) => s.pending);
  const failed = useSaveStatusStore((s) => s.failed);
  const held = useSaveStatusStore((s) => s.held);
  const text =
    pending > 0
      ? 'Saving…'
      : held > 0
        ? `${held === 1 ? 'A change waits' : `${held} changes wait`} for your choice: also changed in another window`
        : failed
          ? 'Last change not saved: see the message'
          : 'All changes saved on this computer';
  return (
    <span
      className={`save-status${(failed || held > 0) && pending === 0 ? ' save-status-failed' : ''}`}
    >
      {text}
    </span>
  );
}
