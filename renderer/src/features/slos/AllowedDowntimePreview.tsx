import { whatIf } from '../../../../shared/slo/budgetMath';
import { formatMinutes } from '../../../../shared/slo/duration';
import { formatTarget } from '../../../../shared/slo/formatFigures';

/** The what-if calculator: updates as the target and window are typed. */
export function AllowedDowntimePreview({
  target,
  windowMinutes,
  calendar,
}: {
  target: number | null;
  windowMinutes: number | null;
  calendar: boolean;
}) {
  const figures = target !== null && windowMinutes !== null ? whatIf(target, windowMinutes) : null;
  const windowText =
    windowMinutes === null ? '' : `${calendar ? 'about ' : ''}${formatMinutes(windowMinutes)}`;
  return (
    <section className="preview" aria-label="Allowed downtime">
      <h3>Allowed downtime</h3>
      <div role="status" aria-live="polite">
        {figures ? (
          <>
            <p className="preview-main">
              <strong data-testid="allowed-downtime-window">
                {formatMinutes(figures.perWindowMinutes)}
              </strong>{' '}
              per {windowText} window at {formatTarget(target!)}
            </p>
            <p>
              {formatMinutes(figures.perDayMinutes)} per day ·{' '}
              {formatMinutes(figures.perWeekMinutes)} per week
            </p>
          </>
        ) : (
          <p>Type a target and a window to see how much downtime they allow.</p>
        )}
      </div>
    </section>
  );
}
