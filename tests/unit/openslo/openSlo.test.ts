import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Slo, SloDraft } from '../../../shared/domain/slo';
import { defaultAlertsForPeriod } from '../../../shared/slo/burnRateAlerts';
import { exportOpenSlo, toOpenSloName } from '../../../shared/slo/openslo/exportOpenSlo';
import { describeOpenSloProblem, importOpenSlo } from '../../../shared/slo/openslo/importOpenSlo';

function slo(draft: Partial<SloDraft> & Pick<SloDraft, 'name' | 'sli'>): Slo {
  return {
    id: 'id-1',
    workbookId: 'wb',
    description: '',
    service: 'checkout-api',
    journeyId: null,
    stepId: null,
    target: 0.999,
    window: { kind: 'rolling', minutes: 30 * 1440 },
    budgetingMethod: 'Occurrences',
    timeSliceMinutes: null,
    timeSliceTarget: null,
    alerts: defaultAlertsForPeriod(),
    policy: [{ consumedAtLeast: 0.5, actions: 'Review | with <care>' }],
    owners: 'Payments SRE',
    rationale: 'Customers retry twice, then call support.',
    reviewDate: '2027-01-15',
    csValidatedOn: '2026-12-01',
    dataSummary: null,
    origin: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...draft,
  } as Slo;
}

const cases: Slo[] = [
  slo({
    name: 'Checkout completes',
    sli: {
      kind: 'ratio',
      goodDescription: 'sum(rate(http{code=~"2.."}[5m]))',
      validDescription: 'all requests',
    },
  }),
  slo({
    name: 'Search latency p99 ≤ 300 ms',
    description: 'x'.repeat(1500),
    service: '',
    sli: {
      kind: 'threshold',
      metricDescription: 'p99 latency',
      op: 'lte',
      threshold: 300,
      unit: 'ms',
    },
    target: 0.95,
    window: { kind: 'calendar', unit: 'month', timeZone: 'Europe/Berlin', startTime: null },
    budgetingMethod: 'Timeslices',
    timeSliceMinutes: 5,
    timeSliceTarget: 0.99,
  }),
  slo({
    name: 'Nightly export',
    sli: { kind: 'ratio', goodDescription: 'exports on time', validDescription: 'exports' },
    target: 0.9995,
    window: { kind: 'calendar', unit: 'week', timeZone: 'America/New_York', startTime: null },
    budgetingMethod: 'RatioTimeslices',
    timeSliceMinutes: 60,
    alerts: [],
    policy: [],
    owners: '',
    rationale: '',
    reviewDate: '',
    csValidatedOn: null,
  }),
  slo({
    name: 'Empty descriptions survive',
    sli: { kind: 'threshold', metricDescription: '', op: 'gt', threshold: 0.5, unit: '' },
  }),
  slo({ name: 'Empty ratio', sli: { kind: 'ratio', goodDescription: '', validDescription: '' } }),
];

const draftOf = ({
  id: _i,
  workbookId: _w,
  dataSummary: _d,
  origin: _o,
  createdAt: _c,
  updatedAt: _u,
  ...draft
}: Slo) => draft;

describe('OpenSLO export and import', () => {
  it('exports SLOs that import back to the same SLOs, every field', () => {
    const yaml = exportOpenSlo(cases);
    const result = importOpenSlo(yaml);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.slos.map((s) => s.draft)).toEqual(cases.map(draftOf));
  });

  it('writes valid OpenSLO: names, one time window, exactly one target', () => {
    const yaml = exportOpenSlo([cases[1]!]);
    expect(yaml).toContain('apiVersion: openslo/v1');
    expect(yaml).toContain('name: search-latency-p99-300-ms');
    expect(yaml).toContain('duration: 1M');
    expect(yaml).toContain('isRolling: false');
    expect(yaml).toMatch(/op: lte\n\s+value: 300/);
    expect(importOpenSlo(yaml).problems).toEqual([]);
    expect(toOpenSloName('Ünïcode & Spaces — 2026!')).toBe('unicode-spaces-2026');
    expect(toOpenSloName('x'.repeat(100))).toHaveLength(63);
  });

  it('resolves indicatorRef to an SLI document in the same file, beside a Service', () => {
    const yaml = `apiVersion: openslo/v1
kind: Service
metadata:
  name: web
spec:
  description: Web shop
---
apiVersion: openslo/v1
kind: SLI
metadata:
  name: availability
spec:
  ratioMetric:
    counter: true
    bad:
      metricSource:
        type: Prometheus
        spec:
          query: sum(rate(http_requests_total{code=~"5.."}[1m]))
    total:
      metricSource:
        type: Prometheus
        spec:
          query: sum(rate(http_requests_total[1m]))
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: web-availability
  displayName: Web availability
spec:
  service: web
  indicatorRef: availability
  timeWindow:
    - duration: 28d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - targetPercent: 99.5
`;
    const result = importOpenSlo(yaml);
    expect(result.problems).toEqual([]);
    expect(result.documents).toBe(3);
    expect(result.slos).toHaveLength(1);
    expect(result.slos[0]!.draft).toMatchObject({
      name: 'Web availability',
      target: 0.995,
      window: { kind: 'rolling', minutes: 28 * 1440 },
      sli: { kind: 'ratio', validDescription: 'sum(rate(http_requests_total[1m]))' },
    });
    expect(result.slos[0]!.draft.alerts?.[0]?.burnRate).toBeCloseTo(13.44, 9);
  });

  it('names the document, field and line of every broken rule, and offers what it can read', () => {
    const yaml = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: Checkout_SLO
spec:
  indicator:
    metadata:
      name: ok
    spec:
      ratioMetric:
        counter: true
        good: { metricSource: { type: x, spec: { query: good } } }
        total: { metricSource: { type: x, spec: { query: total } } }
  timeWindow:
    - duration: 30d
      isRolling: true
  budgetingMethod: Occurrences
  objectives:
    - target: 0.999
      op: lte
      value: 3
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: latency
spec:
  service: api
  indicator:
    metadata: { name: lat }
    spec:
      thresholdMetric: { metricSource: { type: x, spec: { query: p99 } } }
  timeWindow:
    - duration: 7d
      isRolling: true
  budgetingMethod: Timeslices
  objectives:
    - target: 0.99
      targetPercent: 99
    - target: 0.95
      op: lte
      value: 300
      timeSliceWindow: 1m
---
apiVersion: openslo/v1
kind: SLO
metadata:
  name: orphan
spec:
  service: api
  indicatorRef: missing
  timeWindow: [{ duration: 30d, isRolling: true }]
  budgetingMethod: Occurrences
  objectives: [{ target: 0.9 }]
`;
    const result = importOpenSlo(yaml);
    const lines = result.problems.map(describeOpenSloProblem);
    expect(lines).toEqual(
      expect.arrayContaining([
        'Document 1 (SLO Checkout_SLO), line 4, metadata.name: “Checkout_SLO” breaks the name rule: lowercase letters, digits and “-”, at most 63 characters. [name-format]',
        expect.stringMatching(
          /^Document 1 \(SLO Checkout_SLO\), line 6, spec.service: an SLO should name its service/,
        ),
        expect.stringMatching(
          /^Document 1 \(SLO Checkout_SLO\), line 20, spec.objectives\[0\].op: op and value are not allowed with a ratioMetric SLI/,
        ),
        'Document 2 (SLO latency), line 38, spec.objectives[0]: an objective needs exactly one of target or targetPercent.',
        expect.stringMatching(
          /^Document 2 \(SLO latency\), line 40, spec.objectives\[1\].timeSliceTarget: Timeslices needs timeSliceTarget/,
        ),
        'Document 3 (SLO orphan), line 51, spec.indicatorRef: indicatorRef “missing” names no SLI document in the files read.',
      ]),
    );
    // The first SLO breaks only warning-level rules: it is still offered.
    expect(result.slos.map((s) => s.name)).toEqual(['Checkout_SLO']);
  });

  it('says where YAML itself is broken', () => {
    const result = importOpenSlo('apiVersion: openslo/v1\nkind: SLO\nspec: [1, 2\n');
    expect(result.slos).toEqual([]);
    expect(describeOpenSloProblem(result.problems[0]!)).toMatch(
      /^Document 1, line \d+: not readable YAML/,
    );
    expect(importOpenSlo('').problems[0]!.message).toMatch(/no YAML documents|no SLO documents/);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const result = importOpenSlo(text);
        return Array.isArray(result.slos) && Array.isArray(result.problems);
      }),
      { numRuns: 300 },
    );
  });

  it('reads durations as the spec defines them, and says so', () => {
    const doc = (window: string, slice: string) => `apiVersion: openslo/v1
kind: SLO
metadata:
  name: durations
spec:
  service: web
  indicator:
    metadata:
      name: ok
    spec:
      ratioMetric:
        good: { metricSource: { type: Prometheus, spec: { query: "sum(rate(ok[5m]))" } } }
        total: { metricSource: { type: Prometheus, spec: { query: "sum(rate(all[5m]))" } } }
  timeWindow:
    - ${window}
  budgetingMethod: RatioTimeslices
  objectives:
    - target: 0.99
      timeSliceWindow: ${slice}
`;
    const month = importOpenSlo(doc('{ duration: 1M, isRolling: true }', '5m'));
    expect(month.slos[0]!.draft.window).toEqual({ kind: 'rolling', minutes: 30 * 1440 });
    expect(month.problems.map((p) => p.message)).toEqual([
      'a rolling 1M is read as 30 days (OpenSLO counts a rolling M as 30 days); a calendar month follows the calendar.',
    ]);
    const bare = importOpenSlo(doc('{ duration: 28d, isRolling: true }', '300'));
    expect(bare.slos).toEqual([]);
    expect(bare.problems.map((p) => p.message)).toEqual([
      'timeSliceWindow 300 has no unit: OpenSLO writes it as a duration such as 1m or 5m (a bare number is not seconds).',
    ]);
  });
});
