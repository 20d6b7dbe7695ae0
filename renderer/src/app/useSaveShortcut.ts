import { useEffect } from 'react';
import { showInfo } from '../ui/noticeStore';
import { flushAutosaves } from '../features/editing/useAutosave';

/**
 * Ctrl+S (⌘S on a Mac), pressed out of habit, stores at once whatever typing waits for its
 * pause and says how saving works here, instead of a browser offering to save the page.
 */
export function useSaveShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 's' || event.altKey || event.shiftKey) return;
      if (!(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      flushAutosaves();
      showInfo(
        'Everything you type is saved on this computer as you go. To share it, export the workbook or save a report.',
      );
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
