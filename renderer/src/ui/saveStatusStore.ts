import { create } from 'zustand';

/**
 * Whether what was typed is stored yet. Every autosaved field reports here, so the window can
 * say "Saving…" while a change waits for its write and "All changes saved" once none does.
 */
interface SaveStatusState {
  /** Changes typed whose write has not finished. */
  pending: number;
  /** The last write that finished failed (its error is shown where it happened). */
  failed: boolean;
  begin: () => void;
  end: (ok: boolean) => void;
}

export const useSaveStatusStore = create<SaveStatusState>()((set) => ({
  pending: 0,
  failed: false,
  begin: () => set((s) => ({ pending: s.pending + 1 })),
  end: (ok) => set((s) => ({ pending: Math.max(0, s.pending - 1), failed: !ok })),
}));
