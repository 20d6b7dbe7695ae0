import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Retro } from '../../../../shared/domain/retro';
import { useDatabase } from '../../db/DatabaseContext';
import { setDismissed } from '../../db/retroRepository';
import { errorText, showError } from '../../ui/noticeStore';
import { CheckedTextField } from './CheckedTextField';
import { retroFieldValue } from '../../../../shared/retro/retroFieldPatch';
import { keepLastWhenBlank, useRecordFields } from '../editing/useRecordFields';
import { FieldConflicts } from '../editing/FieldConflicts';

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
  /** The field's element id, for focusing it from elsewhere. */
  id?: string;
}

/** A text of the retrospective itself, checked for blame language and saved as it is typed. */
export function RetroTextField({
  label,
  field,
  initial,
  multiline,
  hint,
  requiredMessage,
  id,
}: RetroTextFieldProps) {
  const { retro } = useRetro();
  // Keyed by the retrospective's own field name ("title", "prompt:<id>"…), as it is stored.
  const stored = useMemo<Record<string, string>>(
    () => ({ [field]: retroFieldValue(retro, field) ?? initial }),
    [retro, field, initial],
  );
  const { fields, setFields, conflicts, resolve } = useRecordFields({
    target: { kind: 'retro', id: retro.id },
    stored,
    toForm: (value: typeof stored) => value,
    // A blank title keeps the last one until one is typed.
    toStored: keepLastWhenBlank('title'),
  });
  const value = fields[field] ?? '';
  const setValue = (text: string) => setFields({ [field]: text });
  return (
    <>
      <FieldConflicts
        conflicts={conflicts.map((c) => ({ field: c.field, theirs: c.theirs }))}
        labels={{ [field]: label }}
        onResolve={resolve}
      />
      <CheckedTextField
        label={label}
        value={value}
        onValue={setValue}
        {...useCheckedProps(field)}
        multiline={multiline ?? true}
        {...(hint ? { hint } : {})}
        {...(id ? { id } : {})}
        error={requiredMessage && value.trim() === '' ? requiredMessage : undefined}
      />
    </>
  );
}
