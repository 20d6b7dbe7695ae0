import {
  parseSliCsv,
  type CsvResult,
  type ImportedSli,
  type SliColumns,
} from '../../../../shared/slo/csv/parseSliCsv';
import { runInWorker } from '../../workers/runInWorker';
import type { CsvParseRequest } from './csvParse.worker';

/**
 * Parses a CSV export in a worker so a year of per-minute rows never freezes the window; where
 * workers are unavailable it parses here instead, with the same result.
 */
export function parseCsvOffThread(
  text: string,
  columns: SliColumns,
  timeZone: string,
  valueScale: number,
  onProgress: (fraction: number) => void,
): Promise<CsvResult<ImportedSli>> {
  const request: CsvParseRequest = { text, columns, timeZone, valueScale };
  return runInWorker(
    () => new Worker(new URL('./csvParse.worker.ts', import.meta.url), { type: 'module' }),
    request,
    async () => parseSliCsv(text, columns, { timeZone, valueScale, onProgress }),
    onProgress,
  ).result;
}
