import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';

const PREFIX = 'slo-workbook:draft:';

function read<T>(key: string, initial: T): T {
  try {
    const text = globalThis.localStorage?.getItem(PREFIX + key);
    if (!text) return initial;
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
 * Form state that survives a reload or a crash: kept in localStorage under `key` while it differs
 * from `initial`, removed when the form is submitted (`clear`) or emptied. Unsaved typing is never
 * lost, and nothing of it leaves the computer.
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
    try {
      const text = JSON.stringify(value);
      if (text === initialText.current) globalThis.localStorage?.removeItem(PREFIX + key);
      else globalThis.localStorage?.setItem(PREFIX + key, text);
    } catch {
      // Storage full or unavailable: the draft lives in memory only, as any form would.
    }
  }, [key, value]);
  const clear = useCallback(() => {
    try {
      if (key !== null) globalThis.localStorage?.removeItem(PREFIX + key);
    } catch {
      // nothing stored to remove
    }
    setValue(JSON.parse(initialText.current) as T);
  }, [key]);
  return [value, setValue, clear];
}

/** Whether a draft is kept under `key`, so a form can open itself to show the unsaved typing. */
export function hasDraft(key: string): boolean {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) != null;
  } catch {
    return false;
  }
}
