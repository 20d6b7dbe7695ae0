import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  filterPainPoints,
  moveStep,
  painImpact,
  rankSteps,
} from '../../../shared/journey/priority';
import { pain, step } from './fixtures';

describe('customer impact', () => {
  it('is severity x accounts x frequency, shown with how it was computed', () => {
    expect(
      painImpact(pain('p', 's', { severity: 'high', accountIds: ['a', 'b'], frequency: 'weekly' })),
    ).toEqual({
      painPointId: 'p',
      score: 18,
      explanation: 'high (3) × 2 accounts × weekly (3) = 18',
    });
    expect(
      painImpact(pain('p', 's', { severity: 'critical', accountIds: [], frequency: 'once' }))
        .explanation,
    ).toBe('critical (5) × no named accounts (counted as 1) × once (1) = 5');
  });

  it('ranks the painful steps first, and keeps the journey order for ties', () => {
    const steps = [step('browse', 0), step('cart', 1), step('pay', 2), step('confirm', 3)];
    const ranked = rankSteps(steps, [
      pain('1', 'pay', {
        severity: 'critical',
        accountIds: ['acme', 'globex'],
        frequency: 'daily',
      }),
      pain('2', 'cart', { severity: 'low', frequency: 'once' }),
      pain('3', 'pay', { accountIds: ['initech'] }),
    ]);
    expect(ranked.map((r) => r.step.id)).toEqual(['pay', 'cart', 'browse', 'confirm']);
    expect(ranked[0]).toMatchObject({
      score: 40 + 6,
      painPoints: 2,
      accounts: 3,
      worstSeverity: 'critical',
    });
    expect(ranked[2]).toMatchObject({ score: 0, painPoints: 0, worstSeverity: null });
  });
});

describe('pain point filters', () => {
  const pains = [
    pain('1', 's', {
      accountIds: ['acme'],
      severity: 'high',
      source: 'ticket',
      date: '2026-02-10',
    }),
    pain('2', 's', { accountIds: ['globex'], severity: 'low', source: 'call', date: '2026-03-10' }),
    pain('3', 's', {
      accountIds: ['acme', 'globex'],
      severity: 'high',
      source: 'survey',
      date: '2026-04-10',
    }),
  ];
  it('filter by account, severity, source and date range', () => {
    const ids = (filter: Parameters<typeof filterPainPoints>[1]) =>
      filterPainPoints(pains, filter).map((p) => p.id);
    expect(ids({ accountId: 'acme' })).toEqual(['1', '3']);
    expect(ids({ severity: 'high', source: 'survey' })).toEqual(['3']);
    expect(ids({ from: '2026-03-01', to: '2026-03-31' })).toEqual(['2']);
    expect(ids({})).toEqual(['1', '2', '3']);
  });
});

describe('reordering steps', () => {
  it('moves a step and renumbers positions densely, keeping every step', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.nat(20), fc.nat(20), (n, a, b) => {
        const steps = Array.from({ length: n }, (_, i) => step(`s${i}`, i * 10));
        const moved = moveStep(steps, a % n, b % n);
        return (
          moved.length === n &&
          moved.every((s, i) => s.position === i) &&
          new Set(moved.map((s) => s.id)).size === n &&
          moved[b % n]!.id === `s${a % n}`
        );
      }),
    );
  });
});
