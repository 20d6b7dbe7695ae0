import { plural } from '../domain/labels';
import { accountStory, daysToRenewal } from '../customer/accountStory';
import { formatMoney } from '../customer/revenueAtRisk';
import type { WorkbookContents } from '../domain/workbookFile';
import { isOverdue } from '../retro/actionOverview';
import { sloFigures } from '../slo/sloFigures';
import { protectsText } from './protects';
import { bullets, frontMatter, heading, inline, joinSections, table } from './markdown';
import { sliDataOf, slug, type ReportContext, type ReportOutput } from './reportContext';
import { reportToday, sloStanding, summaryBlock } from './reportSummary';

/**
 * An account's business review: what hurt them (in their words), what we learnt from the
 * incidents that hit them, what we fixed and plan, and how the SLOs on their journeys stand.
 */
export function renderAccountReport(
  contents: WorkbookContents,
  accountId: string,
  ctx: ReportContext,
): ReportOutput {
  const story = accountStory(accountId, contents);
  if (!story) throw new Error('That account is no longer in the workbook.');
  const { account } = story;
  const today = reportToday(ctx);
  const title = `Account: ${account.name}`;
  const stepName = new Map(contents.journeySteps.map((s) => [s.id, s.name]));
  const incidentTitle = new Map(story.incidents.map((i) => [i.retro.id, i.retro.title]));
  const nowMs = Date.parse(ctx.generatedAt);
  const standings = story.slos.map((slo) => ({
    slo,
    figures: sloFigures(slo, sliDataOf(contents, slo.id), nowMs),
  }));
  const burnt = standings.filter((s) => (s.figures?.status.budgetRemaining ?? 1) < 0);

  // Done action items of its incidents are "what we fixed"; open ones, from anywhere, "what we plan".
  const incidentIds = new Set(story.incidents.map((i) => i.retro.id));
  const done = contents.actionItems.filter(
    (a) => incidentIds.has(a.retroId) && a.status === 'done',
  );
  const overdue = story.openActions.filter((a) => isOverdue(a, today));
  const renewal = daysToRenewal(account, today);
  const worst = story.quotes.reduce<string | null>(
    (w, p) => (w === null || rank(p.severity) > rank(w) ? p.severity : w),
    null,
  );

  const summary = summaryBlock({
    stands:
      [
        account.arr === null
          ? 'ARR not recorded'
          : `${formatMoney(account.arr, account.currency)} ARR`,
        renewal === null
          ? 'renewal date not recorded'
          : renewal >= 0
            ? `renews ${account.renewalDate} (in ${plural(renewal, 'day')})`
            : `renewal date ${account.renewalDate} has passed`,
        story.slos.length
          ? burnt.length
            ? `${burnt.length} of ${plural(story.slos.length, 'SLO')} on their steps out of budget`
            : `${plural(story.slos.length, 'SLO')} on their steps, all within budget`
          : 'no SLO on their steps yet',
      ].join('; ') + '.',
    happened: story.quotes.length
      ? `${plural(story.quotes.length, 'pain point')} on ${plural(new Set(story.quotes.map((q) => q.stepId)).size, 'step')}${worst ? `, the worst ${worst}` : ''}; ${story.incidents.length ? `${plural(story.incidents.length, 'incident')} hurt them` : 'no incident names them'}.`
      : 'No pain recorded from them yet.',
    open: story.openActions.length
      ? `${plural(story.openActions.length, 'open action item')} protect their journeys${overdue.length ? ` (${overdue.length} overdue)` : ''}.`
      : 'No open action item for their journeys.',
  });

  const facts = table(
    ['Field', 'Value'],
    [
      [
        'Annual revenue',
        account.arr === null ? 'not recorded' : formatMoney(account.arr, account.currency),
      ],
      ['Renewal date', account.renewalDate ?? 'not recorded'],
      ['Segment', account.segment || null],
      ['Plan', account.plan || null],
      ['CSM owner', account.csmOwner || null],
    ],
  );

  const hurt = story.journeys.length
    ? story.journeys
        .map(({ journey, steps }) =>
          [
            heading(3, journey.name),
            bullets(
              steps.flatMap(({ step, pains }) =>
                pains.map(
                  (p) =>
                    `“${inline(p.quote)}” (${inline(step.name)} · ${p.date} · ${p.source} · severity ${p.severity} · ${p.frequency}${p.retroId && incidentTitle.has(p.retroId) ? ` · about ${inline(incidentTitle.get(p.retroId)!)}` : ''})`,
                ),
              ),
            ),
          ].join('\n\n'),
        )
        .join('\n\n')
    : 'No pain point names this account yet.';

  const learnt = story.incidents.length
    ? story.incidents
        .map(({ retro }) => {
          const lines = [
            `**${inline(retro.title)}** (${retro.severity}${retro.startedAt ? `, ${retro.startedAt.slice(0, 10)}` : ''})`,
          ];
          if (retro.impact) lines.push(`Impact: ${inline(retro.impact)}`);
          const factors = contents.contributingFactors.filter((f) => f.retroId === retro.id);
          if (factors.length)
            lines.push(
              `What contributed: ${factors.map((f) => inline(f.description)).join('; ')}.`,
            );
          return lines.join('\\\n');
        })
        .join('\n\n')
    : 'No incident names this account.';

  const protects = protectsText(contents);
  const fixed = done.length
    ? bullets(done.map((a) => `${inline(a.description)} (${inline(a.owner)})`))
    : 'Nothing marked done yet.';
  const planned = story.openActions.length
    ? table(
        ['Due', 'Action', 'Owner', 'Status', 'Protects'],
        story.openActions.map((a) => [
          `${a.dueDate}${isOverdue(a, today) ? ' (overdue)' : ''}`,
          a.description,
          a.owner,
          a.status,
          protects(a),
        ]),
      )
    : 'No open action item for their journeys.';

  const slos = standings.length
    ? table(
        ['SLO', 'Step', 'How it stands'],
        standings.map(({ slo, figures }) => [
          slo.name,
          stepName.get(slo.stepId ?? '') ?? null,
          sloStanding(slo, figures),
        ]),
      )
    : 'No SLO measures the steps where this account has pain.';

  return {
    fileName: `account-${slug(account.name)}.md`,
    title,
    attachments: [],
    markdown: joinSections([
      frontMatter({
        title,
        workbook: contents.workbook.name,
        generated_at: ctx.generatedAt,
      }),
      heading(1, title),
      summary,
      facts,
      account.notes ? inline(account.notes) : null,
      `${heading(2, 'What hurt them')}\n\n${hurt}`,
      `${heading(2, 'What we learnt')}\n\n${learnt}`,
      `${heading(2, 'What we fixed')}\n\n${fixed}`,
      `${heading(2, 'What we plan')}\n\n${planned}`,
      `${heading(2, 'How their SLOs stand')}\n\n${slos}`,
    ]),
  };
}

const SEVERITY_RANK = ['low', 'medium', 'high', 'critical'];
const rank = (severity: string) => SEVERITY_RANK.indexOf(severity);
