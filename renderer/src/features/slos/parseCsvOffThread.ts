import {
  parseSliCsv,
  type CsvResult,
  type ImportedSli,
  type SliColumns,
} from '../../../../shared/slo/csv/parseSliCsv';

import type { CsvParseRequest } from './csvParse.worker';

type WorkerMessage =
  { type: 'progress'; fraction: number } | { type: 'done'; result: CsvResult<ImportedSli> };

/**
 * Parses a CSV export in a worker so a year of per-minute rows never freezes the window; where
 * workers are unavailable it parses here instead, with the same result.
 */
export function parseCsvOffThread(
  text: string,
  columns: SliColumns,
  timeZone: string,
  onProgress: (fraction: number) => void,
): Promise<CsvResult<ImportedSli>> {
  const here = () => parseSliCsv(text, columns, { timeZone, onProgress });
  if (typeof Worker === 'undefined') return Promise.resolve(here());
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./csvParse.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(here());
      return;
    }
    worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
      if (event.data.type === 'progress') onProgress(event.data.fraction);
      else {
        worker.terminate();
        resolve(event.data.result);
      }
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(here());
    };
    const request: CsvParseRequest = { text, columns, timeZone };
    worker.postMessage(request);
  });
}
