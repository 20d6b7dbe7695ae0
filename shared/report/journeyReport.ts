import {
  accountsById,
  explainRevenue,
  formatRevenue,
  revenueAtRisk,
} from '../customer/revenueAtRisk';
import type { WorkbookContents } from '../domain/workbookFile';
import { rankSteps } from '../journey/priority';
import { describeObjective } from '../slo/describeSlo';
import { formatPercent } from '../slo/formatFigures';
import { sloFigures } from '../slo/sloFigures';
import { bullets, frontMatter, heading, imageLink, inline, joinSections, table } from './markdown';
import {
  slug,
  sliDataOf,
  type ReportAttachment,
  type ReportContext,
  type ReportOutput,
} from './reportContext';
import { lineChartSvg } from './svgChart';
import { emotionLabel } from '../domain/labels';
import { chartFileName } from './attachmentNames';
import { journeySummary, summaryBlock } from './reportSummary';

/** The journey's sections (no front matter); `level` is the heading level of its title. */
export function journeySections(
  contents: WorkbookContents,
  journeyId: string,
  ctx: ReportContext,
  level: number,
  { summary = false }: { summary?: boolean } = {},
): { markdown: string; attachments: ReportAttachment[] } {
  const journey = contents.journeys.find((j) => j.id === journeyId);
  if (!journey) throw new Error('That journey is not in the workbook.');
  const h = (offset: number, text: string) => heading(level + offset, text);
  const steps = contents.journeySteps
    .filter((s) => s.journeyId === journeyId)
    .sort((a, b) => a.position - b.position);
  const pains = contents.painPoints.filter((p) => p.journeyId === journeyId);
  const accountName = new Map(contents.accounts.map((a) => [a.id, a.name]));
  const stepIds = new Set(steps.map((s) => s.id));
  const slos = contents.slos.filter((s) => s.stepId !== null && stepIds.has(s.stepId));
  const retros = contents.retros.filter((r) => r.stepIds.some((id) => stepIds.has(id)));
  const now = Date.parse(ctx.generatedAt);
  // The figure the journey's page shows, with how it was summed, so the report says as much.
  const risk = revenueAtRisk(pains, accountsById(contents.accounts));

  const intro = [
    journey.persona ? `**Persona:** ${inline(journey.persona)}` : null,
    journey.goal ? `**Goal:** ${inline(journey.goal)}` : null,
    risk.accounts > 0
      ? `**Revenue at risk on this journey:** ${inline(formatRevenue(risk))} (${inline(explainRevenue(risk))})`
      : null,
  ]
    .filter(Boolean)
    .join('\\\n');

  const stepTable = steps.length
    ? table(
        ['#', 'Stage', 'Step', 'The customer expects', 'Feels', 'Evidence', 'Pain points', 'SLOs'],
        steps.map((s, i) => [
          i + 1,
          s.stage || null,
          s.name,
          s.expectation || null,
          emotionLabel(s.emotion),
          s.evidence,
          pains.filter((p) => p.stepId === s.id).length,
          slos.filter((slo) => slo.stepId === s.id).length,
        ]),
      )
    : 'No steps are mapped yet.';

  const attachments: ReportAttachment[] = [];
  let curve: string | null = null;
  if (steps.length > 1) {
    const name = chartFileName(contents, 'journey', journey.id);
    attachments.push({
      name,
      content: lineChartSvg({
        title: `How customers feel along ${journey.name}`,
        points: steps.map((s, i) => ({ t: i, value: s.emotion })),
        formatY: (v) => emotionLabel(Math.round(v)),
        formatT: (i) => steps[Math.round(i)]?.name ?? '',
        yDomain: [-2, 2],
        yTicks: [2, 1, 0, -1, -2],
        pointNames: steps.map((s) => s.name),
        reference: { value: 0, label: 'neutral' },
      }),
    });
    curve = imageLink(`How customers feel along ${journey.name}, step by step`, name);
  }
  const ranked = rankSteps(steps, pains).filter((r) => r.score > 0);
  const priority = ranked.length
    ? table(
        ['Rank', 'Step', 'Customer impact', 'Pain points', 'Accounts', 'How it was computed'],
        ranked.map((r, i) => [
          i + 1,
          r.step.name,
          r.score,
          r.painPoints,
          r.accounts,
          r.impacts.map((impact) => impact.explanation).join('; '),
        ]),
      )
    : 'No pain points recorded yet, so no step stands out.';

  const painSections = steps
    .filter((s) => pains.some((p) => p.stepId === s.id))
    .map((s) => {
      const items = pains
        .filter((p) => p.stepId === s.id)
        .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
        .map((p) => {
          const accounts = p.accountIds.map((id) => accountName.get(id) ?? 'a deleted account');
          return `“${inline(p.quote)}” (${[
            accounts.length ? inline(accounts.join(', ')) : 'no named account',
            p.source,
            p.date,
            `severity ${p.severity}`,
            p.frequency,
          ].join(' · ')})`;
        });
      return `${h(2, s.name)}\n\n${bullets(items)}`;
    });

  const sloTable = slos.length
    ? table(
        ['Step', 'SLO', 'Objective', 'Budget remaining'],
        slos.map((slo) => {
          const figures = sloFigures(slo, sliDataOf(contents, slo.id), now);
          return [
            steps.find((s) => s.id === slo.stepId)?.name ?? null,
            slo.name,
            describeObjective(slo),
            figures ? formatPercent(figures.status.budgetRemaining) : 'no data',
          ];
        }),
      )
    : 'No SLO measures a step of this journey yet.';

  const retroList = retros.length
    ? bullets(
        retros.map(
          (r) =>
            `${inline(r.title)} (${r.severity}; hurt ${inline(
              steps
                .filter((s) => r.stepIds.includes(s.id))
                .map((s) => s.name)
                .join(', '),
            )})`,
        ),
      )
    : null;

  const markdown = [
    h(0, `Journey: ${journey.name}`),
    summary ? summaryBlock(journeySummary(contents, journeyId)) : null,
    intro || null,
    h(1, 'Steps'),
    stepTable,
    curve,
    h(1, 'Priority: where customers hurt most'),
    'Customer impact of a pain point = severity × accounts affected × frequency (weights: severity low 1, medium 2, high 3, critical 5; frequency once 1, monthly 2, weekly 3, daily 4).',
    priority,
    painSections.length ? h(1, 'Pain points, in the customers’ words') : null,
    ...painSections,
    h(1, 'SLOs measuring this journey'),
    sloTable,
    retroList ? h(1, 'Incidents that hurt this journey') : null,
    retroList,
  ]
    .filter((s): s is string => Boolean(s))
    .join('\n\n');
  return { markdown, attachments };
}

export function renderJourneyReport(
  contents: WorkbookContents,
  journeyId: string,
  ctx: ReportContext,
): ReportOutput {
  const journey = contents.journeys.find((j) => j.id === journeyId);
  if (!journey) throw new Error('That journey is not in the workbook.');
  const title = `Journey map: ${journey.name}`;
  const { markdown, attachments } = journeySections(contents, journeyId, ctx, 1, {
    summary: true,
  });
  return {
    fileName: `journey-${slug(journey.name)}.md`,
    title,
    attachments,
    markdown: joinSections([
      frontMatter({ title, workbook: contents.workbook.name, generated_at: ctx.generatedAt }),
      markdown,
    ]),
  };
}
