export type AreaId = 'journeys' | 'slos' | 'retros' | 'reports' | 'settings';

export interface Area {
  id: AreaId;
  label: string;
  /** The digit pressed with Alt to go there. */
  key: string;
}

export const areas: Area[] = [
  { id: 'journeys', label: 'Journeys', key: '1' },
  { id: 'slos', label: 'SLOs', key: '2' },
  { id: 'retros', label: 'Retrospectives', key: '3' },
  { id: 'reports', label: 'Reports', key: '4' },
  { id: 'settings', label: 'Settings & About', key: '5' },
];
