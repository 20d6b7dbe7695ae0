import { useEffect, useRef } from 'react';

/**
 * Saves `value` a moment after the last change, and at once when the component goes away, so
 * typing is never lost and the database is not written on every keystroke.
 */
export function useAutosave<T>(value: T, save: (value: T) => Promise<void>, delayMs = 400): void {
  const latest = useRef({ value, save, dirty: false });
  const first = useRef(true);
  useEffect(() => {
    latest.current.save = save;
  }, [save]);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    latest.current.value = value;
    latest.current.dirty = true;
    const timer = setTimeout(() => {
      latest.current.dirty = false;
      void latest.current.save(value);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  useEffect(
    () => () => {
      const pending = latest.current;
      if (pending.dirty) void pending.save(pending.value);
    },
    [],
  );
}
