import { useId, useState } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import type { SloStatus } from '../../../../shared/slo/evaluateSlo';
import { formatMinutes } from '../../../../shared/slo/duration';
import { budgetInTime, explainFigures } from '../../../../shared/slo/explainFigures';
import {
  formatBurnRate,
  formatCount,
  formatPercent,
  formatTarget,
} from '../../../../shared/slo/formatFigures';
import './sloFigures.css';

function formatTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace('T', ' ')
    .replace(/:\d\d\.\d{3}Z$/, ' UTC');
}

export function SloFiguresView({
  status,
  slo,
  source,
}: {
  status: SloStatus;
  slo: Pick<Slo, 'target' | 'window'>;
  source: 'imported' | 'manual';
}) {
  const unit = status.unitName === 'slices' ? 'slices' : 'events';
  const lowTraffic = status.singleFailureShare !== null && status.singleFailureShare >= 0.01;
  const [showWhy, setShowWhy] = useState(false);
  const whyId = useId();
  const time = budgetInTime(status);
  const explanations = showWhy ? explainFigures(status, slo, formatTime) : [];
  return (
    <section aria-label="Budget figures" className="figures">
      <div className="figures-head">
        <p className="as-of">
          As of {formatTime(status.atMs)} ({source === 'imported' ? 'the newest data' : 'now'}).
        </p>
        <button
          type="button"
          className="link-button"
          aria-expanded={showWhy}
          aria-controls={whyId}
          onClick={() => setShowWhy((v) => !v)}
        >
          {showWhy ? 'Hide the arithmetic' : 'How is each figure worked out?'}
        </button>
      </div>
      <dl className="figure-grid">
        <div>
          <dt>SLI</dt>
          <dd data-testid="figure-sli">{formatPercent(status.sli, 3)}</dd>
        </div>
        <div>
          <dt>Budget consumed</dt>
          <dd data-testid="figure-consumed">{formatPercent(status.budgetConsumed)}</dd>
          {time && (
            <dd className="figure-sub">
              {formatMinutes(time.spentMinutes)} of {formatMinutes(status.allowedDowntimeMinutes)}
            </dd>
          )}
        </div>
        <div>
          <dt>Budget remaining</dt>
          <dd
            data-testid="figure-remaining"
            className={(status.budgetRemaining ?? 1) < 0 ? 'bad' : undefined}
          >
            {formatPercent(status.budgetRemaining)}
          </dd>
          {time && (
            <dd className="figure-sub">
              {time.leftMinutes > 0
                ? `${formatMinutes(time.leftMinutes)} of downtime left`
                : `${formatMinutes(-time.leftMinutes)} over`}
            </dd>
          )}
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
          <dd data-testid="figure-coverage" className={status.coverage < 0.9 ? 'warn' : undefined}>
            {formatPercent(status.coverage)}
          </dd>
          {status.coverage < 1 && (
            <dd className="figure-sub">
              {formatMinutes((1 - status.coverage) * status.window.periodMinutes)} without data
            </dd>
          )}
        </div>
        <div>
          <dt>Budget runs out</dt>
          <dd data-testid="figure-exhaustion">
            {status.ranOutAtMs !== null
              ? `ran out on ${formatTime(status.ranOutAtMs)}`
              : status.exhaustionAtMs === null
                ? 'not at the current burn'
                : formatTime(status.exhaustionAtMs)}
          </dd>
        </div>
      </dl>
      <div id={whyId} hidden={!showWhy}>
        {showWhy && (
          <section aria-label="How the figures are worked out" className="figure-why">
            <dl>
              {explanations.map((e) => (
                <div key={e.key}>
                  <dt>{e.label}</dt>
                  <dd>{e.text}</dd>
                </div>
              ))}
            </dl>
          </section>
        )}
      </div>
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
      <p className="field-hint">Target {formatTarget(slo.target)}.</p>
    </section>
  );
}
