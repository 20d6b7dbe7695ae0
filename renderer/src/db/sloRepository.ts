import { assertWithinLimits, countRecords } from './workbookCapacity';
import Dexie from 'dexie';
import { newId, nowIso } from '../../../shared/domain/ids';
import { daySchema } from '../../../shared/domain/bounds';
import {
  manualIncidentSchema,
  sloDraftSchema,
  type ManualIncident,
  type Slo,
  type SloDraft,
} from '../../../shared/domain/slo';
import type { ImportedSli } from '../../../shared/slo/csv/parseSliCsv';
import { joinChunks, splitIntoDayChunks } from '../../../shared/slo/sliChunks';
import type { SliData } from '../../../shared/slo/sliSeries';
import { statusDataFromMs } from '../../../shared/slo/sloFigures';
import type { WorkbookDatabase } from './database';
import { guardWrite, editConflict, recordGone } from './storageErrors';
import { applyEdit, keepUnsent } from '../../../shared/domain/fieldPatch';
import { sloOriginSchema, type SloOrigin } from '../../../shared/domain/sloOrigin';

export function listSlos(db: WorkbookDatabase, workbookId: string): Promise<Slo[]> {
  return db.slos
    .where('workbookId')
    .equals(workbookId)
    .toArray()
    .then((slos) => slos.sort((a, b) => a.name.localeCompare(b.name)));
}

export async function createSlo(
  db: WorkbookDatabase,
  workbookId: string,
  draft: SloDraft,
): Promise<Slo> {
  const [slo] = await createSlos(db, workbookId, [draft]);
  return slo!;
}

/**
 * Creates SLOs (one from the editor, several from an OpenSLO or Sloth import): all of them, or
 * none. An imported SLO keeps the documents it came in (`origins[i]`), checked before any write.
 */
export async function createSlos(
  db: WorkbookDatabase,
  workbookId: string,
  drafts: SloDraft[],
  origins: (SloOrigin | null)[] = [],
): Promise<Slo[]> {
  const now = nowIso();
  const slos: Slo[] = drafts.map((draft, i) => ({
    ...sloDraftSchema.parse(draft),
    id: newId(),
    workbookId,
    dataSummary: null,
    manualIncidents: [],
    origin: origins[i] ? sloOriginSchema.parse(origins[i]) : null,
    createdAt: now,
    updatedAt: now,
  }));
  await guardWrite('save the SLOs', () =>
    db.transaction('rw', db.workbooks, db.slos, async () => {
      if (!(await db.workbooks.get(workbookId))) throw recordGone('workbook');
      const before = await countRecords(db, workbookId, ['slos']);
      await db.slos.bulkAdd(slos);
      await assertWithinLimits(db, workbookId, before);
    }),
  );
  return slos;
}

const SLO_LABELS: Record<string, string> = {
  name: 'SLO name',
  description: 'Description',
  service: 'Service',
  journeyId: 'Journey',
  stepId: 'Journey step',
  sli: 'SLI',
  target: 'Target',
  window: 'Window',
  budgetingMethod: 'Budgeting method',
  timeSliceMinutes: 'Slice length',
  timeSliceTarget: 'Slice target',
  alerts: 'Alerts',
  policy: 'Error-budget policy',
  owners: 'Owners',
  rationale: 'Rationale',
  reviewDate: 'Review date',
  csValidatedOn: 'Validated with customer success',
};

/** `base`: the SLO as the editor opened it, so only what the person changed is written. */
export async function updateSlo(
  db: WorkbookDatabase,
  id: string,
  draft: SloDraft,
  base?: Partial<Slo>,
): Promise<void> {
  const parsed = sloDraftSchema.parse(draft);
  await guardWrite('save the SLO', () =>
    db.transaction('rw', db.slos, async () => {
      const existing = await db.slos.get(id);
      if (!existing) throw recordGone('SLO');
      // The editor does not show the validation with customer success: it never clears it.
      const fields = keepUnsent(draft, parsed, existing);
      const edit = applyEdit(existing, base, fields);
      if (edit.conflicts.length) throw editConflict(edit.conflicts, SLO_LABELS);
      await db.slos.put({ ...edit.next, updatedAt: nowIso() });
    }),
  );
}

/**
 * Records that customer success validated the SLO on `validatedOn` (it measures what customers
 * feel), with the day of the next review; both YYYY-MM-DD.
 */
export async function recordCsValidation(
  db: WorkbookDatabase,
  id: string,
  validatedOn: string,
  nextReview: string,
): Promise<void> {
  const day = daySchema('Give both days as dates.');
  const checked = [day.safeParse(validatedOn), day.safeParse(nextReview)];
  if (!checked.every((c) => c.success)) throw new Error('Give both days as dates.');
  const [on, next] = [validatedOn, nextReview];
  if (next < on) throw new Error('the next review must come after the validation');
  await guardWrite('record the validation', () =>
    db.transaction('rw', db.slos, async () => {
      const existing = await db.slos.get(id);
      if (!existing) throw recordGone('SLO');
      await db.slos.put({ ...existing, csValidatedOn: on, reviewDate: next, updatedAt: nowIso() });
    }),
  );
}

/** Deletes the SLO with all its SLI data, in one transaction. */
export async function deleteSlo(db: WorkbookDatabase, id: string): Promise<void> {
  await guardWrite('delete the SLO', () =>
    db.transaction('rw', db.slos, db.sliChunks, async () => {
      await db.sliChunks.where('sloId').equals(id).delete();
      await db.slos.delete(id);
    }),
  );
}

/**
 * Replaces an SLO's SLI data with an imported series: old chunks out, new chunks in, summary
 * updated, all in one transaction, so a failure leaves the previous data exactly as it was.
 */
export async function replaceSliData(
  db: WorkbookDatabase,
  sloId: string,
  imported: ImportedSli,
  source: string,
): Promise<void> {
  const { data } = imported;
  const length = data.kind === 'counts' ? data.total.length : data.values.length;
  await guardWrite('store the SLI data', () =>
    db.transaction('rw', db.slos, db.sliChunks, async () => {
      const slo = await db.slos.get(sloId);
      if (!slo) throw recordGone('SLO');
      const before = await countRecords(db, slo.workbookId, ['sliData']);
      await db.sliChunks.where('sloId').equals(sloId).delete();
      await db.sliChunks.bulkAdd(
        splitIntoDayChunks(data).map((chunk) => ({ ...chunk, sloId, workbookId: slo.workbookId })),
      );
      await assertWithinLimits(db, slo.workbookId, before);
      await db.slos.update(sloId, {
        dataSummary: {
          kind: data.kind,
          startMs: data.startMs,
          endMs: data.startMs + (length - 1) * data.stepMs,
          stepMs: data.stepMs,
          rows: imported.rows,
          gaps: imported.gaps,
          source,
          importedAt: nowIso(),
        },
        updatedAt: nowIso(),
      });
    }),
  );
}

/** Adds an incident's bad minutes to an SLO. */
export async function addManualIncident(
  db: WorkbookDatabase,
  sloId: string,
  incident: Omit<ManualIncident, 'id'>,
): Promise<ManualIncident> {
  const checked = manualIncidentSchema.parse({ ...incident, id: newId() });
  await guardWrite('record the incident', () =>
    db.transaction('rw', db.slos, async () => {
      const slo = await db.slos.get(sloId);
      if (!slo) throw recordGone('SLO');
      const incidents = [...(slo.manualIncidents ?? []), checked].sort(
        (a, b) => a.startMs - b.startMs,
      );
      await db.slos.update(sloId, { manualIncidents: incidents, updatedAt: nowIso() });
    }),
  );
  return checked;
}

export async function removeManualIncident(
  db: WorkbookDatabase,
  sloId: string,
  incidentId: string,
): Promise<void> {
  await guardWrite('remove the incident', () =>
    db.transaction('rw', db.slos, async () => {
      const slo = await db.slos.get(sloId);
      if (!slo) throw recordGone('SLO');
      await db.slos.update(sloId, {
        manualIncidents: (slo.manualIncidents ?? []).filter((i) => i.id !== incidentId),
        updatedAt: nowIso(),
      });
    }),
  );
}

export async function readSliData(db: WorkbookDatabase, sloId: string): Promise<SliData | null> {
  return joinChunks(await db.sliChunks.where('sloId').equals(sloId).toArray());
}

const DAY_MS = 86_400_000;

/**
 * The SLI data an SLO's status needs (its window and its burn-rate windows), not all of it: for
 * lists and badges, where a year of per-minute samples per SLO would be read for a month's status.
 */
export async function readSliDataForStatus(
  db: WorkbookDatabase,
  slo: Slo,
): Promise<SliData | null> {
  const fromMs = statusDataFromMs(slo);
  if (fromMs === null) return readSliData(db, slo.id);
  // A chunk holds one day from its start: the one that holds `fromMs` starts up to a day before.
  const chunks = await db.sliChunks
    .where('[sloId+dayStartMs]')
    .between([slo.id, fromMs - DAY_MS], [slo.id, Dexie.maxKey], true, true)
    .toArray();
  return joinChunks(chunks);
}
