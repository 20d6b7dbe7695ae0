import { useId, useMemo } from 'react';
import { TextField } from '../../ui/TextField';
import { CATEGORY_LABEL } from '../../../../shared/retro/blameLanguage';
import { openFindings } from '../../../../shared/retro/dismissals';
import { useBlameTagger } from './useBlameTagger';

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
  /** The field's element id, for focusing it from elsewhere. */
  id?: string;
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
  id,
}: CheckedTextFieldProps) {
  const findingsId = useId();
  const tagged = useBlameTagger();
  const findings = useMemo(
    () => openFindings(value, field, dismissals),
    // `tagged`: once the real tagger has loaded, the same text is read again with it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [value, field, dismissals, tagged],
  );
  return (
    <TextField
      className="checked-field"
      {...(id ? { id } : {})}
      label={label}
      value={value}
      onValue={onValue}
      multiline={multiline}
      error={error}
      {...(hint ? { hint } : {})}
      describedBy={findings.length ? findingsId : undefined}
      after={
        findings.length > 0 && (
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
        )
      }
    />
  );
}
