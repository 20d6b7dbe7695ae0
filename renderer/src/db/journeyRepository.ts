import { newId, nowIso } from '../../../shared/domain/ids';
import {
  accountDraftSchema,
  journeyDraftSchema,
  journeyStepDraftSchema,
  painPointDraftSchema,
  type Account,
  type AccountDraft,
  type Journey,
  type JourneyDraft,
  type JourneyStep,
  type JourneyStepDraft,
  type PainPoint,
  type PainPointDraft,
} from '../../../shared/domain/journey';
import { moveStep } from '../../../shared/journey/priority';
import type { WorkbookDatabase } from './database';
import { editConflict, guardWrite, recordGone } from './storageErrors';
import { applyEdit, keepUnsent } from '../../../shared/domain/fieldPatch';

const byPosition = (a: JourneyStep, b: JourneyStep) => a.position - b.position;

// Accounts

export function listAccounts(db: WorkbookDatabase, workbookId: string): Promise<Account[]> {
  return db.accounts
    .where('workbookId')
    .equals(workbookId)
    .toArray()
    .then((all) => all.sort((a, b) => a.name.localeCompare(b.name)));
}

const ACCOUNT_LABELS = {
  name: 'Name',
  segment: 'Segment',
  plan: 'Plan',
  csmOwner: 'CSM owner',
  notes: 'Notes',
  arr: 'Annual revenue',
  currency: 'Currency',
  renewalDate: 'Renewal date',
};
const JOURNEY_LABELS = { name: 'Journey name', persona: 'Persona', goal: 'Goal' };
const PAIN_LABELS = {
  quote: 'What the customer said',
  source: 'Source',
  date: 'Heard on',
  accountIds: 'Accounts',
  retroId: 'Incident',
  severity: 'Severity',
  frequency: 'How often',
};

/** `base`: the record as the edit form opened it, so only what the person changed is written. */
export async function saveAccount(
  db: WorkbookDatabase,
  workbookId: string,
  draft: AccountDraft,
  id?: string,
  base?: Partial<Account>,
): Promise<Account> {
  const parsed = accountDraftSchema.parse(draft);
  const now = nowIso();
  return guardWrite('save the account', () =>
    db.transaction('rw', db.accounts, async () => {
      const existing = id ? await db.accounts.get(id) : undefined;
      // A form that does not show a field (ARR on the quick "new account" line) never clears it.
      const fields = existing ? keepUnsent(draft, parsed, existing) : parsed;
      const edit = existing && applyEdit(existing, base, fields);
      if (edit?.conflicts.length) throw editConflict(edit.conflicts, ACCOUNT_LABELS);
      const account: Account = edit
        ? { ...edit.next, updatedAt: now }
        : { ...fields, id: newId(), workbookId, createdAt: now, updatedAt: now };
      await db.accounts.put(account);
      return account;
    }),
  );
}

/** What an account delete removed, so it can be put back (undo). */
export interface DeletedAccount {
  account: Account;
  painPointIds: string[];
  /** Retrospectives that named it among the accounts an incident hurt. */
  retroIds: string[];
}

/** Deletes an account and takes it off every pain point and retrospective that named it. */
export async function deleteAccount(
  db: WorkbookDatabase,
  id: string,
): Promise<DeletedAccount | null> {
  return guardWrite('delete the account', () =>
    db.transaction('rw', db.accounts, db.painPoints, db.retros, async () => {
      const account = await db.accounts.get(id);
      if (!account) return null;
      const painPointIds: string[] = [];
      await db.painPoints
        .where('accountIds')
        .equals(id)
        .modify((pain) => {
          painPointIds.push(pain.id);
          pain.accountIds = pain.accountIds.filter((a) => a !== id);
        });
      const retroIds: string[] = [];
      await db.retros
        .where('accountIds')
        .equals(id)
        .modify((retro) => {
          retroIds.push(retro.id);
          retro.accountIds = retro.accountIds.filter((a) => a !== id);
        });
      await db.accounts.delete(id);
      return { account, painPointIds, retroIds };
    }),
  );
}

export async function restoreAccount(db: WorkbookDatabase, deleted: DeletedAccount): Promise<void> {
  await guardWrite('put the account back', () =>
    db.transaction('rw', db.accounts, db.painPoints, db.retros, async () => {
      await db.accounts.put(deleted.account);
      await db.painPoints
        .where('id')
        .anyOf(deleted.painPointIds)
        .modify((pain) => {
          if (!pain.accountIds.includes(deleted.account.id))
            pain.accountIds.push(deleted.account.id);
        });
      await db.retros
        .where('id')
        .anyOf(deleted.retroIds)
        .modify((retro) => {
          if (!retro.accountIds.includes(deleted.account.id))
            retro.accountIds.push(deleted.account.id);
        });
    }),
  );
}

// Journeys

export function listJourneys(db: WorkbookDatabase, workbookId: string): Promise<Journey[]> {
  return db.journeys
    .where('workbookId')
    .equals(workbookId)
    .toArray()
    .then((all) => all.sort((a, b) => a.name.localeCompare(b.name)));
}

export async function saveJourney(
  db: WorkbookDatabase,
  workbookId: string,
  draft: JourneyDraft,
  id?: string,
  base?: Partial<Journey>,
): Promise<Journey> {
  const fields = journeyDraftSchema.parse(draft);
  const now = nowIso();
  return guardWrite('save the journey', () =>
    db.transaction('rw', db.workbooks, db.journeys, async () => {
      if (!(await db.workbooks.get(workbookId))) throw recordGone('workbook');
      const existing = id ? await db.journeys.get(id) : undefined;
      const edit = existing && applyEdit(existing, base, fields);
      if (edit?.conflicts.length) throw editConflict(edit.conflicts, JOURNEY_LABELS);
      const journey: Journey = edit
        ? { ...edit.next, updatedAt: now }
        : { ...fields, id: newId(), workbookId, createdAt: now, updatedAt: now };
      await db.journeys.put(journey);
      return journey;
    }),
  );
}

/** Deletes a journey with its steps and pain points; SLOs that measured it keep existing, unlinked. */
export async function deleteJourney(db: WorkbookDatabase, id: string): Promise<void> {
  await guardWrite('delete the journey', () =>
    db.transaction('rw', [db.journeys, db.journeySteps, db.painPoints, db.slos], async () => {
      const stepIds = (await db.journeySteps.where('journeyId').equals(id).toArray()).map(
        (s) => s.id,
      );
      await db.painPoints.where('journeyId').equals(id).delete();
      await db.journeySteps.where('journeyId').equals(id).delete();
      if (stepIds.length) {
        await db.slos.where('stepId').anyOf(stepIds).modify({ journeyId: null, stepId: null });
      }
      await db.journeys.delete(id);
    }),
  );
}

// Steps

export interface StepOption {
  journeyId: string;
  journeyName: string;
  steps: { id: string; name: string }[];
}

/** Every journey's steps, for choosing which step an SLO measures. */
export async function listStepOptions(
  db: WorkbookDatabase,
  workbookId: string,
): Promise<StepOption[]> {
  return db.transaction('r', db.journeys, db.journeySteps, async () => {
    const journeys = await listJourneys(db, workbookId);
    const steps = await db.journeySteps.where('workbookId').equals(workbookId).toArray();
    return journeys.map((journey) => ({
      journeyId: journey.id,
      journeyName: journey.name,
      steps: steps
        .filter((s) => s.journeyId === journey.id)
        .sort(byPosition)
        .map((s) => ({ id: s.id, name: s.name })),
    }));
  });
}

export function listSteps(db: WorkbookDatabase, journeyId: string): Promise<JourneyStep[]> {
  return db.journeySteps
    .where('journeyId')
    .equals(journeyId)
    .toArray()
    .then((steps) => steps.sort(byPosition));
}

export async function addStep(
  db: WorkbookDatabase,
  journeyId: string,
  draft: JourneyStepDraft,
): Promise<JourneyStep> {
  const fields = journeyStepDraftSchema.parse(draft);
  const now = nowIso();
  return guardWrite('add the step', () =>
    db.transaction('rw', db.journeys, db.journeySteps, async () => {
      const journey = await db.journeys.get(journeyId);
      if (!journey) throw recordGone('journey');
      const position = await db.journeySteps.where('journeyId').equals(journeyId).count();
      const step: JourneyStep = {
        ...fields,
        id: newId(),
        workbookId: journey.workbookId,
        journeyId,
        position,
        createdAt: now,
        updatedAt: now,
      };
      await db.journeySteps.add(step);
      return step;
    }),
  );
}

export async function updateStep(
  db: WorkbookDatabase,
  id: string,
  draft: JourneyStepDraft,
): Promise<void> {
  const fields = journeyStepDraftSchema.parse(draft);
  await guardWrite('save the step', () =>
    db.transaction('rw', db.journeySteps, async () => {
      if ((await db.journeySteps.update(id, { ...fields, updatedAt: nowIso() })) === 0) {
        throw recordGone('step');
      }
    }),
  );
}

/** Moves a step to a new place in its journey; every position is rewritten in one transaction. */
export async function moveStepTo(
  db: WorkbookDatabase,
  stepId: string,
  toIndex: number,
): Promise<void> {
  await guardWrite('move the step', () =>
    db.transaction('rw', db.journeySteps, async () => {
      const step = await db.journeySteps.get(stepId);
      if (!step) throw recordGone('step');
      const steps = (
        await db.journeySteps.where('journeyId').equals(step.journeyId).toArray()
      ).sort(byPosition);
      const from = steps.findIndex((s) => s.id === stepId);
      const reordered = moveStep(steps, from, Math.max(0, Math.min(steps.length - 1, toIndex)));
      await db.journeySteps.bulkPut(reordered);
    }),
  );
}

/** What a step delete removed, so it can be put back exactly (undo). */
export interface DeletedStep {
  step: JourneyStep;
  painPoints: PainPoint[];
  sloIds: string[];
}

export async function deleteStep(
  db: WorkbookDatabase,
  stepId: string,
): Promise<DeletedStep | null> {
  return guardWrite('delete the step', () =>
    db.transaction('rw', [db.journeySteps, db.painPoints, db.slos], async () => {
      const step = await db.journeySteps.get(stepId);
      if (!step) return null;
      const painPoints = await db.painPoints.where('stepId').equals(stepId).toArray();
      const slos = await db.slos.where('stepId').equals(stepId).toArray();
      await db.painPoints.where('stepId').equals(stepId).delete();
      await db.slos.where('stepId').equals(stepId).modify({ journeyId: null, stepId: null });
      await db.journeySteps.delete(stepId);
      const rest = (await db.journeySteps.where('journeyId').equals(step.journeyId).toArray()).sort(
        byPosition,
      );
      await db.journeySteps.bulkPut(rest.map((s, position) => ({ ...s, position })));
      return { step, painPoints, sloIds: slos.map((s) => s.id) };
    }),
  );
}

export async function restoreStep(db: WorkbookDatabase, deleted: DeletedStep): Promise<void> {
  await guardWrite('put the step back', () =>
    db.transaction('rw', [db.journeys, db.journeySteps, db.painPoints, db.slos], async () => {
      if (!(await db.journeys.get(deleted.step.journeyId))) throw recordGone('journey');
      const steps = (
        await db.journeySteps.where('journeyId').equals(deleted.step.journeyId).toArray()
      ).sort(byPosition);
      steps.splice(Math.min(deleted.step.position, steps.length), 0, deleted.step);
      await db.journeySteps.bulkPut(steps.map((s, position) => ({ ...s, position })));
      await db.painPoints.bulkPut(deleted.painPoints);
      for (const id of deleted.sloIds) {
        await db.slos.update(id, { journeyId: deleted.step.journeyId, stepId: deleted.step.id });
      }
    }),
  );
}

// Pain points

export function listPainPoints(db: WorkbookDatabase, journeyId: string): Promise<PainPoint[]> {
  return db.painPoints.where('journeyId').equals(journeyId).toArray();
}

export async function savePainPoint(
  db: WorkbookDatabase,
  stepId: string,
  draft: PainPointDraft,
  id?: string,
  base?: Partial<PainPoint>,
): Promise<PainPoint> {
  const parsed = painPointDraftSchema.parse(draft);
  const now = nowIso();
  return guardWrite('save the pain point', () =>
    db.transaction('rw', db.journeySteps, db.painPoints, db.accounts, db.retros, async () => {
      const step = await db.journeySteps.get(stepId);
      if (!step) throw recordGone('step');
      const existing = id ? await db.painPoints.get(id) : undefined;
      const fields = existing ? keepUnsent(draft, parsed, existing) : parsed;
      for (const accountId of fields.accountIds) {
        if (!(await db.accounts.get(accountId))) throw recordGone('account');
      }
      if (fields.retroId !== null && !(await db.retros.get(fields.retroId)))
        throw recordGone('incident');
      const edit = existing && applyEdit(existing, base, fields);
      if (edit?.conflicts.length) throw editConflict(edit.conflicts, PAIN_LABELS);
      const pain: PainPoint = edit
        ? { ...edit.next, updatedAt: now }
        : {
            ...fields,
            id: newId(),
            workbookId: step.workbookId,
            journeyId: step.journeyId,
            stepId,
            createdAt: now,
            updatedAt: now,
          };
      await db.painPoints.put(pain);
      return pain;
    }),
  );
}

export async function deletePainPoint(db: WorkbookDatabase, id: string): Promise<PainPoint | null> {
  return guardWrite('delete the pain point', () =>
    db.transaction('rw', db.painPoints, async () => {
      const pain = await db.painPoints.get(id);
      if (pain) await db.painPoints.delete(id);
      return pain ?? null;
    }),
  );
}

export async function restorePainPoint(db: WorkbookDatabase, pain: PainPoint): Promise<void> {
  await guardWrite('put the pain point back', () =>
    db.transaction('rw', db.journeySteps, db.painPoints, async () => {
      if (!(await db.journeySteps.get(pain.stepId))) throw recordGone('step');
      await db.painPoints.put(pain);
    }),
  );
}
