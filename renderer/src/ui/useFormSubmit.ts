import { useRef, useState, type FormEvent } from 'react';
import { errorText } from './noticeStore';

/**
 * A form's submit, written once: the page never reloads, a second press while saving does
 * nothing, a problem the action returns (a required field left empty) or throws (the database
 * refused) is shown in words, and a success clears it.
 */
export function useFormSubmit(action: () => Promise<string | void> | string | void): {
  error: string | null;
  setError: (error: string | null) => void;
  busy: boolean;
  onSubmit: (event?: FormEvent) => void;
} {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A ref as well as state: two presses in one frame both see the first one running.
  const running = useRef(false);
  const onSubmit = (event?: FormEvent) => {
    event?.preventDefault();
    if (running.current) return;
    running.current = true;
    setBusy(true);
    void (async () => {
      try {
        const problem = await action();
        setError(problem ?? null);
      } catch (failure) {
        setError(errorText(failure));
      } finally {
        running.current = false;
        setBusy(false);
      }
    })();
  };
  return { error, setError, busy, onSubmit };
}
