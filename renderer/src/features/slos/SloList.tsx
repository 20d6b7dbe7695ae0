import type { Slo } from '../../../../shared/domain/slo';
import { formatPercent, formatTarget } from '../../../../shared/slo/formatFigures';
import { describeWindow } from '../../../../shared/slo/describeSlo';
import { useSloUi } from './sloStore';
import { useSloFigures } from './useSloStatus';

function SloRow({ slo }: { slo: Slo }) {
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
    </tr>
  );
}

export function SloList({ slos }: { slos: Slo[] }) {
  return (
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
        </tr>
      </thead>
      <tbody>
        {slos.map((slo) => (
          <SloRow key={slo.id} slo={slo} />
        ))}
      </tbody>
    </table>
  );
}
