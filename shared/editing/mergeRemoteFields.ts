import { sameValue } from '../domain/fieldPatch';

type Values = Record<string, unknown>;

export interface RemoteChange<F extends Values> {
  /** The record's fields as stored now: another window may have written them. */
  stored: Values;
  /** Per field, the stored value the editing here started from. */
  base: Values;
  /** The form's values here now, typed or not. */
  fields: F;
  /** Per field, values this window wrote lately, so they are not taken for another window's. */
  sent: ReadonlyMap<string, readonly unknown[]>;
  /** The form's view of stored values (a time as the local time typed, …). */
  toForm: (stored: Values) => F;
}

export interface RemoteMerge<F extends Values> {
  /** The new per-field base: a field settled here now starts from the stored value. */
  base: Values;
  /** Fields not being edited here, which take the other window's value. */
  adopt: Partial<F>;
  /** Fields being edited here that the other window changed too: neither side wins by itself. */
  clash: string[];
}

/**
 * The two-window rule for one record, field by field, when its stored value changes:
 * - unchanged since the editing started: nothing to do;
 * - this window's own write coming back, or already what the form shows: settled;
 * - not being edited here (the form still shows the base): take the other window's value;
 * - being edited here and changed there: a clash, left for the person to resolve, never overwritten.
 * Pure, so applying the same stored record twice gives nothing new the second time.
 */
export function mergeRemoteFields<F extends Values>(change: RemoteChange<F>): RemoteMerge<F> {
  const { stored, fields, sent, toForm } = change;
  const base: Values = { ...change.base };
  const form = toForm(stored);
  const baseForm = toForm(change.base);
  const adopt: Values = {};
  const clash: string[] = [];
  for (const field of Object.keys(stored)) {
    const now = stored[field];
    if (sameValue(now, base[field])) continue;
    const mine = fields[field];
    const ours = sent.get(field)?.some((v) => sameValue(v, now)) ?? false;
    if (ours || sameValue(mine, form[field])) {
      base[field] = now;
    } else if (sameValue(mine, baseForm[field])) {
      base[field] = now;
      adopt[field] = form[field];
    } else {
      clash.push(field);
    }
  }
  return { base, adopt: adopt as Partial<F>, clash };
}
