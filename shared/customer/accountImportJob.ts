import type { Account } from '../domain/journey';
import {
  explainMapping,
  planAccountImport,
  type AccountImportPlan,
  type CellEdits,
  type ColumnMapping,
  type MappingGuess,
} from './accountImport';
import { readCsvTable } from './csvRecords';

/** Rows of the plan a preview carries; the check covers every row. */
export const PREVIEW_ACCOUNTS = 8;
/** Problems a preview carries (with their count); the import and the CLI see them all. */
export const PREVIEW_PROBLEMS = 200;

export interface AccountImportRequest {
  text: string;
  /** The columns as the person set them; null to guess them from the header. */
  mapping: ColumnMapping | null;
  existing: Account[];
  /** Cells the person fixed in the preview. */
  edits?: CellEdits;
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
      /** The columns guessed from the file, and why each field has its column (or none). */
      guessed: ColumnMapping;
      reasons: MappingGuess['reasons'];
      /** All problems' count; with `full`, `plan.rowProblems` holds them all. */
      problemCount: number;
      /** With `full`, every planned account; otherwise the first few. */
      plan: AccountImportPlan;
    };

/**
 * Reads a CRM file and plans its import, in one step a worker can run (a 100,000-row export takes
 * seconds to read and check): the preview carries a few accounts, the import all of them. The
 * dialog and `workbook accounts` both call it.
 */
export function checkAccountImport(request: AccountImportRequest): AccountImportCheck {
  const table = readCsvTable(request.text);
  if (!table || table.rows.length === 0)
    return {
      ok: false,
      message:
        'The file holds no rows: export the accounts with a header row and one account per row.',
    };
  const guess = explainMapping(
    table.header,
    table.rows.slice(0, 200).map((r) => r.cells),
  );
  const mapping = request.mapping ?? guess.mapping;
  const plan = planAccountImport(table, mapping, request.existing, {
    edits: request.edits ?? {},
  });
  return {
    ok: true,
    header: table.header,
    rows: table.rows.length,
    mapping,
    guessed: guess.mapping,
    reasons: guess.reasons,
    problemCount: plan.rowProblems.length,
    plan: request.full
      ? plan
      : {
          ...plan,
          accounts: plan.accounts.slice(0, PREVIEW_ACCOUNTS),
          rowProblems: plan.rowProblems.slice(0, PREVIEW_PROBLEMS),
        },
  };
}
