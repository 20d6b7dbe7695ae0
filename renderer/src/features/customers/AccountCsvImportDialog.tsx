import { plural } from '../../../../shared/domain/labels';
import { FormActions } from '../../ui/FormActions';
import { useEffect, useId, useMemo, useState } from 'react';
import {
  ACCOUNT_COLUMNS,
  type AccountColumn,
  type CellEdits,
  type ColumnMapping,
} from '../../../../shared/customer/accountImport';
import { ImportRowProblems } from './ImportRowProblems';
import type { AccountImportCheck } from '../../../../shared/customer/accountImportJob';
import { checkAccountImportOffThread } from './checkAccountImportOffThread';
import { formatMoney } from '../../../../shared/customer/revenueAtRisk';
import type { Account } from '../../../../shared/domain/journey';
import { importAccounts } from '../../db/accountRepository';
import { useDatabase } from '../../db/DatabaseContext';
import { platform } from '../../platform/platform';
import { Dialog } from '../../ui/Dialog';
import { errorText, showInfo } from '../../ui/noticeStore';

/**
 * Accounts from a CRM's CSV export (Salesforce, HubSpot, a spreadsheet): choose the file, check
 * which column fills which field (each guess with its reason), see what it would add and update
 * and which rows cannot be read, fix those cells here or let the import skip those rows, then
 * import the rest in one write. A file that would take the workbook past what its file format
 * holds is refused whole.
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
  const [edits, setEdits] = useState<CellEdits>({});
  // The last check of the file; while a newer one runs (a column changed, a cell fixed), it stays
  // on screen, so the field being typed in keeps its place and focus.
  const [check, setCheck] = useState<{
    for: unknown;
    file: unknown;
    value: AccountImportCheck;
  } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const wanted = useMemo(
    () => (file ? { text: file.text, mapping, edits, existing: [...accounts] } : null),
    [file, mapping, edits, accounts],
  );
  useEffect(() => {
    if (!wanted) return;
    // A large export takes seconds to check: in a worker, and a newer check replaces it.
    const run = checkAccountImportOffThread({ ...wanted, full: false });
    void run.result.then(
      (value) => {
        setCheck({ for: wanted, file: wanted.text, value });
      },
      (error: unknown) => setFailure(errorText(error)),
    );
    return run.cancel;
  }, [wanted]);
  const current = check && file && check.file === file.text ? check.value : null;
  const settled = check !== null && check.for === wanted;
  const header = current?.ok ? current.header : [];
  const plan = current?.ok ? current.plan : null;
  const shown = (settled || !mapping) && current?.ok ? current.mapping : (mapping ?? {});
  const refusals = plan?.refusals ?? [];

  async function choose() {
    setFailure(null);
    const opened = await platform.openFile({ kind: 'csv' });
    if (opened.status === 'canceled') return;
    if (opened.status === 'failed') return setFailure(opened.message);
    setCheck(null);
    setMapping(null);
    setEdits({});
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
      const skipped = full.plan.skippedRows;
      showInfo(
        `Imported ${file.name}: ${plural(done.added, 'account')} added, ${plural(done.updated, 'account')} updated` +
          (skipped ? `, ${plural(skipped, 'row')} with problems skipped.` : '.'),
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
  const skipped = plan?.skippedRows ?? 0;

  return (
    <Dialog title="Import accounts from a CRM file" onClose={onClose} wide>
      <p>
        A CSV export of accounts or companies (Salesforce, HubSpot, a spreadsheet), with a header
        row. Accounts already here are matched by name and updated; the others are added. Rows that
        cannot be read are listed: fix a cell here, or they are skipped.
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
      {file && !settled && !plan && (
        <p role="status" className="import-verdict">
          Reading and checking every row of {file.name}…
        </p>
      )}
      {plan && (
        <>
          <div role="status" aria-live="polite" className="import-verdict">
            {!settled ? (
              <p>Checking every row again…</p>
            ) : refusals.length > 0 ? (
              <p className="field-error">Nothing can be imported: {refusals.join(' ')}</p>
            ) : total === 0 ? (
              <p className="field-error">
                No row can be imported as it is: fix the cells below, or the columns.
              </p>
            ) : (
              <p>
                Ready: {plural(plan.added, 'account')} to add and {plural(plan.updated, 'account')}{' '}
                to update.
                {skipped > 0 &&
                  ` ${plural(skipped, 'row')} with problems ${skipped === 1 ? 'is' : 'are'} listed below: fix a cell here, or ${skipped === 1 ? 'it is' : 'they are'} skipped.`}
              </p>
            )}
          </div>
          {refusals.length === 0 && plan.rowProblems.length > 0 && current?.ok && (
            <ImportRowProblems
              problems={plan.rowProblems}
              total={current.problemCount}
              onFix={(key, value) => setEdits((before) => ({ ...before, [key]: value }))}
            />
          )}
          <fieldset className="column-mapping">
            <legend>Which column holds what</legend>
            {ACCOUNT_COLUMNS.map(({ field, label }) => {
              // The reason stands while the field keeps the column it was guessed.
              const reason =
                current?.ok && current.guessed[field] === shown[field]
                  ? current.reasons[field]
                  : undefined;
              return (
                <div className="field" key={field}>
                  <label htmlFor={`${id}-${field}`}>{label}</label>
                  <select
                    id={`${id}-${field}`}
                    value={shown[field] ?? ''}
                    aria-describedby={reason ? `${id}-${field}-why` : undefined}
                    onChange={(e) => setColumn(field, e.target.value)}
                  >
                    <option value="">
                      {field === 'name' ? 'Choose a column' : 'Not imported'}
                    </option>
                    {header.map((h, i) => (
                      <option key={i} value={i}>
                        {h || `Column ${i + 1}`}
                      </option>
                    ))}
                  </select>
                  {reason && (
                    <p className="field-hint" id={`${id}-${field}-why`}>
                      {reason}
                    </p>
                  )}
                </div>
              );
            })}
          </fieldset>
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
        disabled={!plan || !settled || refusals.length > 0 || total === 0 || busy}
        label={
          plan && refusals.length === 0 && total > 0
            ? `Import ${plural(total, 'account')}${skipped ? `, skip ${plural(skipped, 'row')}` : ''}`
            : 'Import'
        }
      />
    </Dialog>
  );
}
