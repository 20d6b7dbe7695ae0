import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import { sloFigures, type SloFigures } from '../../../../shared/slo/sloFigures';
import { useDatabase } from '../../db/DatabaseContext';
import { readSliData } from '../../db/sloRepository';
import { useMinuteClock } from '../../ui/useMinuteClock';

/** `undefined` while loading, `null` when the SLO has nothing to evaluate. */
export function useSloFigures(slo: Slo): SloFigures | null | undefined {
  const db = useDatabase();
  const importedAt = slo.dataSummary?.importedAt;
  const data = useLiveQuery(() => readSliData(db, slo.id), [db, slo.id, importedAt]);
  const now = useMinuteClock();
  return useMemo(
    () => (data === undefined ? undefined : sloFigures(slo, data, now)),
    [data, slo, now],
  );
}
