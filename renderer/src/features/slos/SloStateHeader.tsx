import type { Slo } from '../../../../shared/domain/slo';
import { alertStateText } from '../../../../shared/slo/alertState';
import { describeObjective, sliForReaders } from '../../../../shared/slo/describeSlo';
import { formatBurnRate, formatPercent } from '../../../../shared/slo/formatFigures';
import type { SloFigures } from '../../../../shared/slo/sloFigures';
import { roughTime } from '../../../../shared/slo/alertState';
import { useMinuteClock } from '../../ui/useMinuteClock';
import './sloState.css';

const utc = (ms: number) => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** How old the newest figure is, and where it came from. */
function freshness(slo: Slo, figures: SloFigures | null | undefined, now: number) {
  if (figures === undefined) return { text: 'Reading the SLI data…', stale: false };
  if (figures === null) return { text: 'No SLI data yet', stale: true };
  if (figures.source === 'manual')
    return { text: 'From incidents recorded by hand, up to now', stale: false };
  const summary = slo.dataSummary!;
  const age = Math.max(0, (now - summary.endMs) / 60_000);
  return {
    text: `Newest data ${utc(summary.endMs)} (${age < 1 ? 'just now' : `${roughTime(age)} ago`}), from ${summary.source}`,
    // Older than a day: the figures describe yesterday, not now.
    stale: age > 1440,
  };
}

/**
 * The first thing the SLO page says: is it healthy right now? The objective, the SLI, the budget
 * left, the burn, the alerts (coloured, with how soon the budget goes) and how fresh the data is.
 * Why it exists and whether it hears the customer follow below.
 */
export function SloStateHeader({
  slo,
  figures,
}: {
  slo: Slo;
  figures: SloFigures | null | undefined;
}) {
  const now = useMinuteClock();
  const status = figures?.status ?? null;
  const alert = alertStateText(status);
  const fresh = freshness(slo, figures, now);
  const remaining = status?.budgetRemaining ?? null;
  const measures = sliForReaders(slo);
  return (
    <section className="slo-state" aria-label="State now">
      <p className="slo-state-objective">
        {describeObjective(slo)}, of{' '}
        {measures ?? 'a PromQL query (Edit SLO to say in plain words what it counts)'}
      </p>
      <div
        className={`slo-state-alert alert-${alert.level}`}
        role="status"
        aria-label={`Alerts: ${alert.label}${alert.detail ? `, ${alert.detail}` : ''}`}
        data-testid="state-alerts"
      >
        <strong>{alert.label}</strong>
        {alert.detail && <span>{alert.detail}</span>}
        {status && alert.level !== 'quiet' && alert.level !== 'no-data' && (
          <span className="slo-state-which">
            {status.alerts
              .filter((a) => a.firing)
              .map((a) => `${a.severity} (burn above ${formatBurnRate(a.burnRate)})`)
              .join(', ')}
          </span>
        )}
      </div>
      <dl className="slo-state-figures">
        <div>
          <dt>SLI now</dt>
          <dd data-testid="state-sli">{formatPercent(status?.sli ?? null, 3)}</dd>
        </div>
        <div>
          <dt>Budget left</dt>
          <dd data-testid="state-remaining" className={(remaining ?? 1) < 0 ? 'bad' : undefined}>
            {formatPercent(remaining)}
          </dd>
        </div>
        <div>
          <dt>Burn rate (1 h)</dt>
          <dd
            data-testid="state-burn"
            className={(status?.currentBurnRate ?? 0) > 1 ? 'bad' : undefined}
          >
            {formatBurnRate(status?.currentBurnRate ?? null)}
          </dd>
        </div>
        <div className="slo-state-fresh">
          <dt>Data</dt>
          <dd className={fresh.stale ? 'warn' : undefined}>{fresh.text}</dd>
        </div>
      </dl>
    </section>
  );
}
