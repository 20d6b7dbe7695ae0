import { plural } from '../../../../shared/domain/labels';
import { FormActions } from '../../ui/FormActions';
import { useEffect, useId, useMemo, useState } from 'react';
import {
  ACCOUNT_COLUMNS,
  type AccountColumn,
  type ColumnMapping,
} from '../../../../shared/customer/accountImport';
import type { AccountImportCheck } from '../../../../shared/customer/accountImportJob';
import { checkAccountImportOffThread } from './checkAccountImportOffThread';
import { formatMoney } from '../../../../shared/customer/revenueAtRisk';
import type { Account } from '../../../../shared/domain/journey';
import { importAccounts } from '../../db/accountRepository';
import { useDatabase } from '../../db/DatabaseContext';
import { platform } from '../../platform/platform';
import { Dialog } from '../../ui/Dialog';
import { errorText, showInfo } from '../../ui/noticeStore';

/** Problems listed at once; the count says how many more. */
const PROBLEMS_SHOWN = 12;

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
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  // The check of the file with the columns as set now; null while it runs.
  const [check, setCheck] = useState<{ for: unknown; value: AccountImportCheck } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const wanted = useMemo(
    () => (file ? { text: file.text, mapping, existing: [...accounts] } : null),
    [file, mapping, accounts],
  );
  useEffect(() => {
    if (!wanted) return;
    // A large export takes seconds to check: in a worker, and a newer check replaces it.
    const run = checkAccountImportOffThread({ ...wanted, full: false });
    void run.result.then(
      (value) => {
        setCheck({ for: wanted, value });
      },
      (error: unknown) => setFailure(errorText(error)),
    );
    return run.cancel;
  }, [wanted]);
  const current = check && check.for === wanted ? check.value : null;
  const header = current?.ok ? current.header : [];
  const plan = current?.ok ? current.plan : null;
  const shown = current?.ok ? current.mapping : (mapping ?? {});

  async function choose() {
    setFailure(null);
    const opened = await platform.openFile({ kind: 'csv' });
    if (opened.status === 'canceled') return;
    if (opened.status === 'failed') return setFailure(opened.message);
    setCheck(null);
    setMapping(null);
    setFile({ name: opened.fileName, text: opened.text });
  }

  async function run() {
    if (!wanted || !plan || !file) return;
    setBusy(true);
    try {
      // The whole plan, checked again against the accounts as they are now.
      const full = await checkAccountImportOffThread({ ...wanted, full: true }).result;
      if (!full.ok) throw new Error(full.message);
      const done = await importAccounts(db, workbookId, full.plan);
      showInfo(
        `Imported ${file.name}: ${plural(done.added, 'account')} added, ${plural(done.updated, 'account')} updated.`,
      );
      onClose();
    } catch (error) {
      setFailure(errorText(error));
    } finally {
      setBusy(false);
    }
  }

  const setColumn = (field: AccountColumn, value: string) =>
    setMapping(() => {
      const next = { ...shown };
      if (value === '') delete next[field];
      else next[field] = Number(value);
      return next;
    });
  const total = plan ? plan.added + plan.updated : 0;

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
            {file.name}
            {current?.ok ? `: ${plural(current.rows, 'row')}` : ''}
          </span>
        )}
      </div>
      {(failure ?? (current && !current.ok ? current.message : null)) && (
        <p className="field-error" role="alert">
          {failure ?? (current && !current.ok ? current.message : null)}
        </p>
      )}
      {file && !current && (
        <p role="status" className="import-verdict">
          Reading and checking every row of {file.name}…
        </p>
      )}
      {plan && (
        <>
          <fieldset className="column-mapping">
            <legend>Which column holds what</legend>
            {ACCOUNT_COLUMNS.map(({ field, label }) => (
              <div className="field" key={field}>
                <label htmlFor={`${id}-${field}`}>{label}</label>
                <select
                  id={`${id}-${field}`}
                  value={shown[field] ?? ''}
                  onChange={(e) => setColumn(field, e.target.value)}
                >
                  <option value="">{field === 'name' ? 'Choose a column' : 'Not imported'}</option>
                  {header.map((h, i) => (
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
                {plan.accounts.length < total
                  ? `The first ${plan.accounts.length} of ${plural(total, 'account')}, as they will read`
                  : `The ${plural(total, 'account')}, as they will read`}
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
                {plan.accounts.map((a) => (
                  <tr key={a.line}>
                    <td>{a.line}</td>
                    <th scope="row">{a.draft.name}</th>
                    <td>
                      {a.draft.arr === null || a.draft.arr === undefined
                        ? 'unknown'
                        : formatMoney(a.draft.arr, a.draft.currency ?? 'USD')}
                    </td>
                    <td className="nowrap">{a.draft.renewalDate ?? ''}</td>
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
        disabled={!plan || plan.problems.length > 0 || total === 0 || busy}
        label={
          plan && plan.problems.length === 0 && total > 0
            ? `Import ${plural(total, 'account')}`
            : 'Import'
        }
      />
    </Dialog>
  );
}
