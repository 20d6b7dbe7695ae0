import { newId, nowIso } from '../../../shared/domain/ids';
import { accountDraftSchema, type Account, type PainPoint } from '../../../shared/domain/journey';
import {
  workbookBoundRefusals,
  type AccountImportPlan,
} from '../../../shared/customer/accountImport';
import type { AccountRecords } from '../../../shared/customer/accountStory';
import {
  accountsById,
  incidentRevenue,
  type RevenueAtRisk,
} from '../../../shared/customer/revenueAtRisk';
import type { Retro } from '../../../shared/domain/retro';
import type { WorkbookDatabase } from './database';
import { guardWrite, recordGone, StorageError } from './storageErrors';

/**
 * Writes a checked import plan in one transaction: all of it or, on any failure, nothing. The plan
 * holds only the rows that read right (the dialog listed the others, which are skipped); a plan
 * refused whole, or one that would take the workbook past what its file can hold, writes nothing.
 */
export async function importAccounts(
  db: WorkbookDatabase,
  workbookId: string,
  plan: AccountImportPlan,
): Promise<{ added: number; updated: number }> {
  if (plan.refusals.length) throw new Error(`${plan.refusals.join(' ')} Nothing was imported.`);
  const now = nowIso();
  return guardWrite('import the accounts', () =>
    db.transaction('rw', db.workbooks, db.accounts, async () => {
      if (!(await db.workbooks.get(workbookId))) throw recordGone('workbook');
      const current = await db.accounts.where('workbookId').equals(workbookId).toArray();
      // Counted again here: another window may have added accounts since the plan was made.
      const bound = workbookBoundRefusals(current, plan.accounts);
      if (bound.length)
        throw new StorageError(`${bound.join(' ')} Nothing was imported.`, 'too-many');
      const byId = new Map(current.map((a) => [a.id, a]));
      const byName = new Map(current.map((a) => [a.name.trim().toLocaleLowerCase(), a]));
      let added = 0;
      let updated = 0;
      const records: Account[] = plan.accounts.map((planned) => {
        const fields = accountDraftSchema.parse(planned.draft);
        // Matched when planned; another window may have deleted or added it since.
        const existing =
          (planned.existingId ? byId.get(planned.existingId) : undefined) ??
          byName.get(fields.name.trim().toLocaleLowerCase());
        if (existing) {
          updated += 1;
          return { ...existing, ...fields, updatedAt: now };
        }
        added += 1;
        return { ...fields, id: newId(), workbookId, createdAt: now, updatedAt: now };
      });
      await db.accounts.bulkPut(records);
      await db.workbooks.update(workbookId, { updatedAt: now });
      return { added, updated };
    }),
  );
}

/**
 * The records one account's page shows, read in one snapshot through the account indexes: its
 * pain points, their steps and journeys, its incidents, the SLOs on those steps and the action
 * items that protect them. Nothing else of the workbook is read.
 */
export async function readAccountRecords(
  db: WorkbookDatabase,
  accountId: string,
): Promise<AccountRecords | null> {
  return db.transaction(
    'r',
    [db.accounts, db.painPoints, db.journeySteps, db.journeys, db.retros, db.slos, db.actionItems],
    async () => {
      const account = await db.accounts.get(accountId);
      if (!account) return null;
      const painPoints = await db.painPoints.where('accountIds').equals(accountId).toArray();
      const stepIds = [...new Set(painPoints.map((p) => p.stepId))];
      const journeyIds = [...new Set(painPoints.map((p) => p.journeyId))];
      const painRetroIds = [
        ...new Set(painPoints.flatMap((p) => (p.retroId === null ? [] : [p.retroId]))),
      ];
      const [journeySteps, journeys, named, linked, slos] = await Promise.all([
        db.journeySteps.bulkGet(stepIds),
        db.journeys.bulkGet(journeyIds),
        db.retros.where('accountIds').equals(accountId).toArray(),
        db.retros.bulkGet(painRetroIds),
        stepIds.length ? db.slos.where('stepId').anyOf(stepIds).toArray() : [],
      ]);
      const retros = new Map(named.map((r) => [r.id, r]));
      for (const retro of linked) if (retro) retros.set(retro.id, retro);
      const sloIds = new Set(slos.map((s) => s.id));
      const journeySet = new Set(journeyIds);
      // Action items of its incidents by index; those for its journeys or SLOs from any other
      // retrospective by a scan of the workbook's (hundreds, not hundreds of thousands).
      const actionItems = (
        await db.actionItems.where('workbookId').equals(account.workbookId).toArray()
      ).filter(
        (a) =>
          retros.has(a.retroId) ||
          (a.journeyId !== null && journeySet.has(a.journeyId)) ||
          (a.sloId !== null && sloIds.has(a.sloId)),
      );
      return {
        accounts: [account],
        painPoints,
        journeySteps: journeySteps.filter((s) => s !== undefined),
        journeys: journeys.filter((j) => j !== undefined),
        retros: [...retros.values()],
        slos,
        actionItems,
      };
    },
  );
}

/** Pain points that say they are about this incident. */
export function listPainPointsOfRetro(db: WorkbookDatabase, retroId: string): Promise<PainPoint[]> {
  return db.painPoints.where('retroId').equals(retroId).toArray();
}

/** The revenue each incident touched, for the retrospective list: by retrospective id. */
export async function readIncidentRevenues(
  db: WorkbookDatabase,
  retros: readonly Retro[],
): Promise<Map<string, RevenueAtRisk>> {
  if (retros.length === 0) return new Map();
  const workbookId = retros[0]!.workbookId;
  const [accounts, pains] = await db.transaction('r', db.accounts, db.painPoints, () =>
    Promise.all([
      db.accounts.where('workbookId').equals(workbookId).toArray(),
      db.painPoints
        .where('retroId')
        .anyOf(retros.map((r) => r.id))
        .toArray(),
    ]),
  );
  const byId = accountsById(accounts);
  return new Map(retros.map((r) => [r.id, incidentRevenue(r, pains, byId)]));
}
