import { nowIso } from '../../../shared/domain/ids';
import { withoutTrailingGaps } from '../../../shared/slo/trailingGaps';
import { DAY_MS, MAX_SERIES_POINTS, MIN_STEP_MS } from '../../../shared/domain/bounds';
import { joinChunks, splitIntoDayChunks } from '../../../shared/slo/sliChunks';
import type { SliData } from '../../../shared/slo/sliSeries';
import { appendPulled } from '../../../shared/slo/prometheus/pullSliHistory';
import type { WorkbookDatabase } from './database';
import { guardWrite, recordGone } from './storageErrors';

function countRows(data: SliData): { rows: number; gaps: number; length: number } {
  const first = data.kind === 'counts' ? data.total : data.values;
  let gaps = 0;
  for (const v of first) if (Number.isNaN(v)) gaps += 1;
  return { rows: first.length - gaps, gaps, length: first.length };
}

/**
 * Stores SLI history pulled from Prometheus, in one transaction: appended to the SLO's data when
 * `append` (a rerun that fetched only what is new, on the same grid), else in its place. A pull
 * that failed never gets here, so the SLO's data stays exactly as it was.
 */
export async function storePulledSli(
  db: WorkbookDatabase,
  sloId: string,
  pulled: SliData,
  source: string,
  append: boolean,
): Promise<void> {
  await guardWrite('store the pulled SLI data', () =>
    db.transaction('rw', db.slos, db.sliChunks, async () => {
      const slo = await db.slos.get(sloId);
      if (!slo) throw recordGone('SLO');
      let data = pulled;
      if (append) {
        const stored = joinChunks(await db.sliChunks.where('sloId').equals(sloId).toArray());
        const joined = stored ? appendPulled(stored, pulled, MAX_SERIES_POINTS) : null;
        if (joined) data = joined;
      }
      data = withoutTrailingGaps(data);
      const { rows, gaps, length } = countRows(data);
      // The bounds a stored series keeps (as the SLO schema's summary says), checked before any write.
      if (
        !(data.stepMs >= MIN_STEP_MS && data.stepMs <= DAY_MS) ||
        !(length > 0 && length <= MAX_SERIES_POINTS)
      )
        throw new Error('the pulled data has no steps, or more than SLO Workbook keeps');
      await db.sliChunks.where('sloId').equals(sloId).delete();
      await db.sliChunks.bulkAdd(
        splitIntoDayChunks(data).map((chunk) => ({ ...chunk, sloId, workbookId: slo.workbookId })),
      );
      await db.slos.update(sloId, {
        dataSummary: {
          kind: data.kind,
          startMs: data.startMs,
          endMs: data.startMs + (length - 1) * data.stepMs,
          stepMs: data.stepMs,
          rows,
          gaps,
          source,
          importedAt: nowIso(),
        },
        updatedAt: nowIso(),
      });
    }),
  );
}
