import { describe, expect, it } from 'vitest';
import type { PainPoint } from '../../../shared/domain/journey';
import { byPain, journeyPainScores } from '../../../shared/journey/journeyPainScores';

const pain = (journeyId: string, change: Partial<PainPoint> = {}): PainPoint => ({
  id: `${journeyId}-${Math.random()}`,
  workbookId: 'w',
  journeyId,
  stepId: 's',
  quote: 'It hurts',
  source: 'call',
  date: '2026-11-01',
  accountIds: ['a'],
  severity: 'medium',
  frequency: 'weekly',
  retroId: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...change,
});

describe('journeys by customer pain', () => {
  it('adds up each journey’s pain points as the priority list scores them', () => {
    const scores = journeyPainScores([
      pain('checkout', { severity: 'critical', accountIds: ['a', 'b'], frequency: 'daily' }),
      pain('checkout'),
      pain('signup', { severity: 'low', accountIds: [], frequency: 'once' }),
    ]);
    // critical 5 × 2 accounts × daily 4 = 40, plus medium 2 × 1 × weekly 3 = 6.
    expect(scores).toEqual({ checkout: 46, signup: 1 });
  });

  it('orders most pain first, painless journeys last, equal pain by name', () => {
    const journeys = [
      { id: 'a', name: 'Billing' },
      { id: 'b', name: 'Checkout' },
      { id: 'c', name: 'Export' },
      { id: 'd', name: 'Admin' },
    ];
    expect(byPain(journeys, { b: 46, c: 6, d: 6 }).map((j) => j.name)).toEqual([
      'Checkout',
      'Admin',
      'Export',
      'Billing',
    ]);
  });
});
