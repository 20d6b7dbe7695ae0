import './fieldConflicts.css';

interface FieldConflictsProps<F extends string> {
  conflicts: { field: F; theirs: unknown }[];
  /** The field's name as its label shows it. */
  labels: Record<F, string>;
  /** How another window's value reads (a time, a list of marks…); text as it is otherwise. */
  describe?: (field: F, value: unknown) => string;
  onResolve: (field: F, keep: 'mine' | 'theirs') => void;
}

const asText = (value: unknown) =>
  typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : String(value);

/** Both versions of a field edited here and in another window at once, for the person to choose. */
export function FieldConflicts<F extends string>({
  conflicts,
  labels,
  describe,
  onResolve,
}: FieldConflictsProps<F>) {
  if (conflicts.length === 0) return null;
  return (
    <ul className="field-conflicts" aria-label="Changed in another window">
      {conflicts.map(({ field, theirs }) => {
        const text = describe ? describe(field, theirs) : asText(theirs);
        return (
          <li key={field} role="alert">
            <p>
              <strong>{labels[field]}</strong> was changed in another window while you were editing
              it here. There it now reads: <q>{text || '(empty)'}</q>. Yours is not saved until you
              choose.
            </p>
            <div className="field-conflict-actions">
              <button type="button" onClick={() => onResolve(field, 'mine')}>
                Keep mine for {labels[field]}
              </button>
              <button type="button" onClick={() => onResolve(field, 'theirs')}>
                Use the other window’s
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
