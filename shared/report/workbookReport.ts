import type { WorkbookContents } from '../domain/workbookFile';
import { actionItemSections } from './actionItemsReport';
import { journeySections } from './journeyReport';
import { block, bullets, frontMatter, heading, inline, joinSections, table } from './markdown';
import {
  sliDataOf,
  slug,
  type ReportAttachment,
  type ReportContext,
  type ReportOutput,
} from './reportContext';
import { retroSections } from './retroReport';
import { sloSections } from './sloReport';
import { summaryBlock, workbookSummary } from './reportSummary';
import { sloFigures } from '../slo/sloFigures';
import { revenueRanking } from '../customer/revenueRanking';
import { explainRevenue, formatRevenue } from '../customer/revenueAtRisk';

const byName =
  <T>(name: (t: T) => string) =>
  (a: T, b: T) =>
    name(a).localeCompare(name(b));

/** Everything in the workbook in one document: journeys, SLOs, retrospectives, action items. */
export function renderWorkbookReport(contents: WorkbookContents, ctx: ReportContext): ReportOutput {
  const journeys = [...contents.journeys].sort(byName((j) => j.name));
  const slos = [...contents.slos].sort(byName((s) => s.name));
  const retros = [...contents.retros].sort(
    (a, b) =>
      (b.startedAt ?? b.createdAt).localeCompare(a.startedAt ?? a.createdAt) ||
      a.title.localeCompare(b.title),
  );
  const attachments: ReportAttachment[] = [];
  // Each SLO's data is joined and evaluated once, for its section and for the summary.
  const evaluated = slos.map((slo) => ({
    slo,
    figures: sloFigures(slo, sliDataOf(contents, slo.id), Date.parse(ctx.generatedAt)),
  }));
  const sloParts = evaluated.map(({ slo, figures }) => {
    const part = sloSections(contents, slo, ctx, 3, { figures });
    attachments.push(...part.attachments);
    return part.markdown;
  });
  const title = `Workbook: ${contents.workbook.name}`;
  const counts = [
    `${journeys.length} ${journeys.length === 1 ? 'journey' : 'journeys'}`,
    `${contents.painPoints.length} pain points from ${contents.accounts.length} ${contents.accounts.length === 1 ? 'account' : 'accounts'}`,
    `${slos.length} ${slos.length === 1 ? 'SLO' : 'SLOs'}`,
    `${retros.length} ${retros.length === 1 ? 'retrospective' : 'retrospectives'}`,
  ];
  return {
    fileName: `workbook-${slug(contents.workbook.name)}.md`,
    title,
    attachments,
    markdown: joinSections([
      frontMatter({ title, workbook: contents.workbook.name, generated_at: ctx.generatedAt }),
      heading(1, title),
      summaryBlock(workbookSummary(contents, ctx, evaluated)),
      contents.workbook.description ? block(contents.workbook.description) : null,
      `This workbook holds ${counts.join(', ')}.`,
      heading(2, 'Contents'),
      bullets([
        'Revenue at risk',
        ...journeys.map((j) => `Journey: ${inline(j.name)}`),
        ...slos.map((s) => `SLO: ${inline(s.name)}`),
        ...retros.map((r) => `Retrospective: ${inline(r.title)}`),
        'Open action items',
      ]),
      heading(2, 'Revenue at risk'),
      revenueSection(contents),
      heading(2, 'Customer journeys'),
      journeys.length
        ? journeys
            .map((j) => {
              const part = journeySections(contents, j.id, ctx, 3);
              attachments.push(...part.attachments);
              return part.markdown;
            })
            .join('\n\n')
        : 'No journeys are mapped yet.',
      heading(2, 'SLOs'),
      sloParts.length ? sloParts.join('\n\n') : 'No SLOs are drafted yet.',
      heading(2, 'Retrospectives'),
      retros.length
        ? retros.map((r) => retroSections(contents, r.id, ctx, 3)).join('\n\n')
        : 'No retrospectives yet.',
      actionItemSections(contents, ctx, 2),
    ]),
  };
}

/** The journeys, steps, SLOs and incidents with the most annual revenue behind their pain. */
function revenueSection(contents: WorkbookContents): string {
  const rows = revenueRanking(contents);
  if (rows.length === 0)
    return 'No pain point names an account yet, so no revenue is known to be at risk.';
  return [
    'The annual revenue (ARR) of the distinct accounts with pain on each: an account counts once however many pain points name it, and currencies are never added together.',
    table(
      ['What', 'Name', 'Revenue at risk', 'Accounts', 'How it was summed'],
      rows.map((r) => [
        r.kind,
        r.name,
        formatRevenue(r.risk),
        r.risk.accounts,
        explainRevenue(r.risk),
      ]),
    ),
  ].join('\n\n');
}
