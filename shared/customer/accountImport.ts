import { accountDraftSchema, type Account, type AccountDraft } from '../domain/journey';
import { parseDay, parseMoney } from './crmValues';
import { MAX_CSV_ROWS, type CsvTable } from './csvRecords';

/** What a CRM column can fill in an account. */
export const ACCOUNT_COLUMNS = [
  { field: 'name', label: 'Account name' },
  { field: 'arr', label: 'Annual revenue (ARR)' },
  { field: 'currency', label: 'Currency' },
  { field: 'renewalDate', label: 'Renewal date' },
  { field: 'segment', label: 'Segment' },
  { field: 'plan', label: 'Plan' },
  { field: 'csmOwner', label: 'CSM owner' },
  { field: 'notes', label: 'Notes' },
] as const;
export type AccountColumn = (typeof ACCOUNT_COLUMNS)[number]['field'];

/** Which column (by index) fills each field; a field left out is not touched. */
export type ColumnMapping = Partial<Record<AccountColumn, number>>;

/** Header words CRMs use for each field, most specific first. */
const HEADER_WORDS: Record<AccountColumn, RegExp[]> = {
  name: [/^account ?name$/, /^company ?name$/, /^(account|company|customer|organi[sz]ation|name)$/],
  arr: [
    /^arr\b/,
    /annual ?(recurring ?)?revenue/,
    /^(contract|subscription|acv) ?(value|amount)?$/,
    /^(amount|revenue)$/,
  ],
  currency: [/currency/],
  renewalDate: [/renewal/, /contract end/, /^(end date|renews)/],
  segment: [/segment/, /^(industry|vertical|type|account type)$/],
  plan: [/^(plan|tier|edition|product)/],
  csmOwner: [/\bcsm\b/, /customer success/, /(account )?owner/],
  notes: [/^(notes?|description|comments?)$/],
};

export function guessMapping(header: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const normal = header.map((h) =>
    h
      .toLowerCase()
      .replace(/[_\-.]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  for (const { field } of ACCOUNT_COLUMNS) {
    for (const pattern of HEADER_WORDS[field]) {
      const index = normal.findIndex((h, i) => !taken.has(i) && pattern.test(h));
      if (index !== -1) {
        mapping[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  return mapping;
}

export interface PlannedAccount {
  /** The line of the file the account comes from. */
  line: number;
  /** The existing account it updates (same name), or null for a new one. */
  existingId: string | null;
  draft: AccountDraft;
}

export interface AccountImportPlan {
  accounts: PlannedAccount[];
  /** Every problem found, with its line: any problem and nothing is imported. */
  problems: string[];
  added: number;
  updated: number;
}

const nameKey = (name: string) => name.trim().toLocaleLowerCase();

/**
 * What importing the table with this mapping would do, checked row by row before anything is
 * written: accounts are matched to the workbook's by name (an update changes only the mapped
 * fields), a name twice in the file is refused, and every value is read as the form would.
 */
export function planAccountImport(
  table: CsvTable,
  mapping: ColumnMapping,
  existing: readonly Account[],
  defaultCurrency = 'USD',
): AccountImportPlan {
  const problems: string[] = [];
  if (mapping.name === undefined)
    return {
      accounts: [],
      problems: ['Choose the column that holds the account names.'],
      added: 0,
      updated: 0,
    };
  if (table.rows.length > MAX_CSV_ROWS)
    problems.push(
      `The file has ${table.rows.length.toLocaleString('en-US')} rows; import at most ${MAX_CSV_ROWS.toLocaleString('en-US')} at a time.`,
    );
  const byName = new Map(existing.map((a) => [nameKey(a.name), a]));
  const seen = new Map<string, number>();
  const accounts: PlannedAccount[] = [];
  for (const row of table.rows.slice(0, MAX_CSV_ROWS)) {
    const cell = (field: AccountColumn) => {
      const index = mapping[field];
      return index === undefined ? undefined : (row.cells[index] ?? '').trim();
    };
    const at = `Line ${row.line}`;
    const name = cell('name') ?? '';
    if (name === '') {
      problems.push(`${at}: the account name is empty.`);
      continue;
    }
    const key = nameKey(name);
    const twice = seen.get(key);
    if (twice !== undefined) {
      problems.push(`${at}: “${name}” is already on line ${twice}; keep one row per account.`);
      continue;
    }
    seen.set(key, row.line);
    const match = byName.get(key) ?? null;
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
      if (!money.ok) problems.push(`${at}: the annual revenue “${arrText}” ${money.message}.`);
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
        problems.push(`${at}: the renewal date “${renewalText}” ${renewal.message}.`);
      else draft.renewalDate = renewal.value;
    }
    // The form's own rules, in its own words.
    const checked = accountDraftSchema.safeParse(draft);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      problems.push(`${at}: ${issue.message}`);
      continue;
    }
    accounts.push({ line: row.line, existingId: match?.id ?? null, draft });
  }
  const updated = accounts.filter((a) => a.existingId !== null).length;
  return { accounts, problems, added: accounts.length - updated, updated };
}
