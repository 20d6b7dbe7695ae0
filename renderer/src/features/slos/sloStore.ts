import { create } from 'zustand';

import type { SloForm } from './sloForm';

type Editor = { mode: 'new'; prefill?: Partial<SloForm> } | { mode: 'edit'; sloId: string } | null;

interface SloUiState {
  selectedSloId: string | null;
  editor: Editor;
  importForSloId: string | null;
  openSloImport: boolean;
  select: (id: string | null) => void;
  openEditor: (editor: Editor) => void;
  openImport: (sloId: string | null) => void;
  showOpenSloImport: (open: boolean) => void;
}

/** UI state of the SLO area only: which SLO is open, and which editor or import is showing. */
export const useSloUi = create<SloUiState>()((set) => ({
  selectedSloId: null,
  editor: null,
  importForSloId: null,
  openSloImport: false,
  select: (selectedSloId) => set({ selectedSloId, editor: null }),
  openEditor: (editor) => set({ editor }),
  openImport: (importForSloId) => set({ importForSloId }),
  showOpenSloImport: (openSloImport) => set({ openSloImport }),
}));
