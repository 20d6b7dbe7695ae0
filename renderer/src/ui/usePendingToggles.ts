import { useCallback, useState } from 'react';

interface Pending {
  value: boolean;
  /** What was stored when clicked: once the stored value moves off it, the store has caught up. */
  before: boolean;
}

/**
 * Checkboxes that mirror stored data show a click at once, before the write comes back through
 * the live query, so the box never flickers back to its old state.
 */
export function usePendingToggles() {
  const [pending, setPending] = useState<Record<string, Pending>>({});
  const shown = useCallback(
    (key: string, stored: boolean) => {
      const entry = pending[key];
      return entry && stored === entry.before ? entry.value : stored;
    },
    [pending],
  );
  const toggle = useCallback((key: string, value: boolean, write: () => Promise<unknown>) => {
    setPending((p) => ({ ...p, [key]: { value, before: !value } }));
    const forget = () =>
      setPending((p) => {
        const rest = { ...p };
        delete rest[key];
        return rest;
      });
    // After a failure show the stored state again; after success, once the query has had
    // ample time to deliver it, so a later change made elsewhere is never masked.
    write().then(() => setTimeout(forget, 2000), forget);
  }, []);
  return { shown, toggle };
}
