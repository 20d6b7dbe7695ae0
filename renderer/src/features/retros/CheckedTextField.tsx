import { useId, useMemo } from 'react';
import { CATEGORY_LABEL } from '../../../../shared/retro/blameLanguage';
import { openFindings } from '../../../../shared/retro/dismissals';

interface CheckedTextFieldProps {
  label: string;
  value: string;
  onValue: (value: string) => void;
  /** Names the field in dismissal keys, e.g. "event:<id>:what". */
  field: string;
  dismissals: readonly string[];
  /** Without it, findings are shown but cannot be dismissed (a draft not yet saved). */
  onDismiss?: (key: string) => void;
  multiline?: boolean;
  error?: string | undefined;
  hint?: string;
}

/**
 * A text field of a retrospective that points out blame and hindsight language as it is typed,
 * each finding with why it hurts learning and what to ask instead. Findings the group dismissed
 * stay dismissed (kept with the retrospective).
 */
export function CheckedTextField({
  label,
  value,
  onValue,
  field,
  dismissals,
  onDismiss,
  multiline = true,
  error,
  hint,
}: CheckedTextFieldProps) {
  const id = useId();
  const findings = useMemo(
    () => openFindings(value, field, dismissals),
    [value, field, dismissals],
  );
  const findingsId = `${id}-findings`;
  const describedBy =
    [error ? `${id}-error` : null, hint ? `${id}-hint` : null, findings.length ? findingsId : null]
      .filter(Boolean)
      .join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  return (
    <div className="field checked-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onValue(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => onValue(e.target.value)} />
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      {findings.length > 0 && (
        <ul
          id={findingsId}
          className="blame-findings"
          aria-label={`Language to reconsider in ${label}`}
        >
          {findings.map((finding) => (
            <li key={`${finding.key}@${finding.start}`} className="blame-finding">
              <p>
                <strong>“{finding.phrase}”</strong>: {CATEGORY_LABEL[finding.category]}.{' '}
                {finding.why}
              </p>
              <p>
                <em>Ask instead:</em> {finding.askInstead}
              </p>
              {onDismiss && (
                <button
                  type="button"
                  aria-label={`Dismiss the finding “${finding.phrase}”`}
                  onClick={() => onDismiss(finding.key)}
                >
                  Dismiss
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
