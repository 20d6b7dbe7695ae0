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
  /** Fields held back because another window changed them too: waiting for the person. */
  held: number;
  begin: () => void;
  end: (ok: boolean) => void;
  hold: (change: 1 | -1) => void;
}

export const useSaveStatusStore = create<SaveStatusState>()((set) => ({
  pending: 0,
  failed: false,
  held: 0,
  hold: (change) => set((s) => ({ held: Math.max(0, s.held + change) })),
  begin: () => set((s) => ({ pending: s.pending + 1 })),
  end: (ok) => set((s) => ({ pending: Math.max(0, s.pending - 1), failed: !ok })),
}));
