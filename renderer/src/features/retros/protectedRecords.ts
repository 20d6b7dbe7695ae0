import { useLiveQuery } from 'dexie-react-hooks';
import type { ActionItem } from '../../../../shared/domain/retro';
import { useDatabase } from '../../db/DatabaseContext';
import { listJourneys } from '../../db/journeyRepository';
import { listSlos } from '../../db/sloRepository';

/** Names of the SLOs and journeys an action item can protect, by id; undefined while reading. */
export function useProtectableNames(workbookId: string): Map<string, string> | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () =>
      new Map(
        [...(await listSlos(db, workbookId)), ...(await listJourneys(db, workbookId))].map((r) => [
          r.id,
          r.name,
        ]),
      ),
    [db, workbookId],
  );
}

/** "the SLO “…” and the journey “…”" an action item protects, or null when it protects nothing. */
export function protectedRecords(item: ActionItem, names: Map<string, string>): string | null {
  const parts = [
    item.sloId ? `the SLO “${names.get(item.sloId) ?? 'that was deleted'}”` : null,
    item.journeyId ? `the journey “${names.get(item.journeyId) ?? 'that was deleted'}”` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(' and ') : null;
}
