import type { WorkbookDatabase } from './database';
import { guardWrite } from './storageErrors';

/**
 * Takes back events just added together (from a chat log), in one transaction: the events and
 * any link made to them since. Returns how many were still there to take back.
 */
export async function removeAddedEvents(db: WorkbookDatabase, ids: string[]): Promise<number> {
  const gone = new Set(ids);
  return guardWrite('take the added events back', () =>
    db.transaction(
      'rw',
      db.timelineEvents,
      db.contributingFactors,
      db.participantAccounts,
      async () => {
        const events = (await db.timelineEvents.bulkGet(ids)).filter((e) => e !== undefined);
        const retroIds = [...new Set(events.map((e) => e.retroId))];
        for (const retroId of retroIds) {
          const factors = await db.contributingFactors.where('retroId').equals(retroId).toArray();
          await db.contributingFactors.bulkPut(
            factors
              .filter((f) => f.eventIds.some((id) => gone.has(id)))
              .map((f) => ({ ...f, eventIds: f.eventIds.filter((id) => !gone.has(id)) })),
          );
          const accounts = await db.participantAccounts.where('retroId').equals(retroId).toArray();
          await db.participantAccounts.bulkPut(
            accounts
              .filter((a) => a.eventViews.some((v) => gone.has(v.eventId)))
              .map((a) => ({
                ...a,
                eventViews: a.eventViews.filter((v) => !gone.has(v.eventId)),
              })),
          );
        }
        await db.timelineEvents.bulkDelete(events.map((e) => e.id));
        return events.length;
      },
    ),
  );
}
