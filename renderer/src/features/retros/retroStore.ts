import { create } from 'zustand';
import type {
  ActionItem,
  ContributingFactor,
  ParticipantAccount,
} from '../../../../shared/domain/retro';
import type { DeletedEvent, RetroBundle } from '../../db/retroRepository';

export type RetroSection =
  'incident' | 'timeline' | 'accounts' | 'factors' | 'business' | 'actions' | 'sessions';

export type RetroUndoable =
  | { kind: 'retro'; deleted: RetroBundle }
  | { kind: 'event'; deleted: DeletedEvent }
  | { kind: 'account'; deleted: ParticipantAccount }
  | { kind: 'factor'; deleted: ContributingFactor }
  | { kind: 'action'; deleted: ActionItem }
  /** Not a delete: events just added from a chat log, which undo takes back. */
  | { kind: 'added events'; ids: string[] }
  | null;

interface RetroUiState {
  tab: 'retros' | 'actions';
  selectedRetroId: string | null;
  section: RetroSection;
  lastDeleted: RetroUndoable;
  setTab: (tab: RetroUiState['tab']) => void;
  selectRetro: (id: string | null) => void;
  setSection: (section: RetroSection) => void;
  setLastDeleted: (deleted: RetroUndoable) => void;
}

/** UI state of the Retrospectives area: which retrospective, which section, what to undo. */
export const useRetroUi = create<RetroUiState>()((set) => ({
  tab: 'retros',
  selectedRetroId: null,
  section: 'incident',
  lastDeleted: null,
  setTab: (tab) => set({ tab }),
  selectRetro: (selectedRetroId) => set({ selectedRetroId, lastDeleted: null }),
  setSection: (section) => set({ section }),
  setLastDeleted: (lastDeleted) => set({ lastDeleted }),
}));
