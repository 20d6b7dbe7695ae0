import { describe, expect, it } from 'vitest';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';
import { openDatabase } from '../../renderer/src/db/openDatabase';
import { adoptTarget } from '../../renderer/src/db/sloTargetChoice';
import { importWorkbookContents } from '../../renderer/src/db/workbookRepository';
import { freshIndexedDb } from './helpers';

async function withSample() {
  const db = await openDatabase({ indexedDB: freshIndexedDb() });
  await importWorkbookContents(
    db,
    buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') }),
  );
  return db;
}

describe('"Use this target"', () => {
  it('records the target, the rationale and the validation together', async () => {
    const db = await withSample();
    await adoptTarget(db, 'sample-slo-pay', {
      target: 0.995,
      rationale: 'The lowest target that still hears our customers.',
      validatedOn: '2026-11-20',
      nextReview: '2027-02-18',
    });
    expect(await db.slos.get('sample-slo-pay')).toMatchObject({
      target: 0.995,
      rationale: 'The lowest target that still hears our customers.',
      csValidatedOn: '2026-11-20',
      reviewDate: '2027-02-18',
    });
  });

  it('changes nothing when any part is wrong, and says which', async () => {
    const db = await withSample();
    const before = await db.slos.get('sample-slo-pay');
    const base = {
      target: 0.995,
      rationale: 'Hears them',
      validatedOn: '2026-11-20',
      nextReview: '2027-02-18',
    };
    await expect(adoptTarget(db, 'sample-slo-pay', { ...base, rationale: '  ' })).rejects.toThrow(
      'Say why this target.',
    );
    await expect(
      adoptTarget(db, 'sample-slo-pay', { ...base, nextReview: '2026-01-01' }),
    ).rejects.toThrow('The next review must come after the validation.');
    await expect(adoptTarget(db, 'sample-slo-pay', { ...base, target: 1 })).rejects.toThrow(
      /A 100% target leaves no error budget/,
    );
    await expect(adoptTarget(db, 'no-such-slo', base)).rejects.toThrow(/no longer exists/);
    expect(await db.slos.get('sample-slo-pay')).toEqual(before);
  });
});
