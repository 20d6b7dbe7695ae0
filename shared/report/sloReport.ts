import type { Slo } from '../domain/slo';
import type { WorkbookContents } from '../domain/workbookFile';
import { budgetBurnDown } from '../slo/chartSeries';
import { describeObjective, describeSli, describeWindow } from '../slo/describeSlo';
import { formatMinutes } from '../slo/duration';
import { windowLabel } from '../slo/evaluateSlo';
import { formatBurnRate, formatCount, formatPercent, formatTarget } from '../slo/formatFigures';
import { sloFigures } from '../slo/sloFigures';
import { block, frontMatter, heading, imageLink, inline, joinSections, table } from './markdown';
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

/**
 * The SLO's sections (no front matter), for its own report and for the workbook report. `level`
 * is the heading level of the SLO's title.
 */
export function sloSections(
  contents: WorkbookContents,
  slo: Slo,
  ctx: ReportContext,
  level: number,
): { markdown: string; attachments: ReportAttachment[] } {
  const h = (offset: number, text: string) => heading(level + offset, text);
  const attachments: ReportAttachment[] = [];
  const figures = sloFigures(slo, sliDataOf(contents, slo.id), Date.parse(ctx.generatedAt));
  const status = figures?.status ?? null;

  const facts = table(
    ['Field', 'Value'],
    [
      ['Service', slo.service || null],
      ['Journey', journeyStepText(contents, slo)],
      ['Owners', slo.owners || null],
      ['Review date', slo.reviewDate || null],
      ['Description', slo.description || null],
    ],
  );

  const sli = [
    h(1, 'Service level indicator'),
    `${inline(describeSli(slo))}, counted by ${METHOD_TEXT[slo.budgetingMethod]}.` +
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
    const chartName = `${slug(slo.name)}-${slug(slo.id).slice(0, 8)}-budget.svg`;
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
          ['Budget consumed', formatPercent(status.budgetConsumed)],
          ['Budget remaining', formatPercent(status.budgetRemaining)],
          ['Data coverage', formatPercent(status.coverage)],
          ['Burn rate, last hour', formatBurnRate(status.currentBurnRate)],
          [
            'Budget runs out',
            status.exhaustionAtMs === null
              ? 'not at the current burn rate'
              : formatTime(status.exhaustionAtMs, ctx.timeZone),
          ],
        ],
      ),
      imageLink(`Error budget remaining for ${slo.name}`, chartName),
    ].join('\n\n');
  }

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

  const markdown = [h(0, `SLO: ${slo.name}`), facts, sli, objective, budget, alerts, policy, manual]
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
  const { markdown, attachments } = sloSections(contents, slo, ctx, 1);
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
