import { useEffect, useState } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import type { DatabaseJobResults } from '../../workers/databaseJobs';
import { runDatabaseJobOffThread } from '../../workers/runDatabaseJobOffThread';

type JourneyTotals = 'journey-pain' | 'journey-revenue';

/**
 * A total per journey of a workbook, worked out in the database worker (a workbook can hold
 * 200,000 pain points) while `wanted`; null until it is known. Read again whenever `freshness`
 * changes.
 */
function useJourneyTotals<K extends JourneyTotals>(
  type: K,
  workbookId: string,
  wanted: boolean,
  freshness: unknown,
): DatabaseJobResults[K] | null {
  const db = useDatabase();
  const [totals, setTotals] = useState<{ for: unknown; value: DatabaseJobResults[K] } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    const job = runDatabaseJobOffThread(db, { type, workbookId });
    void job.result.then((value) =>
      setTotals({ for: freshness, value: value as DatabaseJobResults[K] }),
    );
    return job.cancel;
  }, [db, type, workbookId, wanted, freshness]);
  return wanted && totals && totals.for === freshness ? totals.value : null;
}

/** Each journey's customer pain, by journey id. */
export const useJourneyPain = (workbookId: string, wanted: boolean, freshness: unknown) =>
  useJourneyTotals('journey-pain', workbookId, wanted, freshness);

/** Each journey's revenue at risk, by journey id (journeys without named accounts absent). */
export const useJourneyRevenue = (workbookId: string, wanted: boolean, freshness: unknown) =>
  useJourneyTotals('journey-revenue', workbookId, wanted, freshness);
