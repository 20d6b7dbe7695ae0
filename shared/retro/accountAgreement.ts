import type { ParticipantAccount, TimelineEvent } from '../domain/retro';

export interface EventAgreement {
  agrees: { role: string; note: string }[];
  differs: { role: string; note: string }[];
}

/** For each timeline event, which accounts agree with it and which see it differently. */
export function accountAgreement(
  events: Pick<TimelineEvent, 'id'>[],
  accounts: Pick<ParticipantAccount, 'role' | 'eventViews'>[],
): Map<string, EventAgreement> {
  const byEvent = new Map<string, EventAgreement>(
    events.map((event) => [event.id, { agrees: [], differs: [] }]),
  );
  for (const account of accounts) {
    for (const view of account.eventViews) {
      const entry = byEvent.get(view.eventId);
      if (!entry) continue; // the event was deleted since
      (view.view === 'agrees' ? entry.agrees : entry.differs).push({
        role: account.role,
        note: view.note,
      });
    }
  }
  return byEvent;
}
