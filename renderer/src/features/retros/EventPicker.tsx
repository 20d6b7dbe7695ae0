import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../../../../shared/domain/retro';
import { formatLocalTime } from '../../ui/localTime';

/** Matches listed at once; typing narrows the rest. */
const MATCHES_SHOWN = 8;

export const eventSummary = (event: TimelineEvent) =>
  `${formatLocalTime(Date.parse(event.at))} ${event.what.length > 70 ? `${event.what.slice(0, 70)}…` : event.what}`;

/** Does the event match what was typed: every word in its time, role, words or source. */
function matches(event: TimelineEvent, words: string[]): boolean {
  const text =
    `${formatLocalTime(Date.parse(event.at))} ${event.role} ${event.what} ${event.source}`.toLowerCase();
  return words.every((word) => text.includes(word));
}

/**
 * The timeline events a record (a contributing factor) relates to: chips for those picked, and a
 * search box listing the others by time or words, picked with ↑ ↓ and Enter or a click (the
 * combobox pattern), so a long timeline never becomes a wall of checkboxes.
 */
export function EventPicker({
  label,
  events,
  picked,
  onChange,
}: {
  label: string;
  events: TimelineEvent[];
  picked: readonly string[];
  onChange: (eventIds: string[]) => void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(0);
  const chosen = useMemo(
    () => events.filter((event) => picked.includes(event.id)),
    [events, picked],
  );
  const candidates = useMemo(() => {
    const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return events.filter((event) => !picked.includes(event.id) && matches(event, words));
  }, [events, picked, query]);
  const shown = candidates.slice(0, MATCHES_SHOWN);
  const current = Math.min(highlight, shown.length - 1);
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-option-${i}`;

  const pick = (event: TimelineEvent) => {
    onChange([...picked, event.id]);
    setQuery('');
    setHighlight(0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      const by = e.key === 'ArrowDown' ? 1 : -1;
      setHighlight(Math.max(0, Math.min(shown.length - 1, current + by)));
    } else if (e.key === 'Enter') {
      // Enter picks; it never submits a form around the picker half-done.
      e.preventDefault();
      const event = open ? shown[current] : undefined;
      if (event) pick(event);
      else setOpen(true);
    } else if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="event-picker">
      <span className="event-picker-label" id={`${id}-label`}>
        {label}
      </span>
      {chosen.length === 0 ? (
        <p className="field-hint">None linked yet.</p>
      ) : (
        <ul className="event-chips" aria-labelledby={`${id}-label`}>
          {chosen.map((event) => (
            <li key={event.id} className="event-chip">
              <span>{eventSummary(event)}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={`Unlink the event ${eventSummary(event)}`}
                onClick={() => onChange(picked.filter((x) => x !== event.id))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {events.length > chosen.length && (
        <div className="event-search">
          <label htmlFor={`${id}-find`}>Link an event</label>
          <input
            id={`${id}-find`}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-expanded={open && shown.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && shown.length > 0 ? optionId(current) : undefined}
            placeholder="Type a time or words, e.g. 05:29 or rollback"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setOpen(true);
              setHighlight(0);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          {open && (
            <ul id={listId} role="listbox" aria-label="Events to link" className="event-options">
              {shown.map((event, i) => (
                <li
                  key={event.id}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === current}
                  className={i === current ? 'highlighted' : undefined}
                  // Before the input's blur closes the list, so the click lands.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => pick(event)}
                >
                  {eventSummary(event)}
                  {event.role && <span className="option-role"> · {event.role}</span>}
                </li>
              ))}
              {shown.length === 0 && (
                <li role="option" aria-selected={false} aria-disabled="true" className="no-match">
                  No other event matches “{query.trim()}”.
                </li>
              )}
            </ul>
          )}
          {open && candidates.length > shown.length && (
            <p className="more-matches field-hint">
              {candidates.length - shown.length} more: type to narrow.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
