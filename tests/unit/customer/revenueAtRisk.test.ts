import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../../shared/domain/journey';
import {
  accountsById,
  explainRevenue,
  formatRevenue,
  incidentRevenue,
  rankingValue,
  revenueAtRisk,
  revenueByStep,
} from '../../../shared/customer/revenueAtRisk';
import { journeyRevenue } from '../../../shared/customer/revenueRanking';

const T = '2026-01-01T00:00:00.000Z';
const account = (id: string, arr: number | null, currency = 'USD'): Account => ({
  id,
  workbookId: 'wb',
  name: id[0]!.toUpperCase() + id.slice(1),
  segment: '',
  plan: '',
  csmOwner: '',
  notes: '',
  arr,
  currency,
  renewalDate: null,
  createdAt: T,
  updatedAt: T,
});

const book = accountsById([
  account('acme', 480_000),
  account('globex', 150_000),
  account('initech', null),
  account('umbrella', 40_000, 'EUR'),
]);

describe('revenue at risk', () => {
  it('counts each account once, however many pain points name it', () => {
    const risk = revenueAtRisk(
      [{ accountIds: ['acme', 'globex'] }, { accountIds: ['acme'] }, { accountIds: [] }],
      book,
    );
    expect(risk.accounts).toBe(2);
    expect(formatRevenue(risk)).toBe('$630,000');
    expect(explainRevenue(risk)).toBe('Acme $480,000 + Globex $150,000 = $630,000');
    expect(rankingValue(risk)).toBe(630_000);
  });

  it('never adds currencies together, and names accounts whose ARR is unknown', () => {
    const risk = revenueAtRisk([{ accountIds: ['umbrella', 'initech', 'globex'] }], book);
    expect(risk.sums.map((s) => [s.currency, s.total])).toEqual([
      ['USD', 150_000],
      ['EUR', 40_000],
    ]);
    expect(formatRevenue(risk)).toBe('$150,000 + €40,000');
    expect(explainRevenue(risk)).toBe(
      'Globex $150,000; Umbrella €40,000; ARR not recorded for Initech',
    );
  });

  it('says when nothing is known, and skips accounts that are gone', () => {
    expect(explainRevenue(revenueAtRisk([{ accountIds: ['gone'] }], book))).toBe(
      'No named accounts have pain here.',
    );
    expect(formatRevenue(revenueAtRisk([{ accountIds: ['initech'] }], book))).toBe(
      'ARR not recorded',
    );
  });

  it('an incident touches the accounts it names and those of the pain points about it', () => {
    const risk = incidentRevenue(
      { id: 'r1', accountIds: ['acme'] },
      [
        { accountIds: ['globex'], retroId: 'r1' },
        { accountIds: ['umbrella'], retroId: 'r2' },
        { accountIds: ['acme'], retroId: null },
      ],
      book,
    );
    expect(formatRevenue(risk)).toBe('$630,000');
  });

  it('groups by step and by journey as the priority list, the map and the journey list rank them', () => {
    const pains = [
      { accountIds: ['acme'], stepId: 's1', journeyId: 'j1' },
      { accountIds: ['globex', 'acme'], stepId: 's2', journeyId: 'j1' },
      { accountIds: ['initech'], stepId: 's3', journeyId: 'j2' },
    ];
    const bySteps = revenueByStep(pains, book);
    expect([...bySteps].map(([id, r]) => [id, rankingValue(r)])).toEqual([
      ['s1', 480_000],
      ['s2', 630_000],
      ['s3', 0],
    ]);
    // A journey of accounts whose ARR nobody recorded is not ranked at all.
    expect(
      journeyRevenue(pains.map((p) => ({ ...p, accountIds: p.accountIds })) as never, [
        ...book.values(),
      ]),
    ).toEqual({
      j1: { value: 630_000, text: '$630,000' },
      j2: { value: 0, text: 'ARR not recorded' },
    });
  });

  it('is the sum of distinct accounts’ ARR for any pain points (property)', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 5, maxLength: 5 }),
        fc.array(fc.subarray(ids), { maxLength: 20 }),
        (arrs, pains) => {
          const accounts = accountsById(ids.map((id, i) => account(id, arrs[i]!)));
          const risk = revenueAtRisk(
            pains.map((accountIds) => ({ accountIds })),
            accounts,
          );
          const distinct = new Set(pains.flat());
          const expected = [...distinct].reduce((s, id) => s + arrs[ids.indexOf(id)]!, 0);
          expect(risk.accounts).toBe(distinct.size);
          expect(rankingValue(risk)).toBe(distinct.size ? expected : 0);
        },
      ),
    );
  });
});
