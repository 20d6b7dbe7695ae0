import type { ActionItem } from '../domain/retro';
import type { WorkbookContents } from '../domain/workbookFile';
import { actionOverview } from '../retro/actionOverview';
import { protectsText } from './protects';
import { actionItemsSummary, reportToday, summaryBlock } from './reportSummary';
import { frontMatter, heading, joinSections, table } from './markdown';
import { slug, type ReportContext, type ReportOutput } from './reportContext';

export function actionItemSections(
  contents: WorkbookContents,
  ctx: ReportContext,
  level: number,
  { summary = false }: { summary?: boolean } = {},
): string {
  const { open, overdue } = actionOverview(contents.actionItems, reportToday(ctx));
  const retroTitle = new Map(contents.retros.map((r) => [r.id, r.title]));
  const protects = protectsText(contents);
  const rows = (items: ActionItem[]) =>
    table(
      ['Due', 'Action', 'Owner', 'Kind', 'Status', 'Protects', 'Retrospective'],
      items.map((a) => [
        a.dueDate,
        a.description,
        a.owner,
        a.kind,
        a.status,
        protects(a),
        retroTitle.get(a.retroId) ?? null,
      ]),
    );
  return [
    heading(level, 'Open action items'),
    summary ? summaryBlock(actionItemsSummary(contents, ctx)) : null,
    `${overdue.length} overdue and ${open.length} open on ${reportToday(ctx)}, across ${contents.retros.length} ${contents.retros.length === 1 ? 'retrospective' : 'retrospectives'}.`,
    overdue.length ? `${heading(level + 1, 'Overdue')}\n\n${rows(overdue)}` : null,
    open.length ? `${heading(level + 1, 'Open')}\n\n${rows(open)}` : null,
  ]
    .filter((s): s is string => Boolean(s))
    .join('\n\n');
}

export function renderActionItemsReport(
  contents: WorkbookContents,
  ctx: ReportContext,
): ReportOutput {
  const title = `Open action items: ${contents.workbook.name}`;
  return {
    fileName: `action-items-${slug(contents.workbook.name)}.md`,
    title,
    attachments: [],
    markdown: joinSections([
      frontMatter({ title, workbook: contents.workbook.name, generated_at: ctx.generatedAt }),
      actionItemSections(contents, ctx, 1, { summary: true }),
    ]),
  };
}
