import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';

import { readTyping, writeTyping } from '../../db/typingStore';

/** Where versions before the typing store kept drafts. */
const LEGACY_PREFIX = 'slo-workbook:draft:';

/** Moves drafts kept in localStorage by earlier versions into the typing store, once. */
export function migrateLegacyDrafts(): void {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(LEGACY_PREFIX)) keys.push(key);
    }
    for (const key of keys) {
      const name = key.slice(LEGACY_PREFIX.length);
      const text = storage.getItem(key);
      if (text !== null && readTyping('drafts', name) === undefined) {
        writeTyping('drafts', name, text);
      }
      storage.removeItem(key);
    }
  } catch {
    // no localStorage here: nothing was kept there either
  }
}

function read<T>(key: string, initial: T): T {
  try {
    const text = readTyping('drafts', key);
    if (typeof text !== 'string' || !text) return initial;
    const stored: unknown = JSON.parse(text);
    // Only a draft of the same shape is restored; a form that changed shape starts empty.
    if (typeof initial === 'object' && initial !== null) {
      if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return initial;
      const known = Object.keys(initial);
      const merged = { ...initial } as Record<string, unknown>;
      for (const k of known) {
        const value = (stored as Record<string, unknown>)[k];
        const expected = (initial as Record<string, unknown>)[k];
        if (value !== undefined && typeof value === typeof expected) merged[k] = value;
      }
      return merged as T;
    }
    return typeof stored === typeof initial ? (stored as T) : initial;
  } catch {
    return initial;
  }
}

/**
 * Form state that survives a reload or a crash: kept in the typing store (on disk within a frame)
 * under `key` while it differs from `initial`, removed when the form is submitted (`clear`) or
 * emptied. Nothing of it leaves the computer.
 */
export function useDraft<T>(
  /** Null for a form that is not a draft (an edit of a saved record): plain state. */
  key: string | null,
  initial: T,
): [T, Dispatch<SetStateAction<T>>, () => void] {
  const [value, setValue] = useState<T>(() => (key === null ? initial : read(key, initial)));
  const initialText = useRef(JSON.stringify(initial));
  useEffect(() => {
    if (key === null) return;
    const text = JSON.stringify(value);
    writeTyping('drafts', key, text === initialText.current ? undefined : text);
  }, [key, value]);
  const clear = useCallback(() => {
    if (key !== null) writeTyping('drafts', key, undefined);
    setValue(JSON.parse(initialText.current) as T);
  }, [key]);
  return [value, setValue, clear];
}

/** Whether a draft is kept under `key`, so a form can open itself to show the unsaved typing. */
export function hasDraft(key: string): boolean {
  return readTyping('drafts', key) !== undefined;
}
