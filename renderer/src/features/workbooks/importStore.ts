import { create } from 'zustand';
import type { OpenedWorkbookFile } from './workbookFiles';

/** A validated workbook file waiting for the person to say where it goes. */
export const useImportStore = create<{
  pending: OpenedWorkbookFile | null;
  setPending: (pending: OpenedWorkbookFile | null) => void;
}>()((set) => ({ pending: null, setPending: (pending) => set({ pending }) }));
