import { describe, expect, it } from 'vitest';
import type { SloDraft } from '../../shared/domain/slo';
import { defaultAlertsForPeriod } from '../../shared/slo/burnRateAlerts';
import type { SliData } from '../../shared/slo/sliSeries';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { storePulledSli } from '../../renderer/src/db/pulledSliRepository';
import { createSlo, readSliData } from '../../renderer/src/db/sloRepository';
import { createWorkbook } from '../../renderer/src/db/workbookRepository';
import { freshIndexedDb } from './helpers';

const draft: SloDraft = {
  name: 'API availability',
  sli: {
    kind: 'ratio',
    goodDescription: 'sum(http_requests_total{code!~"5.."})',
    validDescription: 'sum(http_requests_total)',
  },
  target: 0.999,
  window: { kind: 'rolling', minutes: 7 * 1440 },
  budgetingMethod: 'Occurrences',
  alerts: defaultAlertsForPeriod(7 * 1440),
  policy: [],
};
const START = Date.UTC(2026, 9, 1);
const MIN = 60_000;

function counts(startMs: number, good: number[], total: number[]): SliData {
  return {
    kind: 'counts',
    startMs,
    stepMs: MIN,
    good: Float64Array.from(good),
    total: Float64Array.from(total),
  };
}

async function setUp() {
  const db = await openDatabase({ indexedDB: freshIndexedDb() });
  const workbook = await createWorkbook(db, { name: 'Acme' });
  const slo = await createSlo(db, workbook.id, draft);
  return { db, slo };
}

describe('storing SLI history pulled from Prometheus', () => {
  it('appends a rerun to the stored data, the rerun winning on the step pulled again', async () => {
    const { db, slo } = await setUp();
    const source = 'Prometheus at http://127.0.0.1:9090 (queries #00000001)';
    await storePulledSli(db, slo.id, counts(START, [9, 10, 5], [10, 10, 10]), source, false);
    await storePulledSli(db, slo.id, counts(START + 2 * MIN, [10, 8], [10, 10]), source, true);
    const data = await readSliData(db, slo.id);
    expect(data?.kind === 'counts' && Array.from(data.good)).toEqual([9, 10, 10, 8]);
    const stored = await db.slos.get(slo.id);
    expect(stored?.dataSummary).toMatchObject({
      source,
      rows: 4,
      gaps: 0,
      startMs: START,
      endMs: START + 3 * MIN,
    });
  });

  it('replaces data from elsewhere, gaps kept as gaps', async () => {
    const { db, slo } = await setUp();
    await storePulledSli(db, slo.id, counts(START, [1, 1], [1, 1]), 'a CSV', false);
    await storePulledSli(
      db,
      slo.id,
      counts(START + DAY, [5, Number.NaN, 7], [5, Number.NaN, 7]),
      'Prometheus at http://h (queries #1)',
      false,
    );
    const data = await readSliData(db, slo.id);
    expect(data?.startMs).toBe(START + DAY);
    expect((await db.slos.get(slo.id))?.dataSummary).toMatchObject({ rows: 2, gaps: 1 });
  });

  it('ends the stored data at the newest step with data, not at the empty steps up to now', async () => {
    const { db, slo } = await setUp();
    const nan = Number.NaN;
    await storePulledSli(
      db,
      slo.id,
      counts(START, [9, nan, 10, nan, nan], [10, nan, 10, nan, nan]),
      'Prometheus at http://h (queries #1)',
      false,
    );
    const data = await readSliData(db, slo.id);
    expect(data?.kind === 'counts' && Array.from(data.total)).toEqual([10, nan, 10]);
    expect((await db.slos.get(slo.id))?.dataSummary).toMatchObject({
      endMs: START + 2 * MIN,
      rows: 2,
      gaps: 1,
    });
  });

  it('refuses data the app cannot keep, leaving the SLO data as it was', async () => {
    const { db, slo } = await setUp();
    const source = 'Prometheus at http://h (queries #1)';
    await storePulledSli(db, slo.id, counts(START, [9, 10], [10, 10]), source, false);
    const huge = counts(START + 400 * DAY, [1], [1]);
    await expect(
      storePulledSli(db, slo.id, { ...huge, stepMs: 0 }, source, false),
    ).rejects.toThrow();
    const data = await readSliData(db, slo.id);
    expect(data?.kind === 'counts' && Array.from(data.good)).toEqual([9, 10]);
    expect((await db.slos.get(slo.id))?.dataSummary?.rows).toBe(2);
  });
});

const DAY = 86_400_000;
