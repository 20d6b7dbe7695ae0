import type { TimelineEvent } from '../../../../shared/domain/retro';
import type { EventAgreement } from '../../../../shared/retro/accountAgreement';
import { formatLocalTime } from '../../ui/localTime';
import { EVENT_MARK_LABELS } from '../../../../shared/domain/labels';

/** The timeline read top to bottom, one line an event, with marks and where accounts differ. */
export function TimelineGlance({
  events,
  agreement,
  onPick,
}: {
  events: TimelineEvent[];
  agreement: Map<string, EventAgreement>;
  /** Goes to the event's editable row. */
  onPick: (eventId: string) => void;
}) {
  return (
    <ol className="timeline-glance" aria-label="Timeline at a glance">
      {events.map((event) => {
        const views = agreement.get(event.id);
        const differ = views?.differs.map((d) => d.role) ?? [];
        const time = formatLocalTime(Date.parse(event.at));
        return (
          <li key={event.id} className={event.marks.length ? 'marked' : undefined}>
            <button
              type="button"
              className="link-button"
              aria-label={`Edit the event at ${time}`}
              onClick={() => onPick(event.id)}
            >
              <time dateTime={event.at}>{time}</time>
            </button>{' '}
            {event.role && <strong>{event.role}</strong>} {event.what}
            {event.marks.map((mark) => (
              <span key={mark} className="mark">
                {EVENT_MARK_LABELS[mark]}
              </span>
            ))}
            {differ.length > 0 && (
              <span className="differs"> seen differently by {differ.join(', ')}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
