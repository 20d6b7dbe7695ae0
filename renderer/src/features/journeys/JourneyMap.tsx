import { CHART_PALETTE } from '../../../../shared/report/chartPalette';
import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import type { Account, JourneyStep, PainPoint } from '../../../../shared/domain/journey';
import {
  accountsById,
  explainRevenue,
  formatRevenue,
  NO_REVENUE_AT_RISK,
  rankingValue,
  revenueByStep,
} from '../../../../shared/customer/revenueAtRisk';
import { useJourneyUi } from './journeyStore';
import type { Slo } from '../../../../shared/domain/slo';
import { rankSteps } from '../../../../shared/journey/priority';
import { stageRuns } from '../../../../shared/journey/stageRuns';
import { emotionLabel } from '../../../../shared/domain/labels';
import { SloBudgetBadge } from './SloBudgetBadge';
import { StepRetroLinks } from './StepRetroLinks';
import type { Retro } from '../../../../shared/domain/retro';

/** Steps left to right: what customers feel, how much pain, and whether the SLOs hold. */
export function JourneyMap({
  steps,
  painPoints,
  accounts,
  slos,
  retros,
}: {
  steps: JourneyStep[];
  painPoints: PainPoint[];
  accounts: Account[];
  slos: Slo[];
  retros: Retro[];
}) {
  const rankBy = useJourneyUi((s) => s.rankBy);
  const ranked = new Map(rankSteps(steps, painPoints).map((r) => [r.step.id, r]));
  const maxScore = Math.max(1, ...[...ranked.values()].map((r) => r.score));
  const risks = revenueByStep(painPoints, accountsById(accounts));
  const maxRisk = Math.max(0, ...[...risks.values()].map(rankingValue));
  const curve = steps.map((s) => ({ name: s.name, emotion: s.emotion }));
  return (
    <section aria-label="Journey map" className="journey-map">
      <div
        className="map-columns"
        style={{ gridTemplateColumns: `repeat(${steps.length}, minmax(9rem, 1fr))` }}
      >
        {stageRuns(steps).map((run) => (
          <div
            key={run.first}
            className={`map-stage-band${run.stage ? '' : ' blank'}`}
            style={{ gridColumn: `${run.first + 1} / span ${run.count}`, gridRow: 1 }}
          >
            {run.stage}
          </div>
        ))}
        {steps.map((step) => {
          const r = ranked.get(step.id)!;
          const stepSlos = slos.filter((s) => s.stepId === step.id);
          const risk = risks.get(step.id) ?? NO_REVENUE_AT_RISK;
          const hot =
            rankBy === 'revenue'
              ? maxRisk > 0 && rankingValue(risk) === maxRisk
              : r.score === maxScore && r.score > 0;
          return (
            <article
              key={step.id}
              style={{ gridRow: 2 }}
              className={`map-step${hot ? ' hot' : ''}`}
              aria-label={`Map step ${step.position + 1}: ${step.name}`}
            >
              <h3>{step.name}</h3>
              <p>Feels {emotionLabel(step.emotion)}</p>
              <p>
                {r.painPoints} pain point{r.painPoints === 1 ? '' : 's'} · {r.accounts} account
                {r.accounts === 1 ? '' : 's'}
              </p>
              <div className="pain-bar" aria-label={`Pain weight ${r.score}`} role="img">
                <span style={{ width: `${(r.score / maxScore) * 100}%` }} />
              </div>
              <p className="field-hint">
                Customer impact {r.score} · evidence: {step.evidence}
              </p>
              {/* Only a known sum: "ARR not recorded" on every step said nothing new. */}
              {risk.sums.length > 0 && (
                <p className="map-revenue" title={explainRevenue(risk)}>
                  Revenue at risk: <strong>{formatRevenue(risk)}</strong>
                </p>
              )}
              {stepSlos.length === 0 ? (
                <p className="field-hint">No SLO measures this step</p>
              ) : (
                <ul className="map-slos">
                  {stepSlos.map((slo) => (
                    <li key={slo.id}>
                      <SloBudgetBadge slo={slo} />
                    </li>
                  ))}
                </ul>
              )}
              <StepRetroLinks
                stepName={step.name}
                retros={retros.filter((retro) => retro.stepIds.includes(step.id))}
              />
            </article>
          );
        })}
        {/* Inside the grid, across every column, so each point sits under its step's card and
            the curve scrolls with the cards when a long journey is wider than the window. */}
        <figure className="chart emotion-curve" style={{ gridColumn: '1 / -1', gridRow: 3 }}>
          <figcaption>Emotion curve</figcaption>
          <div
            role="img"
            aria-label={`Emotion curve: ${curve.map((c) => `${c.name} ${c.emotion}`).join(', ')}`}
            style={{ height: 150 }}
          >
            <ResponsiveContainer width="100%" height="100%" minWidth={200}>
              <LineChart data={curve} margin={{ top: 22, right: 0, bottom: 4, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="name" scale="band" hide />
                <YAxis domain={[-2, 2]} ticks={[-2, -1, 0, 1, 2]} hide />
                <Line
                  type="monotone"
                  dataKey="emotion"
                  stroke={CHART_PALETTE.event}
                  strokeWidth={2}
                  isAnimationActive={false}
                >
                  <LabelList
                    dataKey="emotion"
                    position="top"
                    className="emotion-label"
                    formatter={(value: unknown) => emotionLabel(Number(value))}
                  />
                </Line>
              </LineChart>
            </ResponsiveContainer>
          </div>
        </figure>
      </div>
    </section>
  );
}
