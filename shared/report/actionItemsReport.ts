import type { ActionItem } from '../domain/retro';
import type { WorkbookContents } from '../domain/workbookFile';
import { actionOverview } from '../retro/actionOverview';
import { wallClock } from '../slo/calendarWindows';
import { protectsText } from './protects';
import { frontMatter, heading, joinSections, table } from './markdown';
import { slug, type ReportContext, type ReportOutput } from './reportContext';

/** The report's "today", in its zone: an item due today is not overdue yet. */
function today(ctx: ReportContext): string {
  const c = wallClock(Date.parse(ctx.generatedAt), ctx.timeZone);
  return `${c.year}-${String(c.month).padStart(2, '0')}-${String(c.day).padStart(2, '0')}`;
}

export function actionItemSections(
  contents: WorkbookContents,
  ctx: ReportContext,
  level: number,
): string {
  const { open, overdue } = actionOverview(contents.actionItems, today(ctx));
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
    `${overdue.length} overdue and ${open.length} open on ${today(ctx)}, across ${contents.retros.length} ${contents.retros.length === 1 ? 'retrospective' : 'retrospectives'}.`,
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
      actionItemSections(contents, ctx, 1),
    ]),
  };
}
