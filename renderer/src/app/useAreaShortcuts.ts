import { useEffect } from 'react';
import { areas } from '../state/areas';
import { useUiStore } from '../state/uiStore';

/** Alt+1 … Alt+5 move between the areas, from anywhere but an open dialog. */
export function useAreaShortcuts(): void {
  const setArea = useUiStore((state) => state.setArea);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (useUiStore.getState().dialog) return;
      const area = areas.find((candidate) => event.code === `Digit${candidate.key}`);
      if (!area) return;
      event.preventDefault();
      setArea(area.id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [setArea]);
}
