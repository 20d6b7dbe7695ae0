import { useMemo, useState } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import { formatCount, formatPercent } from '../../../../shared/slo/formatFigures';
import {
  periodHistory,
  periodVerdict,
  type HistoryUnit,
  type PeriodFigures,
} from '../../../../shared/slo/periodHistory';
import type { BudgetUnits } from '../../../../shared/slo/sliSeries';
import './sloHistory.css';

/** Weeks shown before "Show all": a quarter. */
const WEEKS_SHOWN = 13;

function cellClass(p: PeriodFigures): string {
  if (p.met === null) return `history-cell none${p.sli === null ? '' : ' partial'}`;
  return `history-cell ${p.met ? 'met' : 'missed'}${p.coverage < 1 ? ' partial' : ''}`;
}

/** Did we meet it each month (or week)? A strip to read at a glance, and the table behind it. */
export function SloHistory({ slo, units }: { slo: Slo; units: BudgetUnits }) {
  const [unit, setUnit] = useState<HistoryUnit>('month');
  const [showAll, setShowAll] = useState(false);
  const periods = useMemo(() => periodHistory(units, slo, unit), [units, slo, unit]);
  const judged = periods.filter((p) => p.met !== null);
  const missed = judged.filter((p) => p.met === false).length;
  const rows = [...periods].reverse();
  const shownRows = unit === 'week' && !showAll ? rows.slice(0, WEEKS_SHOWN) : rows;
  const noun = unit === 'month' ? 'month' : 'week';
  return (
    <section className="slo-history" aria-labelledby="slo-history-title">
      <div className="history-head">
        <h3 id="slo-history-title">History</h3>
        <div className="segmented" role="radiogroup" aria-label="History by">
          {(['month', 'week'] as const).map((u) => (
            <label key={u} className={unit === u ? 'on' : undefined}>
              <input
                type="radio"
                name={`history-unit-${slo.id}`}
                value={u}
                checked={unit === u}
                onChange={() => {
                  setUnit(u);
                  setShowAll(false);
                }}
              />
              By {u}
            </label>
          ))}
        </div>
      </div>
      {judged.length === 0 ? (
        <p className="field-hint">No {noun} has data yet.</p>
      ) : (
        <>
          <p className="history-summary">
            {missed === 0
              ? `Met in every ${noun} with data (${judged.length}).`
              : `Missed in ${missed} of ${judged.length} ${noun}s with data.`}{' '}
            Each {noun} is judged on its own events against the target.
          </p>
          <ol className="history-strip" aria-label={`Each ${noun}: met or missed`}>
            {periods.map((p) => {
              const name = `${unit === 'week' ? 'Week of ' : ''}${p.label}: ${p.sli === null ? 'no data' : `${formatPercent(p.sli, 3)}, ${periodVerdict(p)}`}`;
              return (
                <li key={p.startMs} className={cellClass(p)} title={name} aria-label={name}>
                  <span aria-hidden="true">{p.shortLabel}</span>
                </li>
              );
            })}
          </ol>
          <table className="plain-table history-table">
            <caption className="visually-hidden">SLI and budget consumed by {noun}</caption>
            <thead>
              <tr>
                <th scope="col">{unit === 'month' ? 'Month' : 'Week of'}</th>
                <th scope="col">SLI</th>
                <th scope="col">Budget consumed</th>
                <th scope="col">Bad / valid</th>
                <th scope="col">Verdict</th>
              </tr>
            </thead>
            <tbody>
              {shownRows.map((p) => (
                <tr key={p.startMs}>
                  <th scope="row">{p.label}</th>
                  <td>{formatPercent(p.sli, 3)}</td>
                  <td className={p.met === false && (p.consumed ?? 0) > 1 ? 'bad' : undefined}>
                    {formatPercent(p.consumed)}
                  </td>
                  <td>
                    {formatCount(p.bad)} / {formatCount(p.valid)}
                  </td>
                  <td className={p.met === false ? 'bad' : undefined}>{periodVerdict(p)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {unit === 'week' && rows.length > WEEKS_SHOWN && (
            <button type="button" className="link-button" onClick={() => setShowAll((v) => !v)}>
              {showAll ? `Show the last ${WEEKS_SHOWN} weeks` : `Show all ${rows.length} weeks`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
