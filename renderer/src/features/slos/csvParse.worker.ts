import { parseSliCsv, type SliColumns } from '../../../../shared/slo/csv/parseSliCsv';

export interface CsvParseRequest {
  text: string;
  columns: SliColumns;
  timeZone: string;
  /** 0.01 reads percentages as ratios; 1 reads values as written. */
  valueScale: number;
}

// A dedicated worker's global: typed here because the renderer's lib is the DOM's.
const worker = self as unknown as {
  onmessage: ((event: MessageEvent<CsvParseRequest>) => void) | null;
  postMessage: (message: unknown, transfer?: Transferable[]) => void;
};

worker.onmessage = (event) => {
  const { text, columns, timeZone, valueScale } = event.data;
  const result = parseSliCsv(text, columns, {
    timeZone,
    valueScale,
    onProgress: (fraction) => worker.postMessage({ type: 'progress', fraction }),
  });
  const transfer: Transferable[] = [];
  if (result.ok) {
    const { data } = result.value;
    if (data.kind === 'counts') transfer.push(data.good.buffer, data.total.buffer);
    else transfer.push(data.values.buffer);
  }
  worker.postMessage({ type: 'done', value: result }, transfer);
};
