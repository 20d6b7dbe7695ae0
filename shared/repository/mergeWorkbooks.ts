import {
  buildWorkbookFile,
  workbookFileContents,
  type WorkbookContents,
  type WorkbookFile,
} from '../domain/workbookFile';
import { RECORD_KIND_DESCRIPTORS, type RecordKind, type RecordLink } from '../domain/recordKinds';
import { stableJson } from './stableJson';

/**
 * Three-way merge of two versions of a workbook against the version both started from (the last
 * synced one), per record and per field; never per line, since neighbouring fields of a JSON file
 * are not related. A field changed on one side takes that change; changed on both sides to
 * different values, it is a conflict. A record deleted on one side and edited on the other is a
 * conflict too. Lists of links (a pain point's accounts) merge as sets: what each side linked or
 * unlinked is kept.
 */

/** What a record is: a kind of record, the workbook itself, or one SLO's day of SLI data. */
export type MergeKind = RecordKind | 'workbook' | 'sliData';

type Json = Record<string, unknown>;

export interface MergeConflict {
  kind: MergeKind;
  id: string;
  /** The field changed on both sides; null when one side deleted the record the other edited. */
  field: string | null;
  /** Each side's value; `undefined` where the record is absent. */
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

/** How a conflict is settled: one side's value, or a value a person typed. */
export type MergeChoice = { take: 'mine' } | { take: 'theirs' } | { value: unknown };

export interface MergeResult {
  merged: WorkbookContents;
  /** Every conflict, chosen or not; see `unchosen`. */
  conflicts: MergeConflict[];
}

export const conflictKey = (c: Pick<MergeConflict, 'kind' | 'id' | 'field'>) =>
  `${c.kind}\u0000${c.id}\u0000${c.field ?? ''}`;

/** The conflicts no choice settles yet: nothing is pushed while there are any. */
export function unchosen(
  conflicts: readonly MergeConflict[],
  choices: ReadonlyMap<string, MergeChoice>,
): MergeConflict[] {
  return conflicts.filter((c) => !choices.has(conflictKey(c)));
}

const same = (a: unknown, b: unknown) =>
  a === b || (a !== undefined && b !== undefined && stableJson(a) === stableJson(b));

const sliKey = (c: { sloId: string; dayStartMs: number }) => `${c.sloId}@${c.dayStartMs}`;

/** Each list of a workbook file as records by id, in the file's order. */
function lists(file: WorkbookFile | null): Map<MergeKind, Map<string, Json>> {
  const out = new Map<MergeKind, Map<string, Json>>();
  out.set('workbook', new Map(file ? [[file.workbook.id, file.workbook as Json]] : []));
  out.set('sliData', new Map((file?.sliData ?? []).map((c) => [sliKey(c), c as Json])));
  for (const d of RECORD_KIND_DESCRIPTORS) {
    const records = (file?.[d.kind] ?? []) as Json[];
    out.set(d.kind, new Map(records.map((r) => [r['id'] as string, r])));
  }
  return out;
}

/** The fields whose values are sets of ids. */
function setFields(kind: MergeKind): Set<string> {
  const d = RECORD_KIND_DESCRIPTORS.find((k) => k.kind === kind);
  return new Set(
    ((d?.links ?? []) as readonly RecordLink[])
      .filter((l) => l.many && !l.within)
      .map((l) => l.field),
  );
}

/** A three-way merge of a set of ids: each side's additions and removals. */
function mergeSet(base: unknown, mine: unknown, theirs: unknown): string[] {
  const b = new Set(Array.isArray(base) ? (base as string[]) : []);
  const m = Array.isArray(mine) ? (mine as string[]) : [];
  const t = Array.isArray(theirs) ? (theirs as string[]) : [];
  const removed = new Set([...b].filter((id) => !m.includes(id) || !t.includes(id)));
  const all = [...new Set([...m, ...t])].filter((id) => !removed.has(id));
  return all.sort();
}

export function mergeWorkbooks(
  base: WorkbookContents | null,
  mine: WorkbookContents,
  theirs: WorkbookContents,
  choices: ReadonlyMap<string, MergeChoice> = new Map(),
): MergeResult {
  const normal = (c: WorkbookContents) => buildWorkbookFile(c, '', new Date(0).toISOString());
  const mineFile = normal(mine);
  const [b, m, t] = [lists(base ? normal(base) : null), lists(mineFile), lists(normal(theirs))];
  const conflicts: MergeConflict[] = [];
  const merged = new Map<MergeKind, Map<string, Json>>();
  const pick = (conflict: MergeConflict, fallback: unknown): unknown => {
    conflicts.push(conflict);
    const choice = choices.get(conflictKey(conflict));
    if (!choice) return fallback;
    if ('value' in choice) return choice.value;
    return choice.take === 'mine' ? conflict.mine : conflict.theirs;
  };

  for (const [kind, mineRecords] of m) {
    const baseRecords = b.get(kind)!;
    const theirRecords = t.get(kind)!;
    const sets = setFields(kind);
    const out = new Map<string, Json>();
    const ids = [
      ...new Set([...mineRecords.keys(), ...theirRecords.keys(), ...baseRecords.keys()]),
    ];
    for (const id of ids.sort()) {
      const [br, mr, tr] = [baseRecords.get(id), mineRecords.get(id), theirRecords.get(id)];
      if (same(mr, tr)) {
        if (mr) out.set(id, mr);
        continue;
      }
      if (!mr || !tr) {
        const present = (mr ?? tr)!;
        if (br && same(present, br)) continue; // deleted on one side, untouched on the other
        if (br) {
          // Deleted on one side, edited on the other: until chosen, the edit is kept.
          const kept = pick({ kind, id, field: null, base: br, mine: mr, theirs: tr }, present);
          if (kept) out.set(id, kept as Json);
          continue;
        }
        out.set(id, present); // added on one side
        continue;
      }
      const record: Json = {};
      const fields = [...new Set([...Object.keys(mr), ...Object.keys(tr)])].sort();
      for (const field of fields) {
        const [bv, mv, tv] = [br?.[field], mr[field], tr[field]];
        let value: unknown;
        if (same(mv, tv)) value = mv;
        else if (br && same(mv, bv)) value = tv;
        else if (br && same(tv, bv)) value = mv;
        else if (sets.has(field)) value = mergeSet(bv, mv, tv);
        else value = pick({ kind, id, field, base: bv, mine: mv, theirs: tv }, mv);
        if (value !== undefined) record[field] = value;
      }
      out.set(id, record);
    }
    merged.set(kind, out);
  }
  dropOrphans(merged);
  renumberSteps(merged);

  const workbook = [...merged.get('workbook')!.values()][0] ?? (mineFile.workbook as Json);
  const file = {
    ...mineFile,
    workbook,
    sliData: [...merged.get('sliData')!.values()],
    ...Object.fromEntries(
      RECORD_KIND_DESCRIPTORS.map((d) => [d.kind, [...merged.get(d.kind)!.values()]]),
    ),
  } as unknown as WorkbookFile;
  return { merged: workbookFileContents(file), conflicts };
}

/**
 * Records whose parent is gone go with it, as a delete in the app takes them (a deleted step's
 * pain points); SLI data goes with its SLO. Parents come before their parts in the kinds' order.
 */
function dropOrphans(merged: Map<MergeKind, Map<string, Json>>) {
  for (const d of RECORD_KIND_DESCRIPTORS) {
    const parents = (d.links as readonly RecordLink[]).filter(
      (l) => l.role === 'parent' && !l.agrees,
    );
    const records = merged.get(d.kind)!;
    for (const [id, record] of records) {
      if (parents.some((l) => !merged.get(l.to)!.has(record[l.field] as string)))
        records.delete(id);
    }
  }
  const slos = merged.get('slos')!;
  for (const [key, chunk] of merged.get('sliData')!) {
    if (!slos.has(chunk['sloId'] as string)) merged.get('sliData')!.delete(key);
  }
}

/**
 * Steps moved on both sides may share a position or leave a gap: such a journey's steps are
 * numbered again 0, 1, 2… in their merged order. A journey already in order is left alone, so
 * merging with no change of one's own gives exactly the other side.
 */
function renumberSteps(merged: Map<MergeKind, Map<string, Json>>) {
  const byJourney = new Map<string, Json[]>();
  for (const step of merged.get('journeySteps')!.values()) {
    const list = byJourney.get(step['journeyId'] as string) ?? [];
    list.push(step);
    byJourney.set(step['journeyId'] as string, list);
  }
  const steps = merged.get('journeySteps')!;
  for (const list of byJourney.values()) {
    const positions = list.map((s) => s['position'] as number).sort((x, y) => x - y);
    if (positions.every((p, i) => p === i)) continue;
    list.sort(
      (x, y) =>
        (x['position'] as number) - (y['position'] as number) ||
        String(x['id']).localeCompare(String(y['id'])),
    );
    list.forEach((s, position) => steps.set(s['id'] as string, { ...s, position }));
  }
}
