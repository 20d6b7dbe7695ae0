import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { readTyping, writeTyping } from '../db/typingStore';
import type { AreaId } from './areas';
import type { ReportKind } from '../../../shared/report/reportContext';

/** A report another screen asked the Reports area to show (e.g. an account's page). */
export interface ReportRequest {
  kind: ReportKind;
  subjectId: string | null;
}

export type WorkbookDialog = 'create' | 'rename' | 'delete' | null;

/** The sidebar as chosen: 'auto' collapses it in a narrow window and expands it in a wide one. */
export type SidebarChoice = 'auto' | 'collapsed' | 'expanded';

interface UiState {
  area: AreaId;
  currentWorkbookId: string | null;
  dialog: WorkbookDialog;
  sidebar: SidebarChoice;
  setSidebar: (sidebar: SidebarChoice) => void;
  setArea: (area: AreaId) => void;
  selectWorkbook: (id: string | null) => void;
  openDialog: (dialog: WorkbookDialog) => void;
  reportRequest: ReportRequest | null;
  requestReport: (request: ReportRequest | null) => void;
}

/** UI state only: which area and workbook are on screen, which dialog is open. Never stored data. */
export const useUiStore = create<UiState>()(
  persist(
    (set) => ({
      area: 'journeys',
      currentWorkbookId: null,
      dialog: null,
      sidebar: 'auto',
      setSidebar: (sidebar) => set({ sidebar }),
      setArea: (area) => set({ area }),
      selectWorkbook: (currentWorkbookId) => set({ currentWorkbookId }),
      openDialog: (dialog) => set({ dialog }),
      reportRequest: null,
      requestReport: (reportRequest) => set({ reportRequest }),
    }),
    {
      name: 'slo-workbook:ui',
      // Beside typed text, so the workbook and area in view survive even a killed app; read
      // once the typing store is open (see main.tsx). Earlier versions kept it in localStorage.
      storage: createJSONStorage(() => ({
        getItem: (name) => {
          const kept = readTyping('drafts', name);
          if (typeof kept === 'string') return kept;
          try {
            return globalThis.localStorage?.getItem(name) ?? null;
          } catch {
            return null;
          }
        },
        setItem: (name, value) => writeTyping('drafts', name, value),
        removeItem: (name) => writeTyping('drafts', name, undefined),
      })),
      skipHydration: true,
      partialize: (state) => ({
        area: state.area,
        currentWorkbookId: state.currentWorkbookId,
        sidebar: state.sidebar,
      }),
    },
  ),
);
