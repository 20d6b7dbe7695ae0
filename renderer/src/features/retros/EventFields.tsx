import { useId } from 'react';

export interface EventFieldValues {
  at: string;
  role: string;
  source: string;
}

/** Time, role and source of a timeline event: the same fields for a new event and a saved one. */
export function EventFields({
  value,
  onChange,
  rolesListId,
  timeLabel,
}: {
  value: EventFieldValues;
  onChange: (change: Partial<EventFieldValues>) => void;
  rolesListId: string;
  timeLabel: string;
}) {
  const id = useId();
  const invalidTime = value.at !== '' && !Number.isFinite(new Date(value.at).getTime());
  return (
    <div className="field-row">
      <div className="field">
        <label htmlFor={`${id}-at`}>{timeLabel}</label>
        <input
          id={`${id}-at`}
          type="datetime-local"
          value={value.at}
          aria-invalid={invalidTime || value.at === '' ? true : undefined}
          onChange={(e) => onChange({ at: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Role or team</label>
        <input
          id={`${id}-role`}
          list={rolesListId}
          value={value.role}
          placeholder="e.g. on-call SRE"
          onChange={(e) => onChange({ role: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-source`}>Source</label>
        <input
          id={`${id}-source`}
          value={value.source}
          placeholder="chat, alert, dashboard…"
          onChange={(e) => onChange({ source: e.target.value })}
        />
      </div>
    </div>
  );
}
