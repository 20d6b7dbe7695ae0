import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Retro } from '../../../../shared/domain/retro';
import { useDatabase } from '../../db/DatabaseContext';
import { setDismissed, updateRetro } from '../../db/retroRepository';
import { errorText, showError } from '../../ui/noticeStore';
import { useAutosave } from '../../ui/useAutosave';
import { CheckedTextField } from './CheckedTextField';
import { retroFieldChange } from '../../../../shared/retro/retroFieldPatch';
import type { JournalEntry } from '../../db/typingJournal';

interface RetroContextValue {
  retro: Retro;
  dismiss: (key: string) => void;
}

const RetroContext = createContext<RetroContextValue | null>(null);

export function RetroProvider({ retro, children }: { retro: Retro; children: ReactNode }) {
  const db = useDatabase();
  const dismiss = useCallback(
    (key: string) => {
      void setDismissed(db, retro.id, key, true).catch((e: unknown) => showError(errorText(e)));
    },
    [db, retro.id],
  );
  const value = useMemo(() => ({ retro, dismiss }), [retro, dismiss]);
  return <RetroContext.Provider value={value}>{children}</RetroContext.Provider>;
}

export function useRetro(): RetroContextValue {
  const value = useContext(RetroContext);
  if (!value) throw new Error('useRetro outside a RetroProvider');
  return value;
}

/** Props for a checked text field of some record of the open retrospective. */
export function useCheckedProps(field: string) {
  const { retro, dismiss } = useRetro();
  return { field, dismissals: retro.dismissals, onDismiss: dismiss };
}

interface RetroTextFieldProps {
  label: string;
  field: string;
  initial: string;
  multiline?: boolean;
  hint?: string;
  /** Shown while the field is blank; the last saved text is kept until one is typed. */
  requiredMessage?: string;
}

/** A text of the retrospective itself, checked for blame language and saved as it is typed. */
export function RetroTextField({
  label,
  field,
  initial,
  multiline,
  hint,
  requiredMessage,
}: RetroTextFieldProps) {
  const db = useDatabase();
  const { retro } = useRetro();
  const [value, setValue] = useState(initial);
  const save = useCallback(
    async (next: string) => {
      const change = retroFieldChange(field, next);
      if (change) await updateRetro(db, retro.id, change);
    },
    [db, retro.id, field],
  );
  const journal = useCallback(
    (next: string): JournalEntry => ({ kind: 'retroField', id: retro.id, field, value: next }),
    [retro.id, field],
  );
  useAutosave(value, save, journal);
  return (
    <CheckedTextField
      label={label}
      value={value}
      onValue={setValue}
      {...useCheckedProps(field)}
      multiline={multiline ?? true}
      {...(hint ? { hint } : {})}
      error={requiredMessage && value.trim() === '' ? requiredMessage : undefined}
    />
  );
}
