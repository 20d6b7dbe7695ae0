import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { sameValue, type FieldChanges } from '../../../../shared/domain/fieldPatch';
import { mergeRemoteFields } from '../../../../shared/editing/mergeRemoteFields';
import { useDatabase } from '../../db/DatabaseContext';
import { patchRecord, type PatchTarget } from '../../db/recordPatches';
import type { JournalEntry } from '../../db/typingJournal';
import { useAutosave } from './useAutosave';
import { useSaveStatusStore } from '../../ui/saveStatusStore';

type Values = Record<string, unknown>;

/**
 * The usual `toStored`: values as typed, except that a required text left blank keeps the last
 * stored one until something is typed (a record is never saved without its name).
 */
export function keepLastWhenBlank(required: string) {
  return (field: string, value: unknown): unknown =>
    field === required && String(value).trim() === '' ? undefined : value;
}

interface RecordFieldsOptions<S extends Values, F extends Values> {
  target: PatchTarget;
  /** The record's editable fields as stored now (from a live query: they follow other windows). */
  stored: S;
  /** The form's view of stored values (a time as the local time typed, …). */
  toForm: (stored: S) => F;
  /** A typed field's stored value, or undefined while it cannot be stored (a blank name). */
  toStored: (field: keyof F & string, value: F[keyof F]) => unknown;
}

export interface RecordFields<F extends Values> {
  fields: F;
  setFields: (change: Partial<F> | ((current: F) => F)) => void;
  /** Fields another window changed while they were being edited here: not overwritten. */
  conflicts: { field: keyof F & string; theirs: F[keyof F] }[];
  resolve: (field: keyof F & string, keep: 'mine' | 'theirs') => void;
}

/**
 * `stored` as long as its values stay the same: a live query hands a new object on every read,
 * and only a change of values is another window's write. (State adjusted while rendering, as
 * React advises for a value derived from the previous render's.)
 */
function useSameRecord<S extends Values>(stored: S): S {
  const [kept, setKept] = useState(stored);
  if (kept !== stored && !sameValue(kept, stored)) {
    setKept(stored);
    return stored;
  }
  return kept;
}

/**
 * A record's fields edited as they are typed, safely beside other windows: only the fields this
 * person changed are written, each over the value it was edited from; a field that another
 * window changed meanwhile is shown with both versions instead of being overwritten, and
 * untouched fields follow what other windows write.
 */
export function useRecordFields<S extends Values, F extends Values>({
  target,
  stored,
  toForm,
  toStored,
}: RecordFieldsOptions<S, F>): RecordFields<F> {
  const db = useDatabase();
  const [fields, setFieldState] = useState<F>(() => toForm(stored));
  const latest = useRef({ fields, stored, toForm, toStored });
  useLayoutEffect(() => {
    latest.current = { fields, stored, toForm, toStored };
  });
  // What the editing started from, as stored, per field.
  const base = useRef<Values>({ ...stored });
  // Values this window wrote, so its own writes coming back are not taken for someone else's.
  const sent = useRef(new Map<string, unknown[]>());
  const [conflicted, setConflicted] = useState<ReadonlySet<string>>(new Set());
  // The same set, for saves that run outside a render.
  const conflictedRef = useRef<ReadonlySet<string>>(new Set());
  const markConflicts = useCallback((names: string[], on: boolean) => {
    if (names.length === 0) return;
    const next = new Set(conflictedRef.current);
    for (const name of names) {
      if (on) next.add(name);
      else next.delete(name);
    }
    // The top bar says a change is held back for as long as it is.
    const change = next.size - conflictedRef.current.size;
    for (let i = 0; i < Math.abs(change); i += 1) {
      useSaveStatusStore.getState().hold(change > 0 ? 1 : -1);
    }
    conflictedRef.current = next;
    setConflicted(next);
  }, []);
  // An editor that goes away (its row deleted, another tab) holds nothing back any more.
  useEffect(
    () => () => {
      for (let i = 0; i < conflictedRef.current.size; i += 1) {
        useSaveStatusStore.getState().hold(-1);
      }
    },
    [],
  );

  const current = useSameRecord(stored);
  useEffect(() => {
    const merge = mergeRemoteFields({
      stored: current,
      base: base.current,
      fields: latest.current.fields,
      sent: sent.current,
      toForm: latest.current.toForm as (stored: Values) => F,
    });
    base.current = merge.base;
    // Another window's write, arriving through a live query, is an outside store to follow: the
    // form state must change after the render that brought it (its clashes are held from then).
    if (Object.keys(merge.adopt).length > 0) setFieldState((f) => ({ ...f, ...merge.adopt }));
    markConflicts(merge.clash, true);
  }, [current, markConflicts]);

  /** What `value` changes over what the editing started from, as stored values. */
  const changesOf = useCallback((value: F): FieldChanges => {
    const changes: FieldChanges = {};
    const baseForm = latest.current.toForm(base.current as S);
    for (const field of Object.keys(value) as (keyof F & string)[]) {
      if (conflictedRef.current.has(field) || sameValue(value[field], baseForm[field])) continue;
      const to = latest.current.toStored(field, value[field]);
      if (to === undefined || sameValue(to, base.current[field])) continue;
      changes[field] = { from: base.current[field], to };
    }
    return changes;
  }, []);

  const { kind, id } = target;
  // The target is a record's kind and id: the same record keeps the same save.
  const record = useMemo(() => ({ kind, id }) as PatchTarget, [kind, id]);
  const save = useCallback(
    async (value: F) => {
      const changes = changesOf(value);
      const names = Object.keys(changes);
      if (names.length === 0) return;
      for (const name of names) {
        const list = sent.current.get(name) ?? [];
        sent.current.set(name, [...list.slice(-4), changes[name]!.to]);
      }
      const { conflicts } = await patchRecord(db, record, changes);
      for (const name of names) {
        if (!conflicts.includes(name)) base.current[name] = changes[name]!.to;
      }
      markConflicts(conflicts, true);
    },
    [db, record, changesOf, markConflicts],
  );
  const fieldNames = Object.keys(stored).sort().join(',');
  const journal = useCallback(
    (value: F): JournalEntry | null => {
      const changes = changesOf(value);
      return Object.keys(changes).length
        ? { key: `${record.kind}:${record.id}:${fieldNames}`, target: record, changes }
        : null;
    },
    [record, fieldNames, changesOf],
  );
  useAutosave(fields, save, journal);

  const setFields = useCallback((change: Partial<F> | ((current: F) => F)) => {
    setFieldState((current) =>
      typeof change === 'function' ? change(current) : { ...current, ...change },
    );
  }, []);

  const resolve = useCallback(
    (field: keyof F & string, keep: 'mine' | 'theirs') => {
      base.current[field] = latest.current.stored[field];
      markConflicts([field], false);
      if (keep === 'theirs') {
        const theirs = latest.current.toForm(latest.current.stored)[field];
        setFieldState((f) => ({ ...f, [field]: theirs }));
      } else {
        void save(latest.current.fields).catch(() => {
          // shown by the next autosave, which retries with the same change
        });
      }
    },
    [markConflicts, save],
  );

  const conflicts = useMemo(() => {
    if (conflicted.size === 0) return [];
    const theirs = toForm(current);
    return [...conflicted].map((field) => ({
      field: field as keyof F & string,
      theirs: theirs[field] as F[keyof F],
    }));
  }, [conflicted, current, toForm]);

  return { fields, setFields, conflicts, resolve };
}
