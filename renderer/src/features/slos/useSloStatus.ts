import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import {
  figuresClockMs,
  sloFigures,
  statusDataFromMs,
  type SloFigures,
} from '../../../../shared/slo/sloFigures';
import { useDatabase } from '../../db/DatabaseContext';
import { readSliData, readSliDataForStatus } from '../../db/sloRepository';
import { useMinuteClock } from '../../ui/useMinuteClock';

/**
 * `undefined` while loading, `null` when the SLO has nothing to evaluate. With `statusOnly`, the
 * units cover just what the status needs (a list row, a badge), not all the imported data.
 */
export function useSloFigures(
  slo: Slo,
  { statusOnly = false }: { statusOnly?: boolean } = {},
): SloFigures | null | undefined {
  const db = useDatabase();
  const importedAt = slo.dataSummary?.importedAt;
  // How far back the status reads follows the window and the alerts, not the record's identity.
  const fromMs = statusOnly ? statusDataFromMs(slo) : null;
  const data = useLiveQuery(
    () => (statusOnly ? readSliDataForStatus(db, slo) : readSliData(db, slo.id)),
    [db, slo.id, importedAt, statusOnly, fromMs],
  );
  const now = useMinuteClock();
  // Only minutes recorded by hand are evaluated up to now; imported data keeps its figures (and
  // everything derived from them, such as the candidate-target table) as the minutes turn.
  const clock = data === undefined ? null : figuresClockMs(slo, data, now);
  return useMemo(
    () => (data === undefined ? undefined : sloFigures(slo, data, clock ?? 0)),
    [data, slo, clock],
  );
}
