import { FormActions } from '../../ui/FormActions';
import { useId, useMemo, useState } from 'react';
import {
  ACCOUNT_COLUMNS,
  guessMapping,
  planAccountImport,
  type AccountColumn,
  type ColumnMapping,
} from '../../../../shared/customer/accountImport';
import { readCsvTable, type CsvTable } from '../../../../shared/customer/csvRecords';
import { formatMoney } from '../../../../shared/customer/revenueAtRisk';
import type { Account } from '../../../../shared/domain/journey';
import { importAccounts } from '../../db/accountRepository';
import { useDatabase } from '../../db/DatabaseContext';
import { platform } from '../../platform/platform';
import { Dialog } from '../../ui/Dialog';
import { errorText, showInfo } from '../../ui/noticeStore';

/** Rows shown in the preview; the check covers every row. */
const PREVIEW_ROWS = 8;
/** Problems listed at once; the count says how many more. */
const PROBLEMS_SHOWN = 12;

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/**
 * Accounts from a CRM's CSV export (Salesforce, HubSpot, a spreadsheet): choose the file, check
 * which column fills which field, see what it would add and update, then import all of it or,
 * while any row has a problem, none of it.
 */
export function AccountCsvImportDialog({
  workbookId,
  accounts,
  onClose,
}: {
  workbookId: string;
  accounts: readonly Account[];
  onClose: () => void;
}) {
  const db = useDatabase();
  const id = useId();
  const [file, setFile] = useState<{ name: string; table: CsvTable } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const plan = useMemo(
    () => (file ? planAccountImport(file.table, mapping, accounts) : null),
    [file, mapping, accounts],
  );

  async function choose() {
    setFailure(null);
    const opened = await platform.openFile({ kind: 'csv' });
    if (opened.status === 'canceled') return;
    if (opened.status === 'failed') return setFailure(opened.message);
    const table = readCsvTable(opened.text);
    if (!table || table.rows.length === 0) {
      setFile(null);
      return setFailure(
        `${opened.fileName} holds no rows: export the accounts with a header row and one account per row.`,
      );
    }
    setFile({ name: opened.fileName, table });
    setMapping(guessMapping(table.header));
  }

  async function run() {
    if (!plan) return;
    setBusy(true);
    try {
      const done = await importAccounts(db, workbookId, plan);
      showInfo(
        `Imported ${file?.name ?? 'the file'}: ${plural(done.added, 'account')} added, ${plural(done.updated, 'account')} updated.`,
      );
      onClose();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  const setColumn = (field: AccountColumn, value: string) =>
    setMapping((m) => {
      const next = { ...m };
      if (value === '') delete next[field];
      else next[field] = Number(value);
      return next;
    });

  return (
    <Dialog title="Import accounts from a CRM file" onClose={onClose} wide>
      <p>
        A CSV export of accounts or companies (Salesforce, HubSpot, a spreadsheet), with a header
        row. Accounts already here are matched by name and updated; the others are added. Nothing is
        imported while any row has a problem.
      </p>
      <div className="toolbar">
        <button type="button" onClick={() => void choose()} autoFocus>
          {file ? 'Choose another CSV file…' : 'Choose a CSV file…'}
        </button>
        {file && (
          <span className="muted">
            {file.name}: {plural(file.table.rows.length, 'row')}
          </span>
        )}
      </div>
      {failure && (
        <p className="field-error" role="alert">
          {failure}
        </p>
      )}
      {file && plan && (
        <>
          <fieldset className="column-mapping">
            <legend>Which column holds what</legend>
            {ACCOUNT_COLUMNS.map(({ field, label }) => (
              <div className="field" key={field}>
                <label htmlFor={`${id}-${field}`}>{label}</label>
                <select
                  id={`${id}-${field}`}
                  value={mapping[field] ?? ''}
                  onChange={(e) => setColumn(field, e.target.value)}
                >
                  <option value="">{field === 'name' ? 'Choose a column' : 'Not imported'}</option>
                  {file.table.header.map((h, i) => (
                    <option key={i} value={i}>
                      {h || `Column ${i + 1}`}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          <div role="status" aria-live="polite" className="import-verdict">
            {plan.problems.length === 0 ? (
              <p>
                Ready: {plural(plan.added, 'account')} to add and {plural(plan.updated, 'account')}{' '}
                to update.
              </p>
            ) : (
              <p className="field-error">
                {plural(plan.problems.length, 'problem')} to fix in the file (or the columns) before
                anything is imported:
              </p>
            )}
          </div>
          {plan.problems.length > 0 && (
            <ul className="import-problems" aria-label="Problems in the file">
              {plan.problems.slice(0, PROBLEMS_SHOWN).map((p) => (
                <li key={p}>{p}</li>
              ))}
              {plan.problems.length > PROBLEMS_SHOWN && (
                <li>and {plural(plan.problems.length - PROBLEMS_SHOWN, 'more problem')}.</li>
              )}
            </ul>
          )}
          {plan.accounts.length > 0 && (
            <table className="plain-table" aria-label="Accounts as they will be imported">
              <caption className="muted">
                The first {Math.min(PREVIEW_ROWS, plan.accounts.length)} of{' '}
                {plural(plan.accounts.length, 'account')}, as they will read
              </caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  <th scope="col">Account</th>
                  <th scope="col">ARR</th>
                  <th scope="col">Renewal</th>
                  <th scope="col">Segment</th>
                  <th scope="col">CSM owner</th>
                  <th scope="col">Will be</th>
                </tr>
              </thead>
              <tbody>
                {plan.accounts.slice(0, PREVIEW_ROWS).map((a) => (
                  <tr key={a.line}>
                    <td>{a.line}</td>
                    <th scope="row">{a.draft.name}</th>
                    <td>
                      {a.draft.arr === null || a.draft.arr === undefined
                        ? 'unknown'
                        : formatMoney(a.draft.arr, a.draft.currency ?? 'USD')}
                    </td>
                    <td>{a.draft.renewalDate ?? ''}</td>
                    <td>{a.draft.segment ?? ''}</td>
                    <td>{a.draft.csmOwner ?? ''}</td>
                    <td>{a.existingId ? 'updated' : 'added'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      <FormActions
        cancel={{ onCancel: onClose }}
        onAction={() => void run()}
        disabled={!plan || plan.problems.length > 0 || plan.accounts.length === 0 || busy}
        label={
          plan && plan.problems.length === 0 && plan.accounts.length > 0
            ? `Import ${plural(plan.accounts.length, 'account')}`
            : 'Import'
        }
      />
    </Dialog>
  );
}
