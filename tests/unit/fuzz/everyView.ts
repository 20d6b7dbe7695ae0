import type { WorkbookContents } from '../../../shared/domain/workbookFile';
import { journeyHealth } from '../../../shared/journey/journeyHealth';
import { journeyPainScores } from '../../../shared/journey/journeyPainScores';
import { rankSteps } from '../../../shared/journey/priority';
import { stageRuns } from '../../../shared/journey/stageRuns';
import { renderAllReports } from '../../../shared/report/allReports';
import { sliDataOf } from '../../../shared/report/reportContext';
import { accountAgreement } from '../../../shared/retro/accountAgreement';
import { actionOverview } from '../../../shared/retro/actionOverview';
import { buildAgenda } from '../../../shared/retro/agenda';
import { incidentBudgetSpend, incidentDurations } from '../../../shared/retro/incidentFigures';
import { nextSessionNotBefore, readTimer } from '../../../shared/retro/sessionTimer';
import { budgetBurnDown, burnRateOverTime, sliOverTime } from '../../../shared/slo/chartSeries';
import { sloFigures } from '../../../shared/slo/sloFigures';
import { timeTicks } from '../../../shared/slo/timeTicks';

const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));

/**
 * Computes what every screen shows of a workbook, with the functions the screens call (SLO
 * figures and charts, journey maps, priorities and health, retrospectives' figures, timers and
 * agendas, the action overview), then renders every report. Throws whatever they throw.
 */
export function computeEveryView(contents: WorkbookContents, nowMs: number): number {
  let work = 0;
  const figuresBySlo = new Map<string, ReturnType<typeof sloFigures>>();
  for (const slo of contents.slos) {
    const figures = sloFigures(slo, sliDataOf(contents, slo.id), nowMs);
    figuresBySlo.set(slo.id, figures);
    if (!figures) continue;
    const { fromMs, toMs } = figures.status.window;
    const dataFrom = Math.max(fromMs, figures.units.startMs - 1);
    const sli = sliOverTime(figures.units, dataFrom, toMs, 120);
    budgetBurnDown(figures.units, fromMs, toMs, slo.target, 2000);
    burnRateOverTime(figures.units, 60, dataFrom, toMs, slo.target, 2000);
    timeTicks(sli[0]?.t ?? 0, sli.at(-1)?.t ?? 0);
    work += sli.length;
  }
  for (const journey of contents.journeys) {
    const steps = contents.journeySteps.filter((s) => s.journeyId === journey.id);
    const pains = contents.painPoints.filter((p) => p.journeyId === journey.id);
    rankSteps(steps, pains);
    stageRuns([...steps].sort((a, b) => a.position - b.position));
    const health = journeyHealth(
      steps,
      pains,
      contents.slos
        .filter((s) => s.journeyId === journey.id)
        .map((slo) => ({
          stepId: slo.stepId,
          budgetRemaining: figuresBySlo.get(slo.id)?.status.budgetRemaining ?? null,
        })),
    );
    work += Object.keys(health).length;
  }
  journeyPainScores(contents.painPoints);
  for (const retro of contents.retros) {
    const events = contents.timelineEvents.filter((e) => e.retroId === retro.id);
    const accounts = contents.participantAccounts.filter((a) => a.retroId === retro.id);
    const factors = contents.contributingFactors.filter((f) => f.retroId === retro.id);
    const sessions = contents.reviewSessions.filter((s) => s.retroId === retro.id);
    const startMs = ms(retro.startedAt);
    if (startMs !== null) {
      const { durations } = incidentDurations({
        startedMs: startMs,
        detectedMs: ms(retro.detectedAt),
        mitigatedMs: ms(retro.mitigatedAt),
        resolvedMs: ms(retro.resolvedAt),
      });
      work += Object.keys(durations).length;
    }
    const endMs = ms(retro.mitigatedAt) ?? ms(retro.resolvedAt);
    for (const slo of contents.slos.filter((s) => retro.sloIds.includes(s.id))) {
      if (startMs !== null && endMs !== null) {
        incidentBudgetSpend(slo, figuresBySlo.get(slo.id)?.units ?? null, {
          startMs,
          endMs,
          ...(retro.failingShare === null ? {} : { badShare: retro.failingShare }),
        });
      }
    }
    accountAgreement(events, accounts);
    buildAgenda(retro, events, accounts, factors);
    for (const session of sessions) readTimer(session, nowMs);
    nextSessionNotBefore(sessions);
  }
  actionOverview(contents.actionItems, new Date(nowMs).toISOString().slice(0, 10));
  const reports = renderAllReports(contents, {
    generatedAt: new Date(nowMs).toISOString(),
    timeZone: 'Europe/Berlin',
  });
  return work + reports.length;
}
