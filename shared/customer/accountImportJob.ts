import type { Account } from '../domain/journey';
import {
  guessMapping,
  planAccountImport,
  type AccountImportPlan,
  type ColumnMapping,
} from './accountImport';
import { readCsvTable } from './csvRecords';

/** Rows of the plan a preview carries; the check covers every row. */
export const PREVIEW_ACCOUNTS = 8;

export interface AccountImportRequest {
  text: string;
  /** The columns as the person set them; null to guess them from the header. */
  mapping: ColumnMapping | null;
  existing: Account[];
  /** The whole plan (to import it) rather than a preview of it. */
  full: boolean;
}

export type AccountImportCheck =
  | { ok: false; message: string }
  | {
      ok: true;
      header: string[];
      rows: number;
      mapping: ColumnMapping;
      /** With `full`, every planned account; otherwise the first few. */
      plan: AccountImportPlan;
    };

/**
 * Reads a CRM file and plans its import, in one step a worker can run (a 100,000-row export takes
 * seconds to read and check): the preview carries a few accounts, the import all of them.
 */
export function checkAccountImport(request: AccountImportRequest): AccountImportCheck {
  const table = readCsvTable(request.text);
  if (!table || table.rows.length === 0)
    return {
      ok: false,
      message:
        'The file holds no rows: export the accounts with a header row and one account per row.',
    };
  const mapping = request.mapping ?? guessMapping(table.header);
  const plan = planAccountImport(table, mapping, request.existing);
  return {
    ok: true,
    header: table.header,
    rows: table.rows.length,
    mapping,
    plan: request.full ? plan : { ...plan, accounts: plan.accounts.slice(0, PREVIEW_ACCOUNTS) },
  };
}
