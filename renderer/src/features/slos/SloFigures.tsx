import type { SloStatus } from '../../../../shared/slo/evaluateSlo';
import { formatMinutes } from '../../../../shared/slo/duration';
import { formatBurnRate, formatCount, formatPercent } from '../../../../shared/slo/formatFigures';

function formatTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/:\d\d\.\d{3}Z$/, ' UTC');
}

export function SloFiguresView({
  status,
  target,
  source,
}: {
  status: SloStatus;
  target: number;
  source: 'imported' | 'manual';
}) {
  const unit = status.unitName === 'slices' ? 'slices' : 'events';
  const lowTraffic = status.singleFailureShare !== null && status.singleFailureShare >= 0.01;
  return (
    <section aria-label="Budget figures" className="figures">
      <p className="as-of">
        As of {formatTime(status.atMs)} ({source === 'imported' ? 'the newest data' : 'now'}).
      </p>
      <dl className="figure-grid">
        <div>
          <dt>SLI</dt>
          <dd data-testid="figure-sli">{formatPercent(status.sli, 3)}</dd>
        </div>
        <div>
          <dt>Budget consumed</dt>
          <dd data-testid="figure-consumed">{formatPercent(status.budgetConsumed)}</dd>
        </div>
        <div>
          <dt>Budget remaining</dt>
          <dd
            data-testid="figure-remaining"
            className={(status.budgetRemaining ?? 1) < 0 ? 'bad' : undefined}
          >
            {formatPercent(status.budgetRemaining)}
          </dd>
        </div>
        <div>
          <dt>Allowed downtime</dt>
          <dd>{formatMinutes(status.allowedDowntimeMinutes)}</dd>
        </div>
        <div>
          <dt>Bad {unit} / allowed</dt>
          <dd>
            {formatCount(status.badEvents)} / {formatCount(status.allowedBadEvents)}
          </dd>
        </div>
        <div>
          <dt>Valid {unit}</dt>
          <dd>{formatCount(status.validEvents)}</dd>
        </div>
        <div>
          <dt>Data coverage</dt>
          <dd>{formatPercent(status.coverage)}</dd>
        </div>
        <div>
          <dt>Budget runs out</dt>
          <dd data-testid="figure-exhaustion">
            {status.exhaustionAtMs === null
              ? 'not at the current burn'
              : status.exhaustionAtMs <= status.atMs
                ? 'already spent'
                : formatTime(status.exhaustionAtMs)}
          </dd>
        </div>
      </dl>
      {lowTraffic && (
        <p className="notice-inline">
          Low traffic: with {formatCount(status.validEvents)} {unit} in the window, one more failure
          spends {formatPercent(status.singleFailureShare)} of the budget. Read these figures with
          the counts.
        </p>
      )}
      <h3>Burn rates</h3>
      <table className="plain-table">
        <caption className="visually-hidden">Burn rate by window</caption>
        <thead>
          <tr>
            {Object.keys(status.burnRates).map((w) => (
              <th key={w} scope="col">
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {Object.entries(status.burnRates).map(([w, rate]) => (
              <td key={w}>{formatBurnRate(rate)}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <h3>Alerts</h3>
      <table className="plain-table">
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Windows</th>
            <th scope="col">Fires above</th>
            <th scope="col">Long / short burn now</th>
            <th scope="col">State</th>
          </tr>
        </thead>
        <tbody>
          {status.alerts.map((alert, i) => (
            <tr key={i}>
              <td>{alert.severity}</td>
              <td>
                {formatMinutes(alert.longWindowMinutes)} & {formatMinutes(alert.shortWindowMinutes)}
              </td>
              <td>{formatBurnRate(alert.burnRate)}</td>
              <td>
                {formatBurnRate(alert.longBurnRate)} / {formatBurnRate(alert.shortBurnRate)}
              </td>
              <td className={alert.firing ? 'bad' : undefined}>
                {alert.firing ? 'FIRING' : 'quiet'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Error-budget policy</h3>
      {status.crossedPolicy.length === 0 ? (
        <p>
          No policy threshold is crossed{status.budgetConsumed === null ? ' (no data yet)' : ''}.
        </p>
      ) : (
        <ul>
          {status.crossedPolicy.map((p, i) => (
            <li key={i}>
              <strong>{formatPercent(p.consumedAtLeast, 0)} of the budget spent:</strong>{' '}
              {p.actions}
            </li>
          ))}
        </ul>
      )}
      <p className="field-hint">Target {formatPercent(target, 3)}.</p>
    </section>
  );
}
