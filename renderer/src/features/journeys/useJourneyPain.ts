import { useEffect, useState } from 'react';
import { useDatabase } from '../../db/DatabaseContext';
import { runDatabaseJobOffThread } from '../../workers/runDatabaseJobOffThread';

/**
 * Each journey's customer pain, read in the database worker (a workbook can hold 200,000 pain
 * points), while `wanted`; null until it is known. Read again whenever `freshness` changes.
 */
export function useJourneyPain(
  workbookId: string,
  wanted: boolean,
  freshness: unknown,
): Record<string, number> | null {
  const db = useDatabase();
  const [scores, setScores] = useState<{ for: unknown; value: Record<string, number> } | null>(
    null,
  );
  useEffect(() => {
    if (!wanted) return;
    const job = runDatabaseJobOffThread(db, { type: 'journey-pain', workbookId });
    void job.result.then((value) => setScores({ for: freshness, value }));
    return job.cancel;
  }, [db, workbookId, wanted, freshness]);
  return wanted && scores && scores.for === freshness ? scores.value : null;
}

/** Each journey's revenue at risk, read in the database worker while `wanted`; null until known. */
export function useJourneyRevenue(
  workbookId: string,
  wanted: boolean,
  freshness: unknown,
): Record<string, { value: number; text: string }> | null {
  const db = useDatabase();
  const [revenue, setRevenue] = useState<{
    for: unknown;
    value: Record<string, { value: number; text: string }>;
  } | null>(null);
  useEffect(() => {
    if (!wanted) return;
    const job = runDatabaseJobOffThread(db, { type: 'journey-revenue', workbookId });
    void job.result.then((value) => setRevenue({ for: freshness, value }));
    return job.cancel;
  }, [db, workbookId, wanted, freshness]);
  return wanted && revenue && revenue.for === freshness ? revenue.value : null;
}
