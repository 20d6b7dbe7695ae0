import { describe, expect, it, vi } from 'vitest';
import type { SloDraft } from '../../shared/domain/slo';
import { defaultAlertsForPeriod } from '../../shared/slo/burnRateAlerts';
import { parseSliCsv } from '../../shared/slo/csv/parseSliCsv';
import { DEFAULT_POLICY } from '../../shared/slo/errorBudgetPolicy';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import {
  createSlo,
  deleteSlo,
  listSlos,
  readSliData,
  replaceSliData,
  updateSlo,
} from '../../renderer/src/db/sloRepository';
import { createWorkbook, deleteWorkbook } from '../../renderer/src/db/workbookRepository';
import { freshIndexedDb } from './helpers';

const checkoutDraft: SloDraft = {
  name: 'Checkout succeeds',
  sli: { kind: 'ratio', goodDescription: 'HTTP 2xx', validDescription: 'all but 4xx' },
  target: 0.999,
  window: { kind: 'rolling', minutes: 30 * 1440 },
  budgetingMethod: 'Occurrences',
  alerts: defaultAlertsForPeriod(),
  policy: DEFAULT_POLICY,
};

function csv(rows: number, bad: (i: number) => number): string {
  const lines = ['time,good,total'];
  for (let i = 0; i < rows; i += 1) {
    lines.push(`${new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()},${100 - bad(i)},100`);
  }
  return lines.join('\n');
}

function imported(text: string) {
  const result = parseSliCsv(text, { mode: 'good-total', timestamp: 0, good: 1, total: 2 });
  if (!result.ok) throw new Error('fixture CSV should parse');
  return result.value;
}

async function setup() {
  const db = await openDatabase({ indexedDB: freshIndexedDb() });
  const workbook = await createWorkbook(db, { name: 'Acme' });
  return { db, workbook };
}

describe('SLO repository', () => {
  it('creates, lists, updates and deletes SLOs of a workbook', async () => {
    const { db, workbook } = await setup();
    const slo = await createSlo(db, workbook.id, checkoutDraft);
    await createSlo(db, workbook.id, { ...checkoutDraft, name: 'API latency' });
    expect((await listSlos(db, workbook.id)).map((s) => s.name)).toEqual([
      'API latency',
      'Checkout succeeds',
    ]);
    await updateSlo(db, slo.id, { ...checkoutDraft, target: 0.995 });
    expect((await listSlos(db, workbook.id)).find((s) => s.id === slo.id)?.target).toBe(0.995);
    await deleteSlo(db, slo.id);
    expect((await listSlos(db, workbook.id)).map((s) => s.name)).toEqual(['API latency']);
  });

  it('refuses an SLO without a name or with a 100% target, in plain words', async () => {
    const { db, workbook } = await setup();
    await expect(createSlo(db, workbook.id, { ...checkoutDraft, name: ' ' })).rejects.toThrow(
      /Give the SLO a name/,
    );
    await expect(createSlo(db, workbook.id, { ...checkoutDraft, target: 1 })).rejects.toThrow(
      /no error budget/,
    );
    expect(await listSlos(db, workbook.id)).toEqual([]);
  });

  it('stores imported SLI data in day chunks and reads back the same series', async () => {
    const { db, workbook } = await setup();
    const slo = await createSlo(db, workbook.id, checkoutDraft);
    const data = imported(csv(3000, (i) => (i % 100 === 0 ? 1 : 0)));
    await replaceSliData(db, slo.id, data, 'export.csv');
    expect(await db.sliChunks.where('sloId').equals(slo.id).count()).toBe(3);
    const back = await readSliData(db, slo.id);
    expect(back).toEqual(data.data);
    const stored = (await listSlos(db, workbook.id))[0]!;
    expect(stored.dataSummary).toMatchObject({
      rows: 3000,
      gaps: 0,
      source: 'export.csv',
      stepMs: 60_000,
    });
  });

  it('keeps the previous data whole when storing new data fails', async () => {
    const { db, workbook } = await setup();
    const slo = await createSlo(db, workbook.id, checkoutDraft);
    const first = imported(csv(2000, () => 0));
    await replaceSliData(db, slo.id, first, 'first.csv');
    vi.spyOn(db.sliChunks, 'bulkAdd').mockRejectedValueOnce(
      new DOMException('full', 'QuotaExceededError'),
    );
    await expect(
      replaceSliData(db, slo.id, imported(csv(500, () => 5)), 'second.csv'),
    ).rejects.toThrow(/no room left/);
    vi.restoreAllMocks();
    expect(await readSliData(db, slo.id)).toEqual(first.data);
    expect((await listSlos(db, workbook.id))[0]!.dataSummary?.source).toBe('first.csv');
  });

  it('deleting a workbook deletes its SLOs and their data, and nothing of other workbooks', async () => {
    const { db, workbook } = await setup();
    const other = await createWorkbook(db, { name: 'Globex' });
    const mine = await createSlo(db, workbook.id, checkoutDraft);
    const theirs = await createSlo(db, other.id, checkoutDraft);
    await replaceSliData(db, mine.id, imported(csv(100, () => 0)), 'a.csv');
    await replaceSliData(db, theirs.id, imported(csv(100, () => 0)), 'b.csv');
    await deleteWorkbook(db, workbook.id);
    expect(await db.slos.count()).toBe(1);
    expect(await db.sliChunks.where('sloId').equals(mine.id).count()).toBe(0);
    expect(await db.sliChunks.where('sloId').equals(theirs.id).count()).toBe(1);
  });
});
