/**
 * A change to some fields of one record, each with the value the editor started from. Two windows
 * editing one record write only what their person changed, and a field someone else changed
 * meanwhile is reported, never overwritten.
 */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

/** Equal as stored values: primitives, and arrays or plain objects of them. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

export interface FieldPatchOutcome {
  /** The fields to write, with their new values. */
  write: Record<string, unknown>;
  /** Fields changed elsewhere since the editor read them: left as they are. */
  conflicts: string[];
}

/**
 * Which changes can be written over `read(field)`, the stored value now: those whose field still
 * holds what the editor started from (or already holds the new value).
 */
export function planFieldPatch(
  changes: FieldChanges,
  read: (field: string) => unknown,
): FieldPatchOutcome {
  const write: Record<string, unknown> = {};
  const conflicts: string[] = [];
  for (const [field, { from, to }] of Object.entries(changes)) {
    const now = read(field);
    if (sameValue(now, to)) continue;
    if (sameValue(now, from)) write[field] = to;
    else conflicts.push(field);
  }
  return { write, conflicts };
}

/**
 * A form's edit of a stored record, written over the record as it is now: only the fields the
 * person changed from `base` (the record as the form opened it) are written. Fields someone else
 * changed meanwhile, to something else, are reported instead, and then nothing is written.
 */
export function applyEdit<T extends object>(
  existing: T,
  base: Partial<T> | undefined,
  fields: Partial<T>,
): { next: T; conflicts: string[] } {
  if (!base) return { next: { ...existing, ...fields }, conflicts: [] };
  const was = base as Record<string, unknown>;
  const now = existing as Record<string, unknown>;
  const changes: FieldChanges = {};
  for (const [field, value] of Object.entries(fields)) {
    if (!sameValue(value, was[field])) changes[field] = { from: was[field], to: value };
  }
  const { write, conflicts } = planFieldPatch(changes, (field) => now[field]);
  return {
    next: conflicts.length ? existing : { ...existing, ...(write as Partial<T>) },
    conflicts,
  };
}

/**
 * The parsed fields, with those the caller did not send taken from the stored record: a schema
 * default (ARR null, no incident) must not overwrite what another screen recorded.
 */
export function keepUnsent<F extends object, R extends F>(
  draft: object,
  fields: F,
  existing: R,
): F {
  const kept = { ...fields };
  for (const key of Object.keys(fields) as (keyof F)[]) {
    if ((draft as Partial<F>)[key] === undefined) kept[key] = existing[key];
  }
  return kept;
}
