import type { SliData } from './sliSeries';
import { MAX_SERIES_POINTS, MIN_STEP_MS } from '../domain/bounds';

const DAY_MS = 86_400_000;

/** One stored row of SLI data: the grid points of one UTC day. */
export interface SliChunk {
  dayStartMs: number;
  startMs: number;
  stepMs: number;
  kind: SliData['kind'];
  /** counts: good and total; values: values. Typed arrays store compactly in IndexedDB. */
  a: Float64Array;
  b: Float64Array | null;
}

/** Splits a series into per-day chunks, so a year of minutes is 365 rows, not 525,600. */
export function splitIntoDayChunks(data: SliData): SliChunk[] {
  const a = data.kind === 'counts' ? data.good : data.values;
  const b = data.kind === 'counts' ? data.total : null;
  const chunks: SliChunk[] = [];
  let i = 0;
  while (i < a.length) {
    const t = data.startMs + i * data.stepMs;
    const dayStartMs = Math.floor(t / DAY_MS) * DAY_MS;
    const nextDay = dayStartMs + DAY_MS;
    const end = Math.min(a.length, Math.ceil((nextDay - data.startMs) / data.stepMs));
    let hasData = false;
    for (let k = i; k < end; k += 1) {
      if (!Number.isNaN(a[k]!)) {
        hasData = true;
        break;
      }
    }
    // Days with no data at all are not stored; joining puts the gap back.
    if (hasData) {
      chunks.push({
        dayStartMs,
        startMs: t,
        stepMs: data.stepMs,
        kind: data.kind,
        a: a.slice(i, end),
        b: b ? b.slice(i, end) : null,
      });
    }
    i = end;
  }
  return chunks;
}

/** Rebuilds the series from its chunks (any order), with NaN gaps between them. */
export function joinChunks(chunks: SliChunk[]): SliData | null {
  if (chunks.length === 0) return null;
  const sorted = [...chunks].sort((x, y) => x.startMs - y.startMs);
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const { stepMs, kind, startMs } = first;
  const length = Math.round((last.startMs - startMs) / stepMs) + last.a.length;
  // Files are checked against these bounds before anything is stored; data stored by an older
  // version is checked here, so it is refused in words instead of exhausting the memory.
  if (!(length > 0 && length <= MAX_SERIES_POINTS) || stepMs < MIN_STEP_MS) {
    throw new Error(
      "This SLO's stored SLI data spans too long a time for its step (more than " +
        `${MAX_SERIES_POINTS.toLocaleString('en-US')} steps). Import its data again.`,
    );
  }
  const a = new Float64Array(length).fill(Number.NaN);
  const b = kind === 'counts' ? new Float64Array(length).fill(Number.NaN) : null;
  for (const chunk of sorted) {
    const offset = Math.round((chunk.startMs - startMs) / stepMs);
    if (chunk.stepMs !== stepMs || chunk.kind !== kind || offset + chunk.a.length > length) {
      throw new Error("This SLO's stored SLI data is inconsistent. Import its data again.");
    }
    a.set(chunk.a, offset);
    if (b && chunk.b) b.set(chunk.b, offset);
  }
  return kind === 'counts'
    ? { kind, startMs, stepMs, good: a, total: b! }
    : { kind, startMs, stepMs, values: a };
}
