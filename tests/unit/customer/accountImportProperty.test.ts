import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planAccountImport } from '../../../shared/customer/accountImport';
import { readCsvTable } from '../../../shared/customer/csvRecords';
import { accountSchema } from '../../../shared/domain/journey';
import { workbookFileSchema } from '../../../shared/domain/workbookFile';

const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
const T = '2026-01-01T00:00:00.000Z';

/** Cells as CRM exports write them, and as they go wrong. */
const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('', '????', '6.0E7', '8.48E10', '$1,200', '-5', '13/45/2027', '3/15/2027', 'XYZ'),
  fc.string({ minLength: 190, maxLength: 4100 }),
);

describe('a CRM import never plans what the workbook file format would refuse', () => {
  it('every planned account is a valid account, and every row is planned or listed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 12 }),
        (rows) => {
          const text = [
            'Account Name,ARR,Renewal Date,Segment,Notes',
            ...rows.map((r) => r.map(quote).join(',')),
          ].join('\n');
          const table = readCsvTable(text);
          if (!table) return;
          const plan = planAccountImport(
            table,
            { name: 0, arr: 1, renewalDate: 2, segment: 3, notes: 4 },
            [],
          );
          const listed = new Set(plan.rowProblems.map((p) => p.line));
          expect(plan.accounts.length + listed.size).toBe(table.rows.length);
          expect(plan.skippedRows).toBe(listed.size);
          const records = plan.accounts.map((a, i) =>
            accountSchema.parse({
              ...a.draft,
              id: `a${i}`,
              workbookId: 'wb',
              createdAt: T,
              updatedAt: T,
            }),
          );
          // What it would store, the workbook file's own schema accepts.
          expect(workbookFileSchema.shape.accounts.safeParse(records).success).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});
