import { useId, useState } from 'react';
import type { NameFinding } from '../../../../shared/retro/reportNames';
import { useDatabase } from '../../db/DatabaseContext';
import { replaceNameWithRole } from '../../db/retroNameRepository';
import { setDismissed } from '../../db/retroRepository';
import { errorText, showError } from '../../ui/noticeStore';

/** The excerpt with the name marked, as text (never HTML). */
function NamedExcerpt({ finding }: { finding: NameFinding }) {
  const at = finding.excerpt.indexOf(finding.name);
  if (at < 0) return <q>{finding.excerpt}</q>;
  return (
    <q>
      {finding.excerpt.slice(0, at)}
      <mark>{finding.name}</mark>
      {finding.excerpt.slice(at + finding.name.length)}
    </q>
  );
}

/**
 * One person a retrospective's report names: where, the sentence, and in one step a role in
 * their place (picked from the retrospective's roles or typed), or a dismissal.
 */
export function NameFindingItem({
  retroId,
  finding,
  roles,
}: {
  retroId: string;
  finding: NameFinding;
  roles: string[];
}) {
  const db = useDatabase();
  const id = useId();
  const [role, setRole] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const what = `“${finding.name}” in ${finding.where}`;
  const replace = () => {
    setProblem(null);
    setBusy(true);
    // The role is checked there, once the list of given names it is checked against has loaded.
    replaceNameWithRole(db, retroId, finding.field, finding.name, role)
      .catch((e: unknown) => setProblem(errorText(e)))
      .finally(() => setBusy(false));
  };
  return (
    <li className="name-finding">
      <p className="open-finding-where">{finding.where}</p>
      <p>
        <NamedExcerpt finding={finding} />
      </p>
      <p className="field-hint">
        {finding.inRole
          ? 'A role written as a person’s name: readers see who, not what they faced.'
          : `A named person becomes the cause in a reader’s eyes; a role keeps the review on what they knew and faced.${finding.count > 1 ? ` Named ${finding.count} times in this field.` : ''}`}
      </p>
      <form
        className="name-finding-form"
        onSubmit={(e) => {
          e.preventDefault();
          replace();
        }}
      >
        <label htmlFor={`${id}-role`}>Role in place of “{finding.name}”</label>
        <input
          id={`${id}-role`}
          list={`${id}-roles`}
          value={role}
          maxLength={200}
          placeholder={roles[0] ? `e.g. ${roles[0]}` : 'e.g. on-call SRE'}
          aria-describedby={problem ? `${id}-problem` : undefined}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => {
            setRole(e.target.value);
            setProblem(null);
          }}
        />
        <datalist id={`${id}-roles`}>
          {roles.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        {problem && (
          <p id={`${id}-problem`} className="field-error" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions inline">
          <button type="submit" disabled={busy} aria-label={`Replace ${what} with a role`}>
            Replace with a role
          </button>
          <button
            type="button"
            aria-label={`Dismiss ${what}`}
            onClick={() =>
              void setDismissed(db, retroId, finding.key, true).catch((e: unknown) =>
                showError(errorText(e)),
              )
            }
          >
            Dismiss
          </button>
        </div>
      </form>
    </li>
  );
}
