import { useId, useMemo, useState } from 'react';
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { CHART_PALETTE } from '../../../../shared/report/chartPalette';
import type { Slo } from '../../../../shared/domain/slo';
import { formatMinutes } from '../../../../shared/slo/duration';
import { formatPercent, formatTarget } from '../../../../shared/slo/formatFigures';
import type { SloFigures } from '../../../../shared/slo/sloFigures';
import {
  targetCandidates,
  type TargetCandidate,
  type TargetChoice,
} from '../../../../shared/slo/target/targetCandidates';
import { candidateSummary } from '../../../../shared/slo/target/targetRationale';
import type { SloPurpose } from '../../db/sloPurpose';
import { UseTargetDialog } from './UseTargetDialog';
import './sloTarget.css';

/** Dispatched on `window` each time the candidate table is worked out. */
export const TARGET_CANDIDATES_COMPUTED = 'slo-workbook:target-candidates-computed';

const sameTarget = (a: number, b: number) => Math.abs(a - b) < 1e-12;

function windowsText(c: TargetCandidate): string {
  const judged = c.met + c.missed;
  const partial = c.partial ? `, ${c.partial} partial` : '';
  return judged ? `${c.met} of ${judged} met${partial}` : `none whole${partial}`;
}

/** The windows the table judges, named: "30 d windows", "Calendar months". */
function windowsHeading(slo: Slo): string {
  return slo.window.kind === 'rolling'
    ? `${formatMinutes(slo.window.minutes)} windows`
    : `Calendar ${slo.window.unit}s`;
}

function alertsText(days: number, minutes: number): string {
  if (days === 0) return 'none';
  return `on ${days} ${days === 1 ? 'day' : 'days'}, ${formatMinutes(minutes)} firing`;
}

function exhaustionText(c: TargetCandidate): string {
  if (!c.exhaustion) return 'never paged';
  const { shortestMinutes: s, longestMinutes: l } = c.exhaustion;
  const short = s === 0 ? 'already spent' : formatMinutes(s);
  return s === l ? short : `${short} to ${formatMinutes(l)}`;
}

function CandidateChart({ choice }: { choice: TargetChoice }) {
  const rows = choice.candidates.map((c) => ({
    label: formatTarget(c.target),
    pages: c.pageDays,
    tickets: c.ticketDays,
    heard: c.painHeard,
  }));
  const summary = choice.candidates
    .map((c) => `${formatTarget(c.target)}: ${c.pageDays} page days, ${c.painHeard} pain heard`)
    .join('; ');
  return (
    <figure className="chart">
      <figcaption>Days with an alert, and pain points heard, by target</figcaption>
      <div
        role="img"
        aria-label={`Alerts and pain heard by target: ${summary}`}
        style={{ width: '100%', height: 200 }}
      >
        <ResponsiveContainer width="100%" height="100%" minWidth={200}>
          <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={CHART_PALETTE.grid} vertical={false} />
            <XAxis dataKey="label" stroke={CHART_PALETTE.muted} />
            <YAxis allowDecimals={false} stroke={CHART_PALETTE.muted} width={36} />
            <Tooltip />
            <Legend />
            <Bar dataKey="pages" name="Days paged" fill={CHART_PALETTE.limit} />
            <Bar dataKey="tickets" name="Days ticketed" fill={CHART_PALETTE.warning} />
            <Line
              dataKey="heard"
              name="Pain points heard"
              stroke={CHART_PALETTE.series}
              strokeWidth={2}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/**
 * Choose the target from history: what each usual target (and the typed one) would have said
 * about the data at hand and the step's pain. "Use this target" records it with its rationale
 * and the validation with customer success.
 */
export function SloTargetChooser({
  slo,
  figures,
  purpose,
}: {
  slo: Slo;
  figures: SloFigures;
  purpose: SloPurpose | undefined;
}) {
  const [open, setOpen] = useState(false);
  const [using, setUsing] = useState<number | null>(null);
  const bodyId = useId();
  const stepName = purpose?.step?.name ?? null;
  const choice = useMemo(() => {
    if (!open) return null;
    // An event per computation: the e2e counts them to prove the table is worked out again only
    // when its inputs change, not as the clock turns (a faked clock also fakes User Timing marks).
    window.dispatchEvent(new Event(TARGET_CANDIDATES_COMPUTED));
    return targetCandidates({
      units: figures.units,
      window: slo.window,
      currentTarget: slo.target,
      alerts: slo.alerts,
      painPoints: purpose?.painPoints ?? [],
      stepName,
    });
  }, [open, figures.units, slo.window, slo.target, slo.alerts, purpose?.painPoints, stepName]);
  return (
    <section className="slo-target" aria-labelledby="slo-target-title">
      <div className="slo-target-head">
        <h3 id="slo-target-title">Choose the target from history</h3>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((v) => !v)}
        >
          {open ? 'Hide the candidate targets' : 'Compare targets against the history'}
        </button>
      </div>
      <div id={bodyId} hidden={!open}>
        {choice && (
          <>
            <p className="field-hint">
              Each target judged on the same {figures.units.unitName} as this SLO: its windows
              (partial when under half of one has data), the{' '}
              {choice.alertsAreDefaults ? 'SRE Workbook’s default' : 'SLO’s own'} burn-rate alerts
              replayed over the data, and the pain points recorded on{' '}
              {stepName ? `“${stepName}”` : 'its step (it is on none)'}.
              {choice.lowestHearing !== null &&
                ` ${formatTarget(choice.lowestHearing)} is the lowest target that still hears as many of them as any.`}
            </p>
            <div className="slo-target-scroll">
              <table className="plain-table slo-target-table">
                <caption className="visually-hidden">Candidate targets against the history</caption>
                <thead>
                  <tr>
                    <th scope="col">Target</th>
                    <th scope="col">{windowsHeading(slo)}</th>
                    <th scope="col">Worst window spent</th>
                    <th scope="col">Pages</th>
                    <th scope="col">Tickets</th>
                    <th scope="col">Budget gone while paging</th>
                    <th scope="col">Pain heard</th>
                    <th scope="col">
                      <span className="visually-hidden">Use</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {choice.candidates.map((c) => {
                    const lowest =
                      choice.lowestHearing !== null && sameTarget(c.target, choice.lowestHearing);
                    return (
                      <tr
                        key={c.target}
                        className={lowest ? 'lowest-hearing' : undefined}
                        title={`${formatTarget(c.target)} ${candidateSummary(c, stepName)}`}
                      >
                        <th scope="row">
                          {formatTarget(c.target)}
                          {c.isCurrent && <span className="tag">current</span>}
                          {lowest && <span className="tag tag-good">hears them, lowest</span>}
                        </th>
                        <td className={c.missed ? 'bad' : undefined}>{windowsText(c)}</td>
                        <td className={(c.worstConsumed ?? 0) > 1 ? 'bad' : undefined}>
                          {formatPercent(c.worstConsumed)}
                        </td>
                        <td>{alertsText(c.pageDays, c.pageMinutes)}</td>
                        <td>{alertsText(c.ticketDays, c.ticketMinutes)}</td>
                        <td>{exhaustionText(c)}</td>
                        <td>
                          {stepName && c.painJudged ? `${c.painHeard} of ${c.painJudged}` : '—'}
                        </td>
                        <td>
                          <button
                            type="button"
                            aria-label={`Use this target: ${formatTarget(c.target)}`}
                            onClick={() => setUsing(c.target)}
                          >
                            Use this target
                          </button>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <CandidateChart choice={choice} />
          </>
        )}
      </div>
      {using !== null && choice && (
        <UseTargetDialog
          slo={slo}
          choice={choice}
          target={using}
          stepName={stepName}
          onClose={() => setUsing(null)}
        />
      )}
    </section>
  );
}
