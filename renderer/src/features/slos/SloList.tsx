import type { Slo } from '../../../../shared/domain/slo';
import { formatPercent, formatTarget } from '../../../../shared/slo/formatFigures';
import { describeWindow } from '../../../../shared/slo/describeSlo';
import { useSloUi } from './sloStore';
import { useSloFigures } from './useSloStatus';

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

function SloRow({ slo, today }: { slo: Slo; today: string }) {
  const review = reviewText(slo, today);
  const select = useSloUi((s) => s.select);
  const figures = useSloFigures(slo, { statusOnly: true });
  const status = figures?.status;
  const firing = status?.alerts.filter((a) => a.firing) ?? [];
  const noData = figures === null ? 'No data yet' : '…';
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
        {status
          ? firing.length
            ? `${firing.map((a) => a.severity).join(', ')} firing`
            : 'no alert firing'
          : noData}
      </td>
      <td className={review.overdue ? 'bad' : undefined}>{review.text}</td>
    </tr>
  );
}

export function SloList({ slos }: { slos: Slo[] }) {
  const today = new Date().toISOString().slice(0, 10);
  const overdue = slos.filter((s) => reviewText(s, today).overdue).length;
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
            <th scope="col">Alerts</th>
            <th scope="col">Customer review</th>
          </tr>
        </thead>
        <tbody>
          {slos.map((slo) => (
            <SloRow key={slo.id} slo={slo} today={today} />
          ))}
        </tbody>
      </table>
    </>
  );
}
