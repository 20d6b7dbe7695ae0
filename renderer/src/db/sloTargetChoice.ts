import { z } from 'zod';
import { daySchema } from '../../../shared/domain/bounds';
import { nowIso } from '../../../shared/domain/ids';
import { targetSchema } from '../../../shared/domain/slo';
import type { WorkbookDatabase } from './database';
import { guardWrite, recordGone } from './storageErrors';

/** What "Use this target" records: the target, why, and customer success's agreement. */
export const targetChoiceSchema = z
  .object({
    target: targetSchema,
    rationale: z.string().trim().min(1, 'Say why this target.').max(4000),
    validatedOn: daySchema('Give the day customer success agreed as a date.'),
    nextReview: daySchema('Give the next review as a date.'),
  })
  .refine((c) => c.nextReview >= c.validatedOn, {
    message: 'The next review must come after the validation.',
    path: ['nextReview'],
  });
export type TargetChoiceRecord = z.infer<typeof targetChoiceSchema>;

/**
 * The SLO takes the chosen target with its rationale and the validation with customer success,
 * in one transaction: a target agreed with customers never stands without the reason, nor the
 * reason beside a target nobody chose.
 */
export async function adoptTarget(
  db: WorkbookDatabase,
  sloId: string,
  choice: TargetChoiceRecord,
): Promise<void> {
  const checked = targetChoiceSchema.safeParse(choice);
  if (!checked.success) throw new Error(checked.error.issues[0]?.message ?? 'Check the choice.');
  const { target, rationale, validatedOn, nextReview } = checked.data;
  await guardWrite('record the target', () =>
    db.transaction('rw', db.slos, async () => {
      const existing = await db.slos.get(sloId);
      if (!existing) throw recordGone('SLO');
      await db.slos.put({
        ...existing,
        target,
        rationale,
        csValidatedOn: validatedOn,
        reviewDate: nextReview,
        updatedAt: nowIso(),
      });
    }),
  );
}
