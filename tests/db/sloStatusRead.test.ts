import { describe, expect, it } from 'vitest';
import type { Slo, SloWindow } from '../../shared/domain/slo';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';
import { sloFigures } from '../../shared/slo/sloFigures';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { readSliData, readSliDataForStatus } from '../../renderer/src/db/sloRepository';
import { importWorkbookContents } from '../../renderer/src/db/workbookRepository';
import { freshIndexedDb } from './helpers';

const END = Date.parse('2026-11-20T12:00:00Z');

/** Every number of the status alike (sums from a later start differ in the last bits only). */
function expectSameStatus(a: unknown, b: unknown, path = 'status'): void {
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isNaN(a)) expect(Number.isNaN(b), path).toBe(true);
    else expect(b, path).toBeCloseTo(a, 9);
  } else if (a && b && typeof a === 'object') {
    expect(Object.keys(b as object).sort(), path).toEqual(Object.keys(a as object).sort());
    for (const key of Object.keys(a as object)) {
      expectSameStatus(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      );
    }
  } else expect(b, path).toEqual(a);
}

describe('reading only what an SLO’s status needs', () => {
  it('gives the status the whole data gives, from fewer days, for any window', async () => {
    const db = await openDatabase({ indexedDB: freshIndexedDb() });
    const sample = buildSampleWorkbook({ endMs: END });
    await importWorkbookContents(db, sample);
    const windows: SloWindow[] = [
      { kind: 'rolling', minutes: 28 * 1440 },
      { kind: 'rolling', minutes: 1440 }, // shorter than the 3-day burn window
      { kind: 'calendar', unit: 'month', timeZone: 'Europe/Berlin', startTime: null },
      { kind: 'calendar', unit: 'week', timeZone: 'America/New_York', startTime: null },
    ];
    for (const stored of await db.slos.toArray()) {
      for (const window of windows) {
        const slo: Slo = { ...stored, window };
        const all = await readSliData(db, slo.id);
        const some = await readSliDataForStatus(db, slo);
        expect(some, `${slo.name}, ${JSON.stringify(window)}`).not.toBeNull();
        // 90 days imported; the status of a month or less needs about a month of them.
        const days = (d: typeof all) => (d ? (d.kind === 'counts' ? d.good : d.values).length : 0);
        expect(days(some)).toBeLessThan(days(all) / 2);
        expectSameStatus(
          sloFigures(slo, all, END)!.status,
          sloFigures(slo, some, END)!.status,
          `${slo.name}, ${JSON.stringify(window)}`,
        );
      }
    }
  });
});
