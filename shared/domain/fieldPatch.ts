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
