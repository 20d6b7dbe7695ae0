import type { Account } from '../domain/journey';
import { parseWorkbookFile } from '../domain/workbookFile';
import { ACCOUNT_COLUMNS, problemText } from '../customer/accountImport';
import { checkAccountImport } from '../customer/accountImportJob';
import { plural } from '../domain/labels';

export interface AccountsCommandInput {
  file: { name: string; text: string };
  /** A workbook file whose accounts the CRM file is matched against (and counted with). */
  into?: { name: string; text: string };
  json: boolean;
}

export interface AccountsCommandResult {
  /** 0 when the file is read (rows with problems are listed, and would be skipped); 1 refused. */
  status: 0 | 1;
  out: string;
  err: string;
}

/**
 * `workbook accounts FILE.csv`: what the app's CRM import would make of a file, with the same
 * code as its dialog: the columns chosen and why, the accounts to add and update, the rows with
 * problems by line, or why the file is refused.
 */
export function accountsCommand(input: AccountsCommandInput): AccountsCommandResult {
  let existing: Account[] = [];
  if (input.into) {
    const workbook = parseWorkbookFile(input.into.text);
    if (!workbook.ok)
      return {
        status: 1,
        out: '',
        err: `${input.into.name} is not a readable workbook file:\n${workbook.problems.map((p) => `  ${p}`).join('\n')}\n`,
      };
    existing = workbook.value.accounts;
  }
  const check = checkAccountImport({ text: input.file.text, mapping: null, existing, full: true });
  if (!check.ok) return refused(input, check.message, null);
  const { plan, header } = check;
  const mapping = Object.fromEntries(
    ACCOUNT_COLUMNS.map(({ field }) => {
      const index = check.mapping[field];
      return [field, index === undefined ? null : (header[index] ?? `Column ${index + 1}`)];
    }),
  );
  // A file none of whose rows reads is refused too: the dialog would have nothing to import.
  if (plan.refusals.length === 0 && plan.accounts.length === 0)
    plan.refusals.push(
      'No row can be imported as it is: fix the rows listed, or choose the columns in the app.',
    );
  const problems = [
    ...plan.refusals.map((message) => ({ line: null, message })),
    ...plan.rowProblems.map(({ line, message }) => ({ line, message })),
  ];
  const readable = plan.refusals.length === 0;
  if (input.json) {
    const report = {
      file: input.file.name,
      rows: check.rows,
      mapping,
      reasons: check.reasons,
      add: readable ? plan.added : 0,
      update: readable ? plan.updated : 0,
      skip: readable ? plan.skippedRows : 0,
      accounts: readable
        ? plan.accounts.map((a) => ({
            line: a.line,
            action: a.existingId ? 'update' : 'add',
            name: a.draft.name,
            arr: a.draft.arr ?? null,
            currency: a.draft.currency ?? 'USD',
            renewalDate: a.draft.renewalDate ?? null,
            segment: a.draft.segment ?? '',
            plan: a.draft.plan ?? '',
            csmOwner: a.draft.csmOwner ?? '',
            notes: a.draft.notes ?? '',
          }))
        : [],
      problems,
    };
    return {
      status: readable ? 0 : 1,
      out: `${JSON.stringify(report, null, 2)}\n`,
      err: readable
        ? ''
        : `${input.file.name} is refused, nothing would be imported:\n${plan.refusals.join('\n')}\n`,
    };
  }
  const lines = [`${input.file.name}: ${plural(check.rows, 'row')}`, 'Columns:'];
  const width = Math.max(...ACCOUNT_COLUMNS.map((c) => c.label.length));
  for (const { field, label } of ACCOUNT_COLUMNS) {
    const column = mapping[field];
    const reason = check.reasons[field];
    lines.push(
      `  ${label.padEnd(width)}  ${column === null ? 'not imported' : `“${column}”`}${reason ? `  (${reason})` : ''}`,
    );
  }
  if (!readable) {
    for (const p of plan.rowProblems) lines.push(`  ${problemText(p)}`);
    return refused(input, plan.refusals.join('\n'), lines);
  }
  lines.push(
    `${plural(plan.added, 'account')} to add, ${plural(plan.updated, 'account')} to update` +
      (plan.skippedRows
        ? `; ${plural(plan.skippedRows, 'row')} with problems would be skipped:`
        : '.'),
  );
  for (const p of plan.rowProblems) lines.push(`  ${problemText(p)}`);
  return { status: 0, out: `${lines.join('\n')}\n`, err: '' };
}

function refused(
  input: AccountsCommandInput,
  message: string,
  lines: string[] | null,
): AccountsCommandResult {
  const text = `${input.file.name} is refused, nothing would be imported:\n${message}\n`;
  if (input.json)
    return {
      status: 1,
      out: `${JSON.stringify(
        {
          file: input.file.name,
          mapping: Object.fromEntries(ACCOUNT_COLUMNS.map(({ field }) => [field, null])),
          add: 0,
          update: 0,
          accounts: [],
          problems: [{ line: null, message }],
        },
        null,
        2,
      )}\n`,
      err: text,
    };
  return { status: 1, out: lines ? `${lines.join('\n')}\n` : '', err: text };
}
