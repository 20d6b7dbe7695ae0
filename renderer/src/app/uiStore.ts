import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { AreaId } from './areas';

export type WorkbookDialog = 'create' | 'rename' | 'delete' | null;

interface UiState {
  area: AreaId;
  currentWorkbookId: string | null;
  dialog: WorkbookDialog;
  setArea: (area: AreaId) => void;
  selectWorkbook: (id: string | null) => void;
  openDialog: (dialog: WorkbookDialog) => void;
}

/** UI state only: which area and workbook are on screen, which dialog is open. Never stored data. */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      area: 'journeys',
      currentWorkbookId: null,
      dialog: null,
      setArea: (area) => set({ area }),
      selectWorkbook: (currentWorkbookId) => set({ currentWorkbookId }),
      openDialog: (dialog) => set({ dialog }),
    }),
    {
      name: 'slo-workbook:ui',
      partialize: (state) => ({ area: state.area, currentWorkbookId: state.currentWorkbookId }),
    },
  ),
);
