import { useSyncExternalStore } from 'react';

/** Below this width the sidebar collapses by itself, unless the person chose otherwise. */
export const NARROW_QUERY = '(max-width: 1000px)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export function useNarrowWindow(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(NARROW_QUERY).matches,
    () => false,
  );
}
