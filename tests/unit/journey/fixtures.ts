import type { JourneyStep, PainPoint } from '../../../shared/domain/journey';

const T = '2026-01-01T00:00:00.000Z';

export const step = (id: string, position: number): JourneyStep => ({
  id,
  workbookId: 'wb',
  journeyId: 'j',
  position,
  stage: '',
  name: id,
  expectation: '',
  emotion: 0,
  evidence: 'none',
  createdAt: T,
  updatedAt: T,
});

export const pain = (id: string, stepId: string, over: Partial<PainPoint> = {}): PainPoint => ({
  id,
  workbookId: 'wb',
  journeyId: 'j',
  stepId,
  quote: 'It hangs',
  source: 'call',
  date: '2026-03-01',
  accountIds: ['acme'],
  severity: 'medium',
  frequency: 'weekly',
  retroId: null,
  createdAt: T,
  updatedAt: T,
  ...over,
});
