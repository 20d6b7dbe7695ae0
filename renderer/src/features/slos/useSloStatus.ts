import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import { statusFromUnits, type SloStatus } from '../../../../shared/slo/evaluateSlo';
import { buildBudgetUnits, type BudgetUnits } from '../../../../shared/slo/sliSeries';
import { useDatabase } from '../../db/DatabaseContext';
import { readSliData } from '../../db/sloRepository';

export interface SloFigures {
  units: BudgetUnits;
  status: SloStatus;
}

/**
 * Reads the SLO's stored data and evaluates it at the newest sample. `undefined` while loading,
 * `null` when the SLO has no data yet.
 */
export function useSloFigures(slo: Slo): SloFigures | null | undefined {
  const db = useDatabase();
  const importedAt = slo.dataSummary?.importedAt;
  const data = useLiveQuery(() => readSliData(db, slo.id), [db, slo.id, importedAt]);
  return useMemo(() => {
    if (data === undefined) return undefined;
    if (data === null || !slo.dataSummary) return null;
    const units = buildBudgetUnits(data, slo);
    return { units, status: statusFromUnits(slo, units, slo.dataSummary.endMs) };
  }, [data, slo]);
}
