import { accountDraftSchema, type Account, type AccountDraft } from '../domain/journey';
import { MAX_FILE_ACCOUNTS } from '../domain/workbookFile';
import { plural } from '../domain/labels';
import { MAX_FILE_BYTES, describeFileSize } from '../ipc';
import { parseDay, parseMoney } from './crmValues';
import { MAX_CSV_ROWS, type CsvTable } from './csvRecords';
import type { AccountColumn, ColumnMapping } from './accountMapping';

export {
  ACCOUNT_COLUMNS,
  explainMapping,
  guessMapping,
  type AccountColumn,
  type ColumnMapping,
  type MappingGuess,
} from './accountMapping';

export interface PlannedAccount {
  /** The line of the file the account comes from. */
  line: number;
  /** The existing account it updates (same name), or null for a new one. */
  existingId: string | null;
  draft: AccountDraft;
}

/** A cell that keeps its row out of the import until it is fixed in place; else the row is skipped. */
export interface RowProblem {
  line: number;
  field: AccountColumn;
  /** The column of the cell to fix, or null when no column is mapped to the field. */
  column: number | null;
  value: string;
  /** In words, without the line (the dialog and the CLI put it in front). */
  message: string;
}

export interface AccountImportPlan {
  /** The rows that read right: what an import writes. */
  accounts: PlannedAccount[];
  /** Every cell that keeps its row out, in file order; a row may have several. */
  rowProblems: RowProblem[];
  /** Rows left out because of a problem (each listed in `rowProblems`). */
  skippedRows: number;
  /** What refuses the whole file (no name column, a bound of the workbook file crossed). */
  refusals: string[];
  added: number;
  updated: number;
}

/** Cells the person corrected in the preview, by `editKey(line, column)`. */
export type CellEdits = Readonly<Record<string, string>>;
export const editKey = (line: number, column: number) => `${line}:${column}`;

export const problemText = (p: { line: number | null; message: string }) =>
  p.line === null ? p.message : `Line ${p.line}: ${p.message}`;

const nameKey = (name: string) => name.trim().toLocaleLowerCase();

/** A name whose letters were replaced on the way ("????????", or U+FFFD after a wrong decoding). */
const LOST_LETTERS = /^[?\uFFFD\s]+$/;

const LABELS: Record<AccountColumn, string> = {
  name: 'account name',
  arr: 'annual revenue',
  currency: 'currency',
  renewalDate: 'renewal date',
  segment: 'segment',
  plan: 'plan',
  csmOwner: 'CSM owner',
  notes: 'notes',
};

/** Bytes an account takes in a workbook file besides its own text (ids, times, keys). */
const ACCOUNT_RECORD_BYTES = 260;
const utf8 = new TextEncoder();
const recordBytes = (fields: object) =>
  utf8.encode(JSON.stringify(fields)).length + ACCOUNT_RECORD_BYTES;

/**
 * What importing the table with this mapping would do, checked row by row before anything is
 * written. Accounts are matched to the workbook's by name (an update changes only the mapped
 * fields); every value is read as the form would. A row with a problem is listed with its line
 * and left out (the person fixes the cell in place, or the import skips it); a name written twice
 * is listed, not merged: two rows under one name are as often two companies whose names were
 * mangled (the Data Loader sample has two) as one company twice, and a merge would drop one
 * row's figures without a word. The whole file is refused when it would cross a bound of the
 * workbook file format, counting the accounts the workbook already holds.
 */
export function planAccountImport(
  table: CsvTable,
  mapping: ColumnMapping,
  existing: readonly Account[],
  options: { defaultCurrency?: string; edits?: CellEdits } = {},
): AccountImportPlan {
  const { defaultCurrency = 'USD', edits = {} } = options;
  const empty = (refusal: string): AccountImportPlan => ({
    accounts: [],
    rowProblems: [],
    skippedRows: 0,
    refusals: [refusal],
    added: 0,
    updated: 0,
  });
  if (mapping.name === undefined) return empty('Choose the column that holds the account names.');
  if (table.rows.length > MAX_CSV_ROWS)
    return empty(
      `The file has ${plural(table.rows.length, 'row')}; import at most ${MAX_CSV_ROWS.toLocaleString('en-US')} at a time.`,
    );
  const byName = new Map(existing.map((a) => [nameKey(a.name), a]));
  const seen = new Map<string, number>();
  const accounts: PlannedAccount[] = [];
  const rowProblems: RowProblem[] = [];
  let skippedRows = 0;
  for (const row of table.rows) {
    const cell = (field: AccountColumn) => {
      const index = mapping[field];
      if (index === undefined) return undefined;
      return (edits[editKey(row.line, index)] ?? row.cells[index] ?? '').trim();
    };
    const found: RowProblem[] = [];
    const problem = (field: AccountColumn, message: string) =>
      found.push({
        line: row.line,
        field,
        column: mapping[field] ?? null,
        value: cell(field) ?? '',
        message,
      });
    const name = cell('name') ?? '';
    const key = nameKey(name);
    const match = byName.get(key) ?? null;
    if (name === '') problem('name', 'the account name is empty.');
    else if (LOST_LETTERS.test(name))
      problem(
        'name',
        `the account name “${name}” lost its letters when the file was saved in another encoding: type the name, or skip the row.`,
      );
    else if (seen.has(key))
      problem(
        'name',
        `“${name}” is already on line ${seen.get(key)}: two rows with one name may be two companies; rename one, or skip this row.`,
      );
    else seen.set(key, row.line);

    const base: AccountDraft = match
      ? {
          name: match.name,
          segment: match.segment,
          plan: match.plan,
          csmOwner: match.csmOwner,
          notes: match.notes,
          arr: match.arr,
          currency: match.currency,
          renewalDate: match.renewalDate,
        }
      : { name, currency: defaultCurrency };
    const draft: AccountDraft = { ...base, name: match ? match.name : name };
    for (const field of ['segment', 'plan', 'csmOwner', 'notes'] as const) {
      const value = cell(field);
      if (value !== undefined) draft[field] = value;
    }
    const arrText = cell('arr');
    if (arrText !== undefined) {
      const money = parseMoney(arrText);
      if (!money.ok) problem('arr', `the annual revenue “${arrText}” ${money.message}.`);
      else {
        draft.arr = money.value?.amount ?? null;
        if (money.value?.currency) draft.currency = money.value.currency;
      }
    }
    const currencyText = cell('currency');
    if (currencyText) draft.currency = currencyText;
    const renewalText = cell('renewalDate');
    if (renewalText !== undefined) {
      const renewal = parseDay(renewalText);
      if (!renewal.ok)
        problem('renewalDate', `the renewal date “${renewalText}” ${renewal.message}.`);
      else draft.renewalDate = renewal.value;
    }
    if (found.length === 0) {
      // The form's own rules, said in words with the field they are about.
      const checked = accountDraftSchema.safeParse(draft);
      if (!checked.success)
        for (const issue of checked.error.issues) {
          const field = (issue.path[0] as AccountColumn | undefined) ?? 'name';
          const label = LABELS[field] ?? String(field);
          const length = cell(field)?.length ?? 0;
          problem(
            field,
            issue.code === 'too_big' && typeof issue.maximum === 'number' && field !== 'arr'
              ? `the ${label} has ${length.toLocaleString('en-US')} characters; at most ${issue.maximum.toLocaleString('en-US')} fit.`
              : `the ${label}: ${issue.message}`,
          );
        }
    }
    if (found.length) {
      rowProblems.push(...found);
      skippedRows += 1;
      continue;
    }
    accounts.push({ line: row.line, existingId: match?.id ?? null, draft });
  }
  const updated = accounts.filter((a) => a.existingId !== null).length;
  const added = accounts.length - updated;
  const refusals = workbookBoundRefusals(existing, accounts);
  return { accounts, rowProblems, skippedRows, refusals, added, updated };
}

/**
 * The bounds of the workbook file format an import must keep, so that whatever the workbook then
 * holds can be exported and opened again: at most MAX_FILE_ACCOUNTS accounts, and accounts that
 * fit in the largest file the app reads.
 */
export function workbookBoundRefusals(
  existing: readonly Account[],
  planned: readonly PlannedAccount[],
): string[] {
  const added = planned.filter((a) => a.existingId === null).length;
  const total = existing.length + added;
  if (total > MAX_FILE_ACCOUNTS) {
    const room = Math.max(0, MAX_FILE_ACCOUNTS - existing.length);
    return [
      `The workbook holds ${plural(existing.length, 'account')}; adding ${added.toLocaleString('en-US')} would make ` +
        `${total.toLocaleString('en-US')}, more than the ${MAX_FILE_ACCOUNTS.toLocaleString('en-US')} a workbook file can hold, ` +
        'so its export could not be opened again. ' +
        (room > 0
          ? `Import at most ${plural(room, 'new account')}, or remove accounts first.`
          : 'Remove accounts first.'),
    ];
  }
  const updatedIds = new Set(planned.map((a) => a.existingId));
  let bytes = 0;
  for (const a of existing) if (!updatedIds.has(a.id)) bytes += recordBytes(a);
  for (const a of planned) bytes += recordBytes(a.draft);
  if (bytes > MAX_FILE_BYTES)
    return [
      `With this file the accounts alone would take about ${describeFileSize(bytes)} of the workbook file, ` +
        `more than the ${describeFileSize(MAX_FILE_BYTES)} the app can open again. Import fewer accounts, or shorter notes.`,
    ];
  return [];
}
