import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import {
  evaluationWindow,
  statusFromUnits,
  type SloStatus,
} from '../../../../shared/slo/evaluateSlo';
import { seriesFromIncidents } from '../../../../shared/slo/manualIncidents';
import { buildBudgetUnits, type BudgetUnits } from '../../../../shared/slo/sliSeries';
import { useDatabase } from '../../db/DatabaseContext';
import { useMinuteClock } from '../../ui/useMinuteClock';
import { readSliData } from '../../db/sloRepository';

export interface SloFigures {
  units: BudgetUnits;
  status: SloStatus;
  /** Imported monitoring data, or minutes recorded by hand. */
  source: 'imported' | 'manual';
}

const MINUTE = 60_000;

/**
 * Evaluates an SLO: over its imported data at the newest sample, or, for a team without
 * exports, over the minutes recorded by hand up to now. `undefined` while loading, `null` when
 * there is nothing to evaluate.
 */
export function useSloFigures(slo: Slo): SloFigures | null | undefined {
  const db = useDatabase();
  const importedAt = slo.dataSummary?.importedAt;
  const data = useLiveQuery(() => readSliData(db, slo.id), [db, slo.id, importedAt]);
  const now = useMinuteClock();
  return useMemo(() => {
    if (data === undefined) return undefined;
    if (data && slo.dataSummary) {
      const units = buildBudgetUnits(data, slo);
      return {
        units,
        status: statusFromUnits(slo, units, slo.dataSummary.endMs),
        source: 'imported',
      };
    }
    const incidents = slo.manualIncidents ?? [];
    if (incidents.length === 0) return null;
    const window = evaluationWindow(slo.window, now);
    const series = seriesFromIncidents(incidents, window.fromMs + MINUTE, now);
    const units = buildBudgetUnits(series, slo);
    return { units, status: statusFromUnits(slo, units, now), source: 'manual' };
  }, [data, slo, now]);
}
