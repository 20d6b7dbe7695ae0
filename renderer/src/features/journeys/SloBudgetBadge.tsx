import type { Slo } from '../../../../shared/domain/slo';
import { formatPercent } from '../../../../shared/slo/formatFigures';
import { useSloFigures } from '../slos/useSloStatus';

/** One SLO's name and budget remaining, for the journey map. */
export function SloBudgetBadge({ slo }: { slo: Slo }) {
  const figures = useSloFigures(slo, { statusOnly: true });
  const remaining = figures?.status.budgetRemaining ?? null;
  const text =
    figures === undefined
      ? '…'
      : figures === null
        ? 'no data yet'
        : `${formatPercent(remaining)} budget left`;
  return (
    <span className={remaining !== null && remaining < 0 ? 'bad' : undefined}>
      {slo.name}: {text}
    </span>
  );
}
