import { create } from 'zustand';

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  text: string;
}

interface NoticeState {
  notices: Notice[];
  show: (kind: Notice['kind'], text: string) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  show: (kind, text) => {
    const id = nextId++;
    set((state) => ({ notices: [...state.notices.slice(-3), { id, kind, text }] }));
    // Confirmations fade on their own; errors stay until the person has read and dismissed them.
    if (kind === 'info') setTimeout(() => useNoticeStore.getState().dismiss(id), 8000);
  },
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
}));

export const showError = (text: string) => useNoticeStore.getState().show('error', text);
export const showInfo = (text: string) => useNoticeStore.getState().show('info', text);

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
