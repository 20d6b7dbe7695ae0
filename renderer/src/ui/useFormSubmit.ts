import { useRef, useState, type FormEvent } from 'react';
import { errorText } from './noticeStore';
import { watchFrames } from './focusWhenShown';

/**
 * What an action returns when its problems are marked on the fields themselves (each with its
 * message beside it and a summary linking to them), so there is no one sentence to show.
 */
export const FIELDS_NEED_ATTENTION = Symbol('fields need attention');

type ActionResult = string | void | typeof FIELDS_NEED_ATTENTION;

/**
 * Moves the focus to the first field marked invalid in the form, scrolled to the middle of the
 * screen: after a failed save the person lands on what to fix, not on a Save button ~1,500 px
 * below the message. Watches a few frames, since the marks appear when the form next draws.
 */
export function focusFirstProblem(form: HTMLFormElement): void {
  watchFrames(() => {
    const field = form.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (!field) return false;
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
    return true;
  }, 500);
}

/**
 * A form's submit, written once: the page never reloads, a second press while saving does
 * nothing, a problem the action returns (a required field left empty) or throws (the database
 * refused) is shown in words, a field in trouble takes the focus, and a success clears it.
 */
export function useFormSubmit(action: () => Promise<ActionResult> | ActionResult): {
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
    // Read now: React clears currentTarget once the event has been handled.
    const form = event?.currentTarget instanceof HTMLFormElement ? event.currentTarget : null;
    if (running.current) return;
    running.current = true;
    setBusy(true);
    void (async () => {
      try {
        const problem = await action();
        setError(typeof problem === 'string' ? problem : null);
        if (problem !== undefined && form) focusFirstProblem(form);
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
