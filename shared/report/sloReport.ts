import type { Slo } from '../domain/slo';
import type { WorkbookContents } from '../domain/workbookFile';
import { budgetBurnDown } from '../slo/chartSeries';
import { describeObjective, describeSli, describeWindow } from '../slo/describeSlo';
import { formatMinutes } from '../slo/duration';
import { windowLabel } from '../slo/evaluateSlo';
import { formatBurnRate, formatCount, formatPercent, formatTarget } from '../slo/formatFigures';
import {
  historyTimeZone,
  periodHistory,
  periodVerdict,
  type PeriodFigures,
} from '../slo/periodHistory';
import type { BudgetUnits } from '../slo/sliSeries';
import { sloFigures, type SloFigures } from '../slo/sloFigures';
import { chartFileName } from './attachmentNames';
import { reviewOverdue, sloSummary, summaryBlock } from './reportSummary';
import { sloHearsCustomer } from '../customer/sloHearsCustomer';
import {
  accountsById,
  explainRevenue,
  formatRevenue,
  revenueAtRisk,
} from '../customer/revenueAtRisk';
import { explainFigures, budgetInTime } from '../slo/explainFigures';
import { looksLikeQuery } from '../slo/looksLikeQuery';
import {
  block,
  bullets,
  codeSpan,
  proseOrCode,
  frontMatter,
  heading,
  imageLink,
  inline,
  joinSections,
  table,
} from './markdown';
import {
  formatTime,
  slug,
  sliDataOf,
  type ReportAttachment,
  type ReportContext,
  type ReportOutput,
} from './reportContext';
import { lineChartSvg } from './svgChart';

const METHOD_TEXT: Record<Slo['budgetingMethod'], string> = {
  Occurrences: 'occurrences (each event counts)',
  Timeslices: 'time slices (each slice is good or bad)',
  RatioTimeslices: 'ratio of time slices',
};

function journeyStepText(contents: WorkbookContents, slo: Slo): string | null {
  const journey = contents.journeys.find((j) => j.id === slo.journeyId);
  const step = contents.journeySteps.find((s) => s.id === slo.stepId);
  if (!journey) return null;
  return step ? `${journey.name} › ${step.name}` : journey.name;
}

/** The SLI in words, with a query or metric name written as code rather than escaped prose. */
function sliText(slo: Slo): string {
  const sli = slo.sli;
  if (sli.kind === 'ratio') {
    const good = sli.goodDescription || 'good events';
    const valid = sli.validDescription || 'valid events';
    if (!looksLikeQuery(good) && !looksLikeQuery(valid)) return inline(describeSli(slo));
    // A query with its plain words: the words first, for readers; the query after, for SREs.
    const side = (text: string, words: string | undefined) =>
      looksLikeQuery(text) && words?.trim()
        ? `${inline(words.trim())} (${codeSpan(text)})`
        : proseOrCode(text);
    return `good ${side(good, sli.goodInWords)} over valid ${side(valid, sli.validInWords)}`;
  }
  if (!looksLikeQuery(sli.metricDescription)) return inline(describeSli(slo));
  const rest = describeSli({ sli: { ...sli, metricDescription: '' } }).replace(/^value /, '');
  return `${codeSpan(sli.metricDescription)} ${inline(rest)}`;
}

/** Weeks in the report's history table: a quarter. */
const REPORT_WEEKS = 13;

function historyTable(periods: PeriodFigures[], first: string): string {
  return table(
    [first, 'SLI', 'Budget consumed', 'Bad / valid', 'Verdict'],
    [...periods]
      .reverse()
      .map((p) => [
        p.label,
        formatPercent(p.sli, 3),
        formatPercent(p.consumed),
        `${formatCount(p.bad)} / ${formatCount(p.valid)}`,
        periodVerdict(p),
      ]),
  );
}

/** A strip to read at a glance: "Aug ✓ · Sep ✓ · Oct ✗ · Nov ✓". */
function historyStrip(periods: PeriodFigures[], noun: string): string {
  const judged = periods.filter((p) => p.met !== null);
  const missed = judged.filter((p) => p.met === false).length;
  const head =
    missed === 0
      ? `Met in every ${noun} with data (${judged.length})`
      : `Missed in ${missed} of ${judged.length} ${noun}s with data`;
  const marks = periods
    .map(
      (p) =>
        `${p.shortLabel} ${p.met === null ? (p.sli === null ? '–' : 'partial') : p.met ? '✓' : '✗'}${p.coverage < 1 && p.met !== null ? ' (part)' : ''}`,
    )
    .join(' · ');
  return `${head}: ${marks}.`;
}

function historySection(
  units: BudgetUnits,
  slo: Slo,
  h: (offset: number, text: string) => string,
): string | null {
  const months = periodHistory(units, slo, 'month');
  if (!months.some((m) => m.met !== null)) return null;
  const weeks = periodHistory(units, slo, 'week').slice(-REPORT_WEEKS);
  return [
    h(1, 'History'),
    `Each period is judged on its own events against the ${formatTarget(slo.target)} target (${historyTimeZone(slo.window)} calendar; weeks start on Monday).`,
    h(2, 'By month'),
    inline(historyStrip(months, 'month')),
    historyTable(months, 'Month'),
    h(2, weeks.length < REPORT_WEEKS ? 'By week' : `By week, the last ${REPORT_WEEKS}`),
    inline(historyStrip(weeks, 'week')),
    historyTable(weeks, 'Week of'),
  ].join('\n\n');
}

/**
 * The SLO's sections (no front matter), for its own report and for the workbook report. `level`
 * is the heading level of the SLO's title.
 */
export function sloSections(
  contents: WorkbookContents,
  slo: Slo,
  ctx: ReportContext,
  level: number,
  {
    summary = false,
    figures = sloFigures(slo, sliDataOf(contents, slo.id), Date.parse(ctx.generatedAt)),
  }: { summary?: boolean; figures?: SloFigures | null } = {},
): { markdown: string; attachments: ReportAttachment[] } {
  const h = (offset: number, text: string) => heading(level + offset, text);
  const attachments: ReportAttachment[] = [];
  const status = figures?.status ?? null;

  const stepPains = slo.stepId ? contents.painPoints.filter((p) => p.stepId === slo.stepId) : [];
  const risk = revenueAtRisk(stepPains, accountsById(contents.accounts));
  const revenueLine = risk.accounts ? `${formatRevenue(risk)} (${explainRevenue(risk)})` : null;
  const step = contents.journeySteps.find((s) => s.id === slo.stepId);
  const hearing = sloHearsCustomer(slo, figures?.units ?? null, stepPains, step?.name ?? null);
  const hears = [
    h(1, 'Does it hear the customer?'),
    inline(hearing.headline),
    hearing.evidence.length ? bullets(hearing.evidence.map(inline)) : null,
  ]
    .filter(Boolean)
    .join('\n\n');

  const facts = table(
    ['Field', 'Value'],
    [
      ['Service', slo.service || null],
      ['Journey', journeyStepText(contents, slo)],
      ['Owners', slo.owners || null],
      ['Validated with customer success', slo.csValidatedOn ?? 'not yet'],
      [
        'Next review',
        slo.reviewDate
          ? `${slo.reviewDate}${reviewOverdue(slo.reviewDate, ctx) ? ' (overdue)' : ''}`
          : null,
      ],
      ['Revenue at risk on its step', revenueLine],
      ['Description', slo.description || null],
    ],
  );

  const sli = [
    h(1, 'Service level indicator'),
    `${sliText(slo)}, counted by ${METHOD_TEXT[slo.budgetingMethod]}.` +
      (slo.budgetingMethod !== 'Occurrences' && slo.timeSliceMinutes
        ? ` A ${formatMinutes(slo.timeSliceMinutes)} slice is good when at least ${formatPercent(slo.timeSliceTarget ?? 1)} of it is good.`
        : ''),
  ].join('\n\n');

  const objective = [
    h(1, 'Objective'),
    `${inline(describeObjective(slo))}.`,
    slo.rationale ? `${h(2, 'Rationale')}\n\n${block(slo.rationale)}` : null,
  ]
    .filter(Boolean)
    .join('\n\n');

  let budget: string;
  if (!figures || !status) {
    budget = [
      h(1, 'Error budget'),
      `No SLI data and no incidents recorded by hand yet: only the arithmetic. A ${formatTarget(slo.target)} target over a ${inline(describeWindow(slo))} window allows ${formatMinutes(
        (1 - slo.target) * (slo.window.kind === 'rolling' ? slo.window.minutes : 30 * 1440),
      )} of full outage${slo.window.kind === 'calendar' ? ' in a 30-day month' : ''}.`,
    ].join('\n\n');
  } else {
    const chartName = chartFileName(contents, 'slo', slo.id);
    const points = budgetBurnDown(
      figures.units,
      status.window.fromMs,
      status.window.toMs,
      slo.target,
      400,
    );
    attachments.push({
      name: chartName,
      content: lineChartSvg({
        title: `Error budget remaining: ${slo.name}`,
        points,
        formatY: (v) => formatPercent(v, 0),
        formatT: (ms) => formatTime(ms, ctx.timeZone),
        reference: { value: 0, label: 'budget spent' },
      }),
    });
    const time = budgetInTime(status);
    budget = [
      h(1, `Error budget (evaluated at ${formatTime(status.atMs, ctx.timeZone)} ${ctx.timeZone})`),
      table(
        ['Figure', 'Value'],
        [
          [
            'Source',
            figures.source === 'imported' ? 'imported SLI data' : 'incidents recorded by hand',
          ],
          [
            'Window',
            `${formatTime(status.window.fromMs, ctx.timeZone)} to ${formatTime(status.window.toMs, ctx.timeZone)}`,
          ],
          ['SLI', formatPercent(status.sli, 3)],
          ['Allowed downtime in the window', formatMinutes(status.allowedDowntimeMinutes)],
          [
            `Bad ${status.unitName}`,
            `${formatCount(status.badEvents)} of ${formatCount(status.allowedBadEvents)} allowed (${formatCount(status.validEvents)} valid)`,
          ],
          [
            'Budget consumed',
            formatPercent(status.budgetConsumed) +
              (time ? ` (${formatMinutes(time.spentMinutes)} of downtime)` : ''),
          ],
          [
            'Budget remaining',
            formatPercent(status.budgetRemaining) +
              (time && time.leftMinutes > 0 ? ` (${formatMinutes(time.leftMinutes)})` : ''),
          ],
          ['Data coverage', formatPercent(status.coverage)],
          ['Burn rate, last hour', formatBurnRate(status.currentBurnRate)],
          [
            'Budget runs out',
            status.ranOutAtMs !== null
              ? `ran out on ${formatTime(status.ranOutAtMs, ctx.timeZone)}`
              : status.exhaustionAtMs === null
                ? 'not at the current burn rate'
                : formatTime(status.exhaustionAtMs, ctx.timeZone),
          ],
        ],
      ),
      h(2, 'How the figures are worked out'),
      bullets(
        explainFigures(status, slo, (t) => `${formatTime(t, ctx.timeZone)} ${ctx.timeZone}`).map(
          (e) => `**${e.label}**: ${inline(e.text)}`,
        ),
      ),
      imageLink(`Error budget remaining for ${slo.name}`, chartName),
    ].join('\n\n');
  }

  const history = figures ? historySection(figures.units, slo, h) : null;

  const alerts = [
    h(1, 'Burn-rate alerts'),
    slo.alerts.length === 0
      ? 'No burn-rate alerts are defined.'
      : table(
          ['Severity', 'Long window', 'Short window', 'Burn rate', 'Now (long / short)', 'Firing'],
          slo.alerts.map((alert, i) => {
            const state = status?.alerts[i];
            return [
              alert.severity,
              windowLabel(alert.longWindowMinutes),
              windowLabel(alert.shortWindowMinutes),
              formatBurnRate(alert.burnRate),
              state
                ? `${formatBurnRate(state.longBurnRate)} / ${formatBurnRate(state.shortBurnRate)}`
                : null,
              state ? (state.firing ? 'yes' : 'no') : null,
            ];
          }),
        ),
  ].join('\n\n');

  const crossed = new Set(status?.crossedPolicy.map((p) => p.consumedAtLeast) ?? []);
  const policy = [
    h(1, 'Error-budget policy'),
    slo.policy.length === 0
      ? 'No error-budget policy is written down yet.'
      : table(
          ['When budget consumed reaches', 'The team commits to', 'Reached now'],
          [...slo.policy]
            .sort((a, b) => a.consumedAtLeast - b.consumedAtLeast)
            .map((p) => [
              formatPercent(p.consumedAtLeast, 0),
              p.actions,
              status ? (crossed.has(p.consumedAtLeast) ? 'yes' : 'no') : null,
            ]),
        ),
  ].join('\n\n');

  const manual = slo.manualIncidents.length
    ? [
        h(1, 'Incidents recorded by hand'),
        table(
          ['Started', 'Lasted', 'Requests failing', 'Note'],
          [...slo.manualIncidents]
            .sort((a, b) => a.startMs - b.startMs)
            .map((i) => [
              formatTime(i.startMs, ctx.timeZone),
              formatMinutes(i.minutes),
              formatPercent(i.badShare, 0),
              i.note || null,
            ]),
        ),
      ].join('\n\n')
    : null;

  const markdown = [
    h(0, `SLO: ${slo.name}`),
    summary ? summaryBlock(sloSummary(slo, figures, ctx)) : null,
    facts,
    sli,
    objective,
    budget,
    hears,
    history,
    alerts,
    policy,
    manual,
  ]
    .filter(Boolean)
    .join('\n\n');
  return { markdown, attachments };
}

export function renderSloReport(
  contents: WorkbookContents,
  sloId: string,
  ctx: ReportContext,
): ReportOutput {
  const slo = contents.slos.find((s) => s.id === sloId);
  if (!slo) throw new Error('That SLO is not in the workbook.');
  const { markdown, attachments } = sloSections(contents, slo, ctx, 1, { summary: true });
  const title = `SLO: ${slo.name}`;
  return {
    fileName: `slo-${slug(slo.name)}.md`,
    title,
    attachments,
    markdown: joinSections([
      frontMatter({ title, workbook: contents.workbook.name, generated_at: ctx.generatedAt }),
      markdown,
    ]),
  };
}
