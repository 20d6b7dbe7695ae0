import { create } from 'zustand';
import type { PainFilter } from '../../../../shared/journey/priority';
import type { DeletedStep } from '../../db/journeyRepository';
import type { PainPoint } from '../../../../shared/domain/journey';

export type JourneyView = 'steps' | 'map' | 'priority';
export type Undoable =
  { kind: 'step'; deleted: DeletedStep } | { kind: 'pain'; deleted: PainPoint } | null;

export type JourneyOrder = 'name' | 'pain' | 'revenue';
/** What the priority list ranks steps by, and the map marks its hottest step by. */
export type StepRanking = 'impact' | 'revenue';

interface JourneyUiState {
  tab: 'journeys' | 'accounts';
  /** How the journey list is ordered. */
  order: JourneyOrder;
  setOrder: (order: JourneyOrder) => void;
  rankBy: StepRanking;
  setRankBy: (rankBy: StepRanking) => void;
  selectedJourneyId: string | null;
  /** The customer account whose page is open on the accounts tab. */
  selectedAccountId: string | null;
  selectAccount: (id: string | null) => void;
  view: JourneyView;
  filter: PainFilter;
  /** The last delete, kept so it can be undone. */
  lastDeleted: Undoable;
  setTab: (tab: JourneyUiState['tab']) => void;
  selectJourney: (id: string | null) => void;
  setView: (view: JourneyView) => void;
  setFilter: (filter: PainFilter) => void;
  setLastDeleted: (deleted: Undoable) => void;
}

/** UI state of the Journeys area only: which journey, which view, which filter, what to undo. */
export const useJourneyUi = create<JourneyUiState>()((set) => ({
  tab: 'journeys',
  order: 'name',
  setOrder: (order) => set({ order }),
  rankBy: 'impact',
  setRankBy: (rankBy) => set({ rankBy }),
  selectedJourneyId: null,
  selectedAccountId: null,
  selectAccount: (selectedAccountId) =>
    set(selectedAccountId ? { selectedAccountId, tab: 'accounts' } : { selectedAccountId }),
  view: 'steps',
  filter: {},
  lastDeleted: null,
  setTab: (tab) => set({ tab }),
  selectJourney: (selectedJourneyId) => set({ selectedJourneyId, lastDeleted: null }),
  setView: (view) => set({ view }),
  setFilter: (filter) => set({ filter }),
  setLastDeleted: (lastDeleted) => set({ lastDeleted }),
}));
