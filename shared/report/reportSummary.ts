import { plural } from '../domain/labels';
import type { Slo } from '../domain/slo';
import type { WorkbookContents } from '../domain/workbookFile';
import { rankSteps } from '../journey/priority';
import { actionOverview } from '../retro/actionOverview';
import { wallClock } from '../slo/calendarWindows';
import { formatMinutes } from '../slo/duration';
import { budgetInTime } from '../slo/explainFigures';
import { formatPercent, formatTarget } from '../slo/formatFigures';
import { periodHistory } from '../slo/periodHistory';
import type { SloFigures } from '../slo/sloFigures';
import { bullets, inline } from './markdown';
import type { ReportContext } from './reportContext';

/**
 * The three to five lines at the top of a report: where it stands, what happened, what is open.
 * Built from the same figures the sections below show, so the summary never says more than they.
 */
export interface Summary {
  stands: string;
  happened: string;
  open: string;
}

export function summaryBlock(summary: Summary): string {
  return bullets([
    `**Where it stands:** ${summary.stands}`,
    `**What happened:** ${summary.happened}`,
    `**What is open:** ${summary.open}`,
  ]);
}

/** The report's "today", in its zone: an item due today is not overdue yet. */
export function reportToday(ctx: ReportContext): string {
  const c = wallClock(Date.parse(ctx.generatedAt), ctx.timeZone);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

/**
 * A review date is overdue once the report's today is past it. Only a date can be: a file from an
 * older version may hold free text there ("after Q3"), which is printed (escaped) as written.
 */
export function reviewOverdue(reviewDate: string, ctx: ReportContext): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(reviewDate) && reviewDate < reportToday(ctx);
}

export function openActions(
  contents: WorkbookContents,
  ctx: ReportContext,
  retroId?: string,
): string {
  const items = retroId
    ? contents.actionItems.filter((a) => a.retroId === retroId)
    : contents.actionItems;
  const { open, overdue } = actionOverview(items, reportToday(ctx));
  if (open.length + overdue.length === 0)
    return items.length ? 'every action item is done or dropped' : 'no action items yet';
  return `${plural(open.length + overdue.length, 'open action item')}${overdue.length ? ` (${overdue.length} overdue)` : ''}`;
}

/** One SLO in a sentence: "SLI 99.974% against 99.9%; 25.8% of the budget spent (10.41 min)". */
export function sloStanding(slo: Slo, figures: SloFigures | null): string {
  const status = figures?.status;
  if (!status || status.sli === null)
    return `${formatTarget(slo.target)} target, no data to measure it yet`;
  const time = budgetInTime(status);
  const spent =
    status.ranOutAtMs !== null
      ? `the budget is spent (${formatPercent(status.budgetConsumed)})`
      : `${formatPercent(status.budgetConsumed)} of the budget spent${time ? ` (${formatMinutes(time.spentMinutes)} of ${formatMinutes(status.allowedDowntimeMinutes)})` : ''}`;
  return `SLI ${formatPercent(status.sli, 3)} against ${formatTarget(slo.target)}; ${spent}`;
}

export function sloSummary(slo: Slo, figures: SloFigures | null, ctx: ReportContext): Summary {
  const status = figures?.status ?? null;
  let happened = 'No history yet: the SLO has no data.';
  if (figures) {
    const months = periodHistory(figures.units, slo, 'month').filter((m) => m.met !== null);
    const missed = months.filter((m) => m.met === false);
    happened =
      months.length === 0
        ? 'No month has data yet.'
        : missed.length === 0
          ? `Met in every month with data (${months.map((m) => m.label).join(', ')}).`
          : `Missed in ${missed.map((m) => m.label).join(', ')}; met in ${months.length - missed.length} of ${months.length} months with data.`;
  }
  const firing = status?.alerts.filter((a) => a.firing).length ?? 0;
  const crossed = status?.crossedPolicy ?? [];
  const review =
    slo.reviewDate && reviewOverdue(slo.reviewDate, ctx)
      ? `review overdue since ${inline(slo.reviewDate)}`
      : slo.reviewDate
        ? `next review ${inline(slo.reviewDate)}`
        : 'no review date set';
  const open = [
    firing ? `${plural(firing, 'burn-rate alert')} firing` : 'no alert firing',
    crossed.length
      ? `policy reached at ${crossed.map((p) => formatPercent(p.consumedAtLeast, 0)).join(' and ')} spent`
      : 'no policy threshold reached',
    review,
  ].join('; ');
  return { stands: `${sloStanding(slo, figures)}.`, happened, open: `${open}.` };
}

export function journeySummary(contents: WorkbookContents, journeyId: string): Summary {
  const steps = contents.journeySteps
    .filter((s) => s.journeyId === journeyId)
    .sort((a, b) => a.position - b.position);
  const pains = contents.painPoints.filter((p) => p.journeyId === journeyId);
  const stepIds = new Set(steps.map((s) => s.id));
  const measured = new Set(
    contents.slos.filter((s) => s.stepId !== null && stepIds.has(s.stepId)).map((s) => s.stepId),
  );
  const lowest = steps.reduce<(typeof steps)[number] | null>(
    (low, s) => (low === null || s.emotion < low.emotion ? s : low),
    null,
  );
  const hurting = rankSteps(steps, pains).filter((r) => r.score > 0);
  const top = hurting[0];
  const accounts = new Set(pains.flatMap((p) => p.accountIds));
  const unmeasured = hurting.filter((r) => !measured.has(r.step.id)).map((r) => r.step.name);
  return {
    stands:
      steps.length === 0
        ? 'No steps are mapped yet.'
        : `${plural(steps.length, 'step')}; customers feel worst at ${inline(lowest!.name)}.`,
    happened: pains.length
      ? `${plural(pains.length, 'pain point')} from ${plural(accounts.size, 'named account')}; ${inline(top!.step.name)} hurts most (customer impact ${top!.score}).`
      : 'No pain points recorded yet.',
    open: unmeasured.length
      ? `No SLO yet on ${unmeasured.slice(0, 3).map(inline).join(', ')}${unmeasured.length > 3 ? ` and ${unmeasured.length - 3} more` : ''}, where customers have pain.`
      : hurting.length
        ? 'Every step where customers have pain has an SLO.'
        : `${plural(measured.size, 'step')} measured by an SLO.`,
  };
}

export function actionItemsSummary(contents: WorkbookContents, ctx: ReportContext): Summary {
  const { open, overdue } = actionOverview(contents.actionItems, reportToday(ctx));
  const done = contents.actionItems.filter((a) => a.status === 'done').length;
  const soon = open.filter((a) => a.dueDate <= addDays(reportToday(ctx), 14)).length;
  return {
    stands: `${plural(open.length + overdue.length, 'action item')} open across ${plural(contents.retros.length, 'retrospective')}.`,
    happened: `${done} done of ${contents.actionItems.length} written.`,
    open: overdue.length
      ? `${overdue.length} overdue, ${soon} more due within two weeks.`
      : `Nothing overdue; ${soon} due within two weeks.`,
  };
}

function addDays(day: string, days: number): string {
  const ms = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

export function workbookSummary(
  contents: WorkbookContents,
  ctx: ReportContext,
  sloLines: { slo: Slo; figures: SloFigures | null }[],
): Summary {
  const spent = sloLines.filter(({ figures }) => (figures?.status.budgetConsumed ?? 0) >= 1);
  const worst = [...sloLines]
    .filter(({ figures }) => figures?.status.budgetConsumed != null)
    .sort((a, b) => b.figures!.status.budgetConsumed! - a.figures!.status.budgetConsumed!)[0];
  const latest = [...contents.retros].sort((a, b) =>
    (b.startedAt ?? b.createdAt).localeCompare(a.startedAt ?? a.createdAt),
  )[0];
  return {
    stands:
      sloLines.length === 0
        ? 'No SLOs are drafted yet.'
        : `${plural(sloLines.length, 'SLO')}, ${spent.length ? `${spent.length} with the budget spent` : 'none with the budget spent'}${worst ? `; most spent: ${inline(worst.slo.name)}, ${sloStanding(worst.slo, worst.figures)}` : ''}.`,
    happened: latest
      ? `${plural(contents.retros.length, 'retrospective')}; the latest: ${inline(latest.title)} (${latest.severity}).`
      : 'No incidents reviewed yet.',
    open: `${openActions(contents, ctx)}.`.replace(/^./, (c) => c.toUpperCase()),
  };
}

export function retroSummary(input: {
  severity: string;
  phase: 'resolved' | 'mitigated' | 'ongoing' | 'unknown';
  minutesToMitigate: number | null;
  sessionsEnded: number;
  sessions: number;
  impact: string;
  firstEvent: string | null;
  biggestSpend: { sloName: string; share: string } | null;
  openActions: string;
  openQuestions: number;
  unanswered: number;
}): Summary {
  const phase = {
    resolved: 'resolved',
    mitigated: 'mitigated, not yet resolved',
    ongoing: 'not yet mitigated',
    unknown: 'with no start time yet',
  }[input.phase];
  const story = input.impact.trim() || input.firstEvent || '';
  const first = story.split(/(?<=[.!?])\s/)[0] ?? '';
  const clipped = first.length > 160 ? `${first.slice(0, first.lastIndexOf(' ', 157))}…` : first;
  return {
    stands: `${input.severity} incident, ${phase}${input.minutesToMitigate !== null ? `; mitigated after ${formatMinutes(input.minutesToMitigate)}` : ''}; ${input.sessionsEnded} of ${plural(input.sessions, 'review session')} held.`,
    happened:
      [
        clipped ? inline(clipped.replace(/[.!?]?$/, '.')) : null,
        input.biggestSpend
          ? `It spent ${input.biggestSpend.share} of the budget of ${inline(input.biggestSpend.sloName)}.`
          : null,
      ]
        .filter(Boolean)
        .join(' ') || 'Nothing is written about the impact or the timeline yet.',
    open: `${[
      input.openActions,
      input.openQuestions ? plural(input.openQuestions, 'open question') : null,
      input.unanswered ? `${plural(input.unanswered, 'part')} not answered yet` : null,
    ]
      .filter(Boolean)
      .join('; ')}.`.replace(/^./, (c) => c.toUpperCase()),
  };
}
