import { PAIN_SOURCES, SEVERITIES, type Account } from '../../../../shared/domain/journey';
import type { PainFilter } from '../../../../shared/journey/priority';

export function PainFilterBar({
  filter,
  accounts,
  onChange,
}: {
  filter: PainFilter;
  accounts: Account[];
  onChange: (filter: PainFilter) => void;
}) {
  return (
    <fieldset className="filter-bar">
      <legend>Show pain points</legend>
      <label>
        Account
        <select
          value={filter.accountId ?? ''}
          onChange={(e) => onChange({ ...filter, accountId: e.target.value || null })}
        >
          <option value="">all accounts</option>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        Severity
        <select
          value={filter.severity ?? ''}
          onChange={(e) =>
            onChange({ ...filter, severity: (e.target.value || null) as PainFilter['severity'] })
          }
        >
          <option value="">any</option>
          {SEVERITIES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Source
        <select
          value={filter.source ?? ''}
          onChange={(e) =>
            onChange({ ...filter, source: (e.target.value || null) as PainFilter['source'] })
          }
        >
          <option value="">any</option>
          {PAIN_SOURCES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        From
        <input
          type="date"
          value={filter.from ?? ''}
          onChange={(e) => onChange({ ...filter, from: e.target.value || null })}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={filter.to ?? ''}
          onChange={(e) => onChange({ ...filter, to: e.target.value || null })}
        />
      </label>
      <button type="button" onClick={() => onChange({})}>
        Show all
      </button>
    </fieldset>
  );
}
