import { useState } from 'react';
import { plural } from '../../../../shared/domain/labels';
import {
  ACCOUNT_COLUMNS,
  editKey,
  problemText,
  type RowProblem,
} from '../../../../shared/customer/accountImport';

/** Rows listed at once, each with its cell to fix; the count says how many more. */
const ROWS_SHOWN = 50;

const fieldLabel = (field: RowProblem['field']) =>
  ACCOUNT_COLUMNS.find((c) => c.field === field)?.label ?? field;

/**
 * The rows of a CRM file that cannot be imported as they are, each with its line and the cell in
 * question, which the person can fix right here (the file is not changed); what is not fixed is
 * skipped by the import, as its button says.
 */
export function ImportRowProblems({
  problems,
  total,
  onFix,
}: {
  problems: readonly RowProblem[];
  /** All problems, when `problems` holds only the first of them. */
  total: number;
  onFix: (key: string, value: string) => void;
}) {
  const shown = problems.slice(0, ROWS_SHOWN);
  return (
    <ul className="import-problems" aria-label="Rows with problems">
      {shown.map((p) => (
        <li key={`${p.line}:${p.field}`}>
          <span>{problemText(p)}</span>
          {p.column !== null && (
            <FixCell
              label={`Fix line ${p.line}, ${fieldLabel(p.field)}`}
              value={p.value}
              onCommit={(value) => onFix(editKey(p.line, p.column!), value)}
            />
          )}
        </li>
      ))}
      {total > shown.length && (
        <li>and {plural(total - shown.length, 'more problem')}, each skipped too.</li>
      )}
    </ul>
  );
}

/** A cell's text, taken when the person presses Enter or leaves the field. */
function FixCell({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: string;
  onCommit: (value: string) => void;
}) {
  const [text, setText] = useState(value);
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  return (
    <input
      type="text"
      className="fix-cell"
      aria-label={label}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
      }}
    />
  );
}
