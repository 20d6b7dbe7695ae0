import { useEffect, useRef } from 'react';
import { useProgressStore } from './progressStore';

/** A modal progress bar for long work; it cannot be dismissed, since the work cannot be paused. */
export function ProgressOverlay() {
  const { label, fraction } = useProgressStore();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (label && !dialog.open) dialog.showModal();
    if (!label && dialog.open) dialog.close();
  }, [label]);
  return (
    <dialog
      ref={ref}
      className="dialog progress-dialog"
      aria-label={label ?? 'Working'}
      onCancel={(event) => event.preventDefault()}
    >
      {label && (
        <>
          <p>{label}…</p>
          {fraction === null ? (
            <>
              <progress aria-label={`${label}: progress`} />
              <p className="field-hint">
                Every record is checked before anything is written; nothing has changed yet.
              </p>
            </>
          ) : (
            <>
              <progress aria-label={`${label}: progress`} max={1} value={fraction} />
              <p className="field-hint">
                {Math.round(fraction * 100)}% written. Everything is written in one go: if the app
                is closed now, nothing of this import is kept and the workbooks stay as they were.
              </p>
            </>
          )}
        </>
      )}
    </dialog>
  );
}
