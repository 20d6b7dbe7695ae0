import {
  parseSliCsv,
  type CsvResult,
  type ImportedSli,
  type SliColumns,
} from '../../../../shared/slo/csv/parseSliCsv';
import { runInWorker, type WorkerRun } from '../../workers/runInWorker';
import type { CsvParseRequest } from './csvParse.worker';

/**
 * Parses a CSV export in a worker so a year of per-minute rows never freezes the window; where
 * workers are unavailable it parses here instead, with the same result. Cancel a run whose
 * answer is no longer wanted (the person changed a column meanwhile).
 */
export function startCsvParse(
  text: string,
  columns: SliColumns,
  timeZone: string,
  valueScale: number,
  onProgress?: (fraction: number) => void,
): WorkerRun<CsvResult<ImportedSli>> {
  const request: CsvParseRequest = { text, columns, timeZone, valueScale };
  return runInWorker(
    () => new Worker(new URL('./csvParse.worker.ts', import.meta.url), { type: 'module' }),
    request,
    async () =>
      parseSliCsv(text, columns, { timeZone, valueScale, ...(onProgress ? { onProgress } : {}) }),
    onProgress,
  );
}

export function parseCsvOffThread(
  text: string,
  columns: SliColumns,
  timeZone: string,
  valueScale: number,
  onProgress: (fraction: number) => void,
): Promise<CsvResult<ImportedSli>> {
  return startCsvParse(text, columns, timeZone, valueScale, onProgress).result;
}
