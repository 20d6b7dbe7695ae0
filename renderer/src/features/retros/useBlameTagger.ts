import { useEffect, useSyncExternalStore } from 'react';
import { hasBlameTagger } from '../../../../shared/retro/blame/blameTokens';
import { loadWinkTagger } from '../../../../shared/retro/blame/loadWinkTagger';

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Whether the blame checker reads with its real tagger yet; asks for it to load, and re-renders
 * the fields that check text once it has (their findings may change).
 */
export function useBlameTagger(): boolean {
  const ready = useSyncExternalStore(subscribe, hasBlameTagger);
  useEffect(() => {
    if (ready) return;
    loadWinkTagger()
      .then(() => listeners.forEach((listener) => listener()))
      // The plain tagger keeps the checks running; a failed load costs accuracy, not the field.
      .catch(() => undefined);
  }, [ready]);
  return ready;
}
