import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import {
  ALERT_LEVEL_RANK,
  alertStateText,
  type AlertLevel,
} from '../../../../shared/slo/alertState';
import { formatPercent, formatTarget } from '../../../../shared/slo/formatFigures';
import { describeWindow } from '../../../../shared/slo/describeSlo';
import { useSloUi } from './sloStore';
import { useSloFigures } from './useSloStatus';
import './sloState.css';

/** When customer success last validated it and whether its review is due, in a few words. */
function reviewText(slo: Slo, today: string): { text: string; overdue: boolean } {
  const overdue = slo.reviewDate !== '' && slo.reviewDate < today;
  const validated = slo.csValidatedOn ? `validated ${slo.csValidatedOn}` : 'not validated';
  if (!slo.reviewDate) return { text: `${validated}; no review set`, overdue };
  return {
    text: overdue
      ? `review overdue since ${slo.reviewDate}`
      : `${validated}; next ${slo.reviewDate}`,
    overdue,
  };
}

function SloRow({
  slo,
  today,
  onLevel,
}: {
  slo: Slo;
  today: string;
  /** Tells the list how loud this SLO's alerts are, so it can sort by them. */
  onLevel: (id: string, level: AlertLevel) => void;
}) {
  const review = reviewText(slo, today);
  const select = useSloUi((s) => s.select);
  const figures = useSloFigures(slo, { statusOnly: true });
  const status = figures?.status;
  const alert = alertStateText(status ?? null);
  const noData = figures === null ? 'No data yet' : '…';
  useEffect(() => {
    if (figures !== undefined) onLevel(slo.id, alert.level);
  }, [figures, alert.level, onLevel, slo.id]);
  return (
    <tr>
      <th scope="row">
        <button type="button" className="link-button" onClick={() => select(slo.id)}>
          {slo.name}
        </button>
      </th>
      <td>{formatTarget(slo.target)}</td>
      <td>{describeWindow(slo)}</td>
      <td>{status ? formatPercent(status.sli, 3) : noData}</td>
      <td className={status && (status.budgetRemaining ?? 1) < 0 ? 'bad' : undefined}>
        {status ? formatPercent(status.budgetRemaining) : noData}
      </td>
      <td>
        {status ? (
          <span className={`alert-badge alert-${alert.level}`}>
            {alert.label}
            {alert.detail && alert.level !== 'quiet' ? ` · ${alert.detail}` : ''}
          </span>
        ) : (
          noData
        )}
      </td>
      <td className={review.overdue ? 'bad' : undefined}>{review.text}</td>
    </tr>
  );
}

export function SloList({ slos }: { slos: Slo[] }) {
  const today = new Date().toISOString().slice(0, 10);
  const overdue = slos.filter((s) => reviewText(s, today).overdue).length;
  const [levels, setLevels] = useState<Record<string, AlertLevel>>({});
  const [byAlerts, setByAlerts] = useState(false);
  const onLevel = useCallback(
    (id: string, level: AlertLevel) =>
      setLevels((old) => (old[id] === level ? old : { ...old, [id]: level })),
    [],
  );
  // Loudest first; SLOs still loading after those with no data; names keep ties in order.
  const shown = useMemo(() => {
    if (!byAlerts) return slos;
    const rank = (s: Slo) => {
      const level = levels[s.id];
      return level ? ALERT_LEVEL_RANK[level] : Object.keys(ALERT_LEVEL_RANK).length;
    };
    return [...slos].sort((a, b) => rank(a) - rank(b));
  }, [slos, levels, byAlerts]);
  return (
    <>
      {overdue > 0 && (
        <p className="notice-inline" role="status">
          {overdue === 1 ? '1 SLO is' : `${overdue} SLOs are`} overdue for review with customer
          success: check that they still measure what customers feel.
        </p>
      )}
      <table className="slo-table">
        <caption>SLOs in this workbook</caption>
        <thead>
          <tr>
            <th scope="col">SLO</th>
            <th scope="col">Target</th>
            <th scope="col">Window</th>
            <th scope="col">SLI now</th>
            <th scope="col">Budget remaining</th>
            <th scope="col" aria-sort={byAlerts ? 'ascending' : 'none'}>
              <button
                type="button"
                className="link-button"
                aria-label={
                  byAlerts
                    ? 'Alerts: sorted loudest first; sort by name'
                    : 'Alerts: sort loudest first'
                }
                onClick={() => setByAlerts((v) => !v)}
              >
                Alerts {byAlerts ? '▲' : '↕'}
              </button>
            </th>
            <th scope="col">Customer review</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((slo) => (
            <SloRow key={slo.id} slo={slo} today={today} onLevel={onLevel} />
          ))}
        </tbody>
      </table>
    </>
  );
}
