import { BUSINESS_QUESTIONS, type Retro } from '../domain/retro';
import { eventMarkWords } from '../domain/labels';
import type { WorkbookContents } from '../domain/workbookFile';
import { accountAgreement } from '../retro/accountAgreement';
import {
  incidentBudgetSpend,
  incidentDurations,
  incidentSpendBasis,
} from '../retro/incidentFigures';
import { elapsedInWords, readTimer } from '../retro/sessionTimer';
import { incidentSpansDays } from '../retro/timelineZoom';
import { retroTemplate } from '../retro/templates';
import { formatMinutes } from '../slo/duration';
import { formatPercent } from '../slo/formatFigures';
import { sloFigures } from '../slo/sloFigures';
import { protectsText } from './protects';
import {
  accountsById,
  explainRevenue,
  formatRevenue,
  incidentRevenue,
} from '../customer/revenueAtRisk';
import { openActions, retroSummary, summaryBlock } from './reportSummary';
import {
  block,
  bullets,
  frontMatter,
  heading,
  inline,
  joinSections,
  mermaidText,
  table,
} from './markdown';
import {
  formatTime,
  slug,
  sliDataOf,
  type ReportContext,
  type ReportOutput,
} from './reportContext';

const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));

function spendRows(contents: WorkbookContents, retro: Retro, ctx: ReportContext) {
  const start = ms(retro.startedAt);
  const end = ms(retro.mitigatedAt) ?? ms(retro.resolvedAt);
  return contents.slos
    .filter((slo) => retro.sloIds.includes(slo.id))
    .map((slo) => {
      if (start === null || end === null || end <= start)
        return { share: null, row: [slo.name, null, 'needs the start and the mitigation time'] };
      const figures = sloFigures(slo, sliDataOf(contents, slo.id), Date.parse(ctx.generatedAt));
      const spend = incidentBudgetSpend(
        slo,
        figures?.source === 'imported' ? figures.units : null,
        { startMs: start, endMs: end, badShare: retro.failingShare ?? 1 },
      );
      return {
        share: spend.share,
        row: [slo.name, formatPercent(spend.share), incidentSpendBasis(spend, retro.failingShare)],
      };
    });
}

/** The retrospective's sections (no front matter); `level` is the heading level of its title. */
export function retroSections(
  contents: WorkbookContents,
  retroId: string,
  ctx: ReportContext,
  level: number,
  { summary = false }: { summary?: boolean } = {},
): string {
  const retro = contents.retros.find((r) => r.id === retroId);
  if (!retro) throw new Error('That retrospective is not in the workbook.');
  const h = (offset: number, text: string) => heading(level + offset, text);
  const tz = ctx.timeZone;
  const time = (iso: string | null) => (iso === null ? null : formatTime(Date.parse(iso), tz));
  const events = contents.timelineEvents
    .filter((e) => e.retroId === retroId)
    .sort((a, b) => a.at.localeCompare(b.at) || a.createdAt.localeCompare(b.createdAt));
  const accounts = contents.participantAccounts
    .filter((a) => a.retroId === retroId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const factors = contents.contributingFactors
    .filter((f) => f.retroId === retroId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const actions = contents.actionItems
    .filter((a) => a.retroId === retroId)
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.createdAt.localeCompare(b.createdAt));
  const sessions = contents.reviewSessions
    .filter((s) => s.retroId === retroId)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const journeyNames = contents.journeys
    .filter((j) => retro.journeyIds.includes(j.id))
    .map((j) => j.name);
  const stepNames = contents.journeySteps
    .filter((s) => retro.stepIds.includes(s.id))
    .map((s) => s.name);
  const sloNames = contents.slos.filter((s) => retro.sloIds.includes(s.id)).map((s) => s.name);

  const started = ms(retro.startedAt);
  const durations =
    started === null
      ? null
      : incidentDurations({
          startedMs: started,
          detectedMs: ms(retro.detectedAt),
          mitigatedMs: ms(retro.mitigatedAt),
          resolvedMs: ms(retro.resolvedAt),
        }).durations;
  const after = (minutes: number | null | undefined) =>
    minutes === null || minutes === undefined ? '' : ` (after ${formatMinutes(minutes)})`;

  const touched = incidentRevenue(retro, contents.painPoints, accountsById(contents.accounts));
  const facts = table(
    ['Field', 'Value'],
    [
      ['Severity', retro.severity],
      ['Review format', retroTemplate(retro.template).label],
      [`Started (${tz})`, time(retro.startedAt)],
      [
        `Detected (${tz})`,
        retro.detectedAt ? `${time(retro.detectedAt)}${after(durations?.toDetectMinutes)}` : null,
      ],
      [
        `Mitigated (${tz})`,
        retro.mitigatedAt
          ? `${time(retro.mitigatedAt)}${after(durations?.toMitigateMinutes)}`
          : null,
      ],
      [
        `Resolved (${tz})`,
        retro.resolvedAt ? `${time(retro.resolvedAt)}${after(durations?.toResolveMinutes)}` : null,
      ],
      ['Accounts affected', accountsAffectedText(retro, contents)],
      [
        'Revenue touched',
        retro.accountIds.length || touched.accounts
          ? `${formatRevenue(touched)} (${explainRevenue(touched)})`
          : null,
      ],
      ['Users affected', retro.usersAffected],
      ['Requests failing', retro.failingShare === null ? null : formatPercent(retro.failingShare)],
      ['Journeys affected', journeyNames.join(', ') || null],
      ['Steps affected', stepNames.join(', ') || null],
      ['SLOs affected', sloNames.join(', ') || null],
    ],
  );

  const spendings = spendRows(contents, retro, ctx);
  const spend = spendings.map((s) => s.row);
  const agreement = accountAgreement(events, accounts);
  const views = (eventId: string) => {
    const a = agreement.get(eventId);
    if (!a) return null;
    const part = (label: string, list: { role: string; note: string }[]) =>
      list.length
        ? `${label}: ${list.map((v) => v.role + (v.note ? ` (“${v.note}”)` : '')).join('; ')}`
        : '';
    return [part('agree', a.agrees), part('differ', a.differs)].filter(Boolean).join('. ') || null;
  };
  // An incident that runs over midnight names each event's day too ("2026-11-19 17:30"); on
  // one day the time alone reads best in the Mermaid timeline and the factors' event lists.
  const multiDay = incidentSpansDays(events, retro, (ms) => formatTime(ms, tz).slice(0, 10));
  const eventWhen = (iso: string) => {
    const full = formatTime(Date.parse(iso), tz);
    return multiDay ? full : full.slice(11);
  };
  const timeline = [
    table(
      [`Time (${tz})`, 'Role', 'What happened', 'Source', 'Marked as', 'Participants’ views'],
      events.map((e) => [
        formatTime(Date.parse(e.at), tz),
        e.role || null,
        e.what,
        e.source || null,
        e.marks.map((m) => eventMarkWords(m)).join(', ') || null,
        views(e.id),
      ]),
    ),
    [
      '```mermaid',
      'timeline',
      `    title ${mermaidText(retro.title)}`,
      ...events.map(
        (e) =>
          `    ${mermaidText(eventWhen(e.at))} : ${mermaidText(
            `${e.role ? `${e.role} ` : ''}${e.what}`,
          )}`,
      ),
      '```',
    ].join('\n'),
  ].join('\n\n');

  const accountSections = accounts.map((a) =>
    [
      h(2, a.role),
      ...(
        [
          ['What they saw', a.saw],
          ['What they knew at the time', a.knew],
          ['What mattered most to them', a.mattered],
          ['What else was going on', a.elseGoingOn],
        ] as const
      )
        .filter(([, text]) => text.trim() !== '')
        .map(([label, text]) => `**${label}:**\n\n${block(text)}`),
    ].join('\n\n'),
  );

  const eventTime = new Map(events.map((e) => [e.id, eventWhen(e.at)]));
  const factorTable = table(
    ['Factor', 'Category', 'Related events'],
    factors.map((f) => [
      f.description,
      f.category,
      f.eventIds
        .map((id) => eventTime.get(id))
        .filter(Boolean)
        .join(', ') || null,
    ]),
  );

  // Answered questions keep their heading; the rest are named once, in "Not answered yet".
  const prompts = retro.prompts
    .filter((p) => p.answer.trim())
    .map((p) => `${h(2, p.question)}\n\n${block(p.answer)}`);
  const business = BUSINESS_QUESTIONS.filter(({ key }) => retro.business[key].trim()).map(
    ({ key, question }) => `${h(2, question)}\n\n${block(retro.business[key])}`,
  );
  const unansweredQuestions = [
    ...retro.prompts.filter((p) => !p.answer.trim()).map((p) => p.question),
    ...BUSINESS_QUESTIONS.filter(({ key }) => !retro.business[key].trim()).map((q) => q.question),
  ];
  const protects = protectsText(contents);
  const actionTable = table(
    ['Action', 'Kind', 'Owner', 'Due', 'Status', 'Protects'],
    actions.map((a) => [a.description, a.kind, a.owner, a.dueDate, a.status, protects(a)]),
  );
  const sessionTable = sessions.length
    ? table(
        ['Session', 'Timebox', 'Ran for', 'Ended', 'Soak time after'],
        sessions.map((s) => [
          s.title,
          `${s.timeboxMinutes + s.extendedMinutes} min`,
          s.elapsedMs || s.runningSince
            ? elapsedInWords(readTimer(s, Date.parse(ctx.generatedAt)).elapsedMs)
            : null,
          s.endedAt ? formatTime(Date.parse(s.endedAt), tz) : null,
          s.soakHours ? `${s.soakHours} h` : null,
        ]),
      )
    : null;
  const open = retro.openQuestions.filter((q) => !q.answered).map((q) => inline(q.text));

  const emptyParts = [
    events.length ? null : 'the timeline',
    accounts.length ? null : 'participants’ narratives',
    factors.length ? null : 'contributing factors',
    actions.length ? null : 'action items',
    retro.impact.trim() ? null : 'the customer impact',
  ].filter((p): p is string => p !== null);
  const notAnswered = [...emptyParts, ...unansweredQuestions.map((q) => `“${q}”`)];

  const ended = sessions.filter((s) => s.endedAt).length;
  const best = spendings
    .filter((s): s is typeof s & { share: number } => s.share !== null)
    .sort((a, b) => b.share - a.share)[0];
  const summaryText = summary
    ? summaryBlock(
        retroSummary({
          severity: retro.severity,
          phase: retro.resolvedAt
            ? 'resolved'
            : retro.mitigatedAt
              ? 'mitigated'
              : retro.startedAt
                ? 'ongoing'
                : 'unknown',
          minutesToMitigate: durations?.toMitigateMinutes ?? null,
          sessionsEnded: ended,
          sessions: sessions.length,
          impact: retro.impact,
          firstEvent: events[0]?.what ?? null,
          biggestSpend: best
            ? { sloName: String(best.row[0]), share: formatPercent(best.share) }
            : null,
          openActions: openActions(contents, ctx, retro.id),
          openQuestions: retro.openQuestions.filter((q) => !q.answered).length,
          unanswered: notAnswered.length,
        }),
      )
    : null;

  return [
    h(0, `Retrospective: ${retro.title}`),
    '*A blameless review: what happened and how, from the seat of the people who were there.*',
    summaryText,
    facts,
    notAnswered.length ? `**Not answered yet:** ${inline(notAnswered.join('; '))}.` : null,
    retro.impact.trim() ? `${h(1, 'Customer impact')}\n\n${block(retro.impact)}` : null,
    spend.length
      ? `${h(1, 'Error budget spent')}\n\n${table(['SLO', 'Budget spent', 'What it rests on'], spend)}`
      : null,
    events.length ? `${h(1, 'Timeline')}\n\n${timeline}` : null,
    accountSections.length
      ? `${h(1, 'Participants’ narratives')}\n\n${accountSections.join('\n\n')}`
      : null,
    factors.length ? `${h(1, 'Contributing factors')}\n\n${factorTable}` : null,
    prompts.length ? h(1, 'Review questions') : null,
    ...prompts,
    business.length ? h(1, 'Business questions') : null,
    ...business,
    actions.length ? `${h(1, 'Action items')}\n\n${actionTable}` : null,
    sessionTable ? `${h(1, 'Review sessions')}\n\n${sessionTable}` : null,
    open.length ? `${h(1, 'Open questions')}\n\n${bullets(open)}` : null,
  ]
    .filter((s): s is string => Boolean(s))
    .join('\n\n');
}

export function renderRetroReport(
  contents: WorkbookContents,
  retroId: string,
  ctx: ReportContext,
): ReportOutput {
  const retro = contents.retros.find((r) => r.id === retroId);
  if (!retro) throw new Error('That retrospective is not in the workbook.');
  const title = `Retrospective: ${retro.title}`;
  return {
    fileName: `retro-${slug(retro.title)}.md`,
    title,
    attachments: [],
    markdown: joinSections([
      frontMatter({ title, workbook: contents.workbook.name, generated_at: ctx.generatedAt }),
      retroSections(contents, retroId, ctx, 1, { summary: true }),
    ]),
  };
}

/** "Northwind Outfitters, Lumen Health Supplies and 39 others", or the count alone. */
function accountsAffectedText(retro: Retro, contents: WorkbookContents): string | null {
  const names = retro.accountIds
    .map((id) => contents.accounts.find((a) => a.id === id)?.name)
    .filter((n): n is string => n !== undefined);
  const others = retro.accountsAffected;
  if (names.length === 0) return others === null ? null : String(others);
  if (!others) return names.join(', ');
  return `${names.join(', ')} and ${others} ${others === 1 ? 'other' : 'others'}`;
}
