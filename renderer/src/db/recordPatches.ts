import type { EntityTable } from 'dexie';
import type { z } from 'zod';
import { nowIso } from '../../../shared/domain/ids';
import { journeyStepSchema } from '../../../shared/domain/journey';
import {
  contributingFactorSchema,
  participantAccountSchema,
  retroSchema,
  timelineEventSchema,
} from '../../../shared/domain/retro';
import { planFieldPatch, type FieldChanges } from '../../../shared/domain/fieldPatch';
import { retroFieldChange, retroFieldValue } from '../../../shared/retro/retroFieldPatch';
import type { WorkbookDatabase } from './database';
import { guardWrite, recordGone } from './storageErrors';

/** A record edited as it is typed, field by field. */
export type PatchTarget =
  | { kind: 'step'; id: string }
  | { kind: 'event'; id: string }
  | { kind: 'participantAccount'; id: string }
  | { kind: 'factor'; id: string }
  | { kind: 'retro'; id: string };

export interface PatchResult {
  /** Fields someone else changed since the editor read them; nothing was written to them. */
  conflicts: string[];
}

interface Plain {
  id: string;
  updatedAt: string;
}

const TABLES = {
  step: { what: 'step', schema: journeyStepSchema },
  event: { what: 'event', schema: timelineEventSchema },
  participantAccount: { what: 'account', schema: participantAccountSchema },
  factor: { what: 'contributing factor', schema: contributingFactorSchema },
} as const;

function tableOf(db: WorkbookDatabase, kind: Exclude<PatchTarget['kind'], 'retro'>) {
  // Each table holds its own record type; the patch only reads and writes plain fields of it.
  const tables = {
    step: db.journeySteps,
    event: db.timelineEvents,
    participantAccount: db.participantAccounts,
    factor: db.contributingFactors,
  } as unknown as Record<typeof kind, EntityTable<Plain & Record<string, unknown>, 'id'>>;
  return tables[kind];
}

/**
 * Writes the fields a person changed, in one transaction, over the record as stored now: a field
 * that another window changed since this one read it is left alone and reported.
 */
export async function patchRecord(
  db: WorkbookDatabase,
  target: PatchTarget,
  changes: FieldChanges,
): Promise<PatchResult> {
  if (Object.keys(changes).length === 0) return { conflicts: [] };
  if (target.kind === 'retro') return patchRetro(db, target.id, changes);
  const { what, schema } = TABLES[target.kind];
  const table = tableOf(db, target.kind);
  return guardWrite(`save the ${what}`, () =>
    db.transaction('rw', table, async () => {
      const existing = await table.get(target.id);
      if (!existing) throw recordGone(what);
      const { write, conflicts } = planFieldPatch(changes, (field) => existing[field]);
      if (Object.keys(write).length > 0) {
        const next = (schema as z.ZodType).parse({ ...existing, ...write, updatedAt: nowIso() });
        await table.put(next as Plain & Record<string, unknown>);
      }
      return { conflicts };
    }),
  );
}

async function patchRetro(
  db: WorkbookDatabase,
  id: string,
  changes: FieldChanges,
): Promise<PatchResult> {
  return guardWrite('save the retrospective', () =>
    db.transaction('rw', db.retros, async () => {
      const existing = await db.retros.get(id);
      if (!existing) throw recordGone('retrospective');
      const { write, conflicts } = planFieldPatch(changes, (field) =>
        retroFieldValue(existing, field),
      );
      let next = existing;
      for (const [field, value] of Object.entries(write)) {
        const change = retroFieldChange(field, String(value));
        if (change) next = { ...next, ...change(next) };
      }
      if (next !== existing)
        await db.retros.put(retroSchema.parse({ ...next, updatedAt: nowIso() }));
      return { conflicts };
    }),
  );
}
