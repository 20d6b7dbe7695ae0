import {
  explainRevenue,
  formatRevenue,
  type RevenueAtRisk,
} from '../../../shared/customer/revenueAtRisk';
import './RevenueFigure.css';

/**
 * Revenue at risk with how it was summed, as the priority list shows a score with its sum. A
 * plain widget in ui/: journeys, accounts and incidents all show it.
 */
export function RevenueFigure({ label, risk }: { label: string; risk: RevenueAtRisk }) {
  return (
    <div className="revenue-figure" role="group" aria-label={label}>
      <span className="muted">{label}</span>
      {/* With no ARR known, "ARR not recorded" once, with the accounts it is missing for. */}
      {risk.sums.length > 0 && <strong>{formatRevenue(risk)}</strong>}
      <span className="how">{explainRevenue(risk)}</span>
    </div>
  );
}
