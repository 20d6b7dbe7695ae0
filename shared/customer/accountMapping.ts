/**
 * Which CRM column fills which account field, guessed from what the header means (and, for the
 * owner, what the cells hold), each guess with the reason the dialog and the CLI show beside it.
 */

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

export interface MappingGuess {
  mapping: ColumnMapping;
  /** Why each field got its column, or why a likely-looking column was left out. */
  reasons: Partial<Record<AccountColumn, string>>;
}

const normalise = (h: string) =>
  h
    // "AnnualRevenue", "OwnerId": Salesforce API names run the words together.
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Header words CRMs use for each field, most specific first. */
const HEADER_WORDS: Record<AccountColumn, RegExp[]> = {
  name: [/^account ?name$/, /^company ?name$/, /^(account|company|customer|organi[sz]ation|name)$/],
  // What the customer pays us a year. Never "annual revenue" alone: in Salesforce and HubSpot that
  // is the customer company's own turnover (billions for a large one), not what it pays.
  arr: [
    /^arr\b/,
    /\barr$/,
    /annual recurring revenue/,
    /^(annual )?(contract|subscription) ?(value|amount)$/,
    /^acv$/,
  ],
  currency: [/currency/],
  renewalDate: [/renewal/, /contract end/, /^(end date|renews)/],
  segment: [/segment/, /^(industry|vertical|type|account type)$/],
  plan: [/^(plan|tier|edition|product)/],
  // "\bowner\b" leaves out "Ownership" (Public / Private: who owns the company, not the account).
  csmOwner: [/\bcsm\b/, /customer success/, /\bowner\b/, /\bowner ?ids?$/],
  notes: [/^(notes?|description|comments?)$/],
};

/** The company's own revenue, as CRMs name it: offered to the person, never chosen for them. */
const COMPANY_REVENUE = /^(annual ?revenue|revenue|amount)$/;

/** A Salesforce record id (15 or 18 characters, "005" for a user) or a numeric owner id. */
export function looksLikeRecordId(value: string): boolean {
  const v = value.trim();
  // Salesforce key prefixes of standard objects start with "0" (005 user, 001 account).
  return (
    (/^0[a-zA-Z0-9]{14}(?:[a-zA-Z0-9]{3})?$/.test(v) && /\d/.test(v.slice(3))) || /^\d{5,}$/.test(v)
  );
}

/** Whether most filled cells of a column hold record ids rather than names. */
export function columnHoldsIds(values: readonly string[]): boolean {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return false;
  return filled.filter(looksLikeRecordId).length * 2 > filled.length;
}

const IDS_SAMPLE = 200;

/**
 * The columns a person would choose for this export, and why. `sample` is a few rows of cells:
 * an owner column holding ids is not taken for the CSM's name.
 */
export function explainMapping(
  header: readonly string[],
  sample: readonly (readonly string[])[] = [],
): MappingGuess {
  const mapping: ColumnMapping = {};
  const reasons: MappingGuess['reasons'] = {};
  const taken = new Set<number>();
  const normal = header.map(normalise);
  const column = (i: number) => `“${header[i] || `Column ${i + 1}`}”`;
  const cellsOf = (i: number) => sample.slice(0, IDS_SAMPLE).map((row) => row[i] ?? '');
  const idHeader = (i: number) => /(\b|owner)ids?$/.test(normal[i]!);
  for (const { field } of ACCOUNT_COLUMNS) {
    let skippedIds: number | null = null;
    for (const pattern of HEADER_WORDS[field]) {
      const index = normal.findIndex(
        (h, i) => !taken.has(i) && pattern.test(h) && !(field === 'csmOwner' && skippedIds === i),
      );
      if (index === -1) continue;
      if (field === 'csmOwner' && (idHeader(index) || columnHoldsIds(cellsOf(index)))) {
        const example = cellsOf(index).find((v) => v.trim() !== '');
        skippedIds = index;
        reasons.csmOwner =
          `${column(index)} holds record ids${example ? ` (${example.trim()})` : ''}, not names: ` +
          'export the owner’s name (in Salesforce “Owner.Name”, in HubSpot “Company owner”) to fill it.';
        continue;
      }
      mapping[field] = index;
      taken.add(index);
      reasons[field] = `The header ${column(index)} says so.`;
      break;
    }
  }
  if (mapping.arr === undefined) {
    const revenue = normal.findIndex((h, i) => !taken.has(i) && COMPANY_REVENUE.test(h));
    if (revenue !== -1)
      reasons.arr =
        `Not guessed: ${column(revenue)} is usually the customer company’s own yearly revenue ` +
        '(what it earns, not what it pays you). Choose it only if your team keeps ARR there.';
  }
  if (mapping.csmOwner === undefined && reasons.csmOwner === undefined) {
    const ownership = normal.findIndex((h) => h === 'ownership');
    if (ownership !== -1)
      reasons.csmOwner = `Not guessed: ${column(ownership)} says whether the company is public or private, not who looks after it.`;
  }
  return { mapping, reasons };
}

export function guessMapping(
  header: readonly string[],
  sample: readonly (readonly string[])[] = [],
): ColumnMapping {
  return explainMapping(header, sample).mapping;
}
