import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { WorkbookContents } from '../../../shared/domain/workbookFile';
import { renderAccountReport } from '../../../shared/report/accountReport';
import { renderActionItemsReport } from '../../../shared/report/actionItemsReport';
import { renderAllReports } from '../../../shared/report/allReports';
import { renderJourneyReport } from '../../../shared/report/journeyReport';
import type { ReportContext, ReportOutput } from '../../../shared/report/reportContext';
import { renderRetroReport } from '../../../shared/report/retroReport';
import { renderSloReport } from '../../../shared/report/sloReport';
import { renderWorkbookReport } from '../../../shared/report/workbookReport';
import { buildSampleWorkbook } from '../../../shared/sample/sampleWorkbook';
import { allNodes, parseGfm, textOf, type MdNode } from './parseMarkdown';

const GOLDEN_DIR = join(import.meta.dirname, 'golden');
const END = Date.parse('2026-11-20T12:00:00Z');
const ctx: ReportContext = { generatedAt: '2026-11-21T09:00:00.000Z', timeZone: 'UTC' };
const sample = () => buildSampleWorkbook({ endMs: END });

/** Compares with the stored file; UPDATE_GOLDEN=1 rewrites it (review the diff before committing). */
function expectGolden(name: string, text: string) {
  const path = join(GOLDEN_DIR, name);
  if (process.env['UPDATE_GOLDEN'] === '1' || !existsSync(path)) {
    if (process.env['CI'] && !existsSync(path)) throw new Error(`golden file ${name} is missing`);
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, text);
  }
  expect(text).toBe(readFileSync(path, 'utf8'));
}

function kinds(contents: WorkbookContents): [string, ReportOutput][] {
  return [
    ['workbook', renderWorkbookReport(contents, ctx)],
    ['slo', renderSloReport(contents, 'sample-slo-pay', ctx)],
    ['journey', renderJourneyReport(contents, 'sample-journey-checkout', ctx)],
    ['retro', renderRetroReport(contents, 'sample-retro-card-vault', ctx)],
    ['actions', renderActionItemsReport(contents, ctx)],
    ['account', renderAccountReport(contents, 'sample-account-northwind', ctx)],
  ];
}

describe('reports of the sample workbook', () => {
  it.each(kinds(sample()))('the %s report matches its golden file', (kind, report) => {
    expectGolden(`${kind}.md`, report.markdown);
    for (const attachment of report.attachments)
      expectGolden(`${kind}-${attachment.name}`, attachment.content);
  });

  it('the SLO report states the budget arithmetic and links its chart', () => {
    const report = renderSloReport(sample(), 'sample-slo-pay', ctx);
    expect(report.fileName).toBe('slo-checkout-payment-succeeds.md');
    expect(report.markdown).toContain('| Allowed downtime in the window | 40.32 min |');
    expect(report.markdown).toContain('99.9% over a rolling 28 d window');
    expect(report.attachments).toHaveLength(1);
    expect(report.markdown).toContain(`](${report.attachments[0]!.name})`);
    expect(report.attachments[0]!.content).toMatch(
      /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/,
    );
    expect(report.markdown).toMatch(/\| page \| 1h \| 5m \|/);
  });

  it('the journey report ranks steps with how each score was computed', () => {
    const md = renderJourneyReport(sample(), 'sample-journey-checkout', ctx).markdown;
    expect(md).toContain('critical (5) × 2 accounts × weekly (3) = 30');
    expect(md.indexOf('| 1 | Pay |')).toBeGreaterThan(0);
    expect(md).toContain('Payment errors after the card-vault deploy');
  });

  it('the retrospective report has the timeline as a table and as a Mermaid diagram', () => {
    const md = renderRetroReport(sample(), 'sample-retro-card-vault', ctx).markdown;
    expect(md).toContain('```mermaid\ntimeline\n');
    expect(md).toContain('differ: support lead');
    expect(md).toContain('| Detected (UTC) | 2026-11-08 18:14 (after 14 min) |');
    expect(md).toMatch(
      /\| Checkout payment succeeds \| \d+(\.\d)?% \| From the SLI data: [\d,]+ bad events in the impact window/,
    );
  });

  it('a retrospective just begun gathers what is not answered into one line, under a summary', () => {
    const contents = sample();
    const retro = contents.retros[0]!;
    contents.retros = [
      {
        ...retro,
        impact: '',
        prompts: retro.prompts.map((p) => ({ ...p, answer: '' })),
        business: { metric: '', revenue: '', users: '' },
      },
    ];
    contents.timelineEvents = [];
    contents.participantAccounts = [];
    contents.contributingFactors = [];
    contents.actionItems = [];
    const md = renderRetroReport(contents, retro.id, ctx).markdown;
    const lines = md.split('\n');
    const notAnswered = lines.filter((l) => l.startsWith('**Not answered yet:**'));
    expect(notAnswered).toHaveLength(1);
    expect(notAnswered[0]).toContain(
      'the timeline; participants’ narratives; contributing factors',
    );
    expect(notAnswered[0]).toContain(`“${retro.prompts[0]!.question}”`);
    // No heading stands over nothing.
    for (const heading of [
      '## Timeline',
      '## Contributing factors',
      '## Review questions',
      '## Action items',
    ])
      expect(lines).not.toContain(heading);
    expect(md).not.toContain('*Not answered yet.*');
    const summary = lines.filter((l) =>
      /^- \*\*(Where it stands|What happened|What is open):\*\*/.test(l),
    );
    expect(summary).toHaveLength(3);
    expect(summary[1]).toMatch(/What happened:\*\* It spent [\d.]+% of the budget/);
    expect(summary[2]).toMatch(/No action items yet; .*parts not answered yet\./);
  });

  it('the action items report separates overdue from open and leaves done items out', () => {
    const md = renderActionItemsReport(sample(), ctx).markdown;
    expect(md).toContain('1 overdue and 3 open on 2026-11-21');
    expect(md.indexOf('Load-test client library updates')).toBeLessThan(md.indexOf('## Open'));
    expect(md).not.toContain('engineering all-hands');
  });

  it('every report of a workbook gets its own file name', () => {
    const contents = sample();
    contents.journeys.push({ ...contents.journeys[0]!, id: 'second' });
    const names = renderAllReports(contents, ctx).map((r) => r.fileName);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('journey-checkout-2.md');
  });
});

const HOSTILE =
  '| <script>alert(1)</script> `tick` <!-- c --> # x\n---\n> q <img src=x onerror=alert(1)> [x](javascript:alert(1)) <iframe src=//e>';

/** The sample with hostile text in every field a person types. */
function hostileWorkbook(): WorkbookContents {
  const c = sample();
  const h = (s: string) => `${s} ${HOSTILE}`;
  c.workbook.name = h('Workbook');
  c.workbook.description = h('About');
  c.accounts.forEach((a) => (a.name = h(a.name)));
  c.journeys.forEach((j) =>
    Object.assign(j, { name: h(j.name), persona: h(j.persona), goal: h(j.goal) }),
  );
  c.journeySteps.forEach((s) =>
    Object.assign(s, { name: h(s.name), stage: h(s.stage), expectation: h(s.expectation) }),
  );
  c.painPoints.forEach((p) => (p.quote = h(p.quote)));
  c.slos.forEach((s) =>
    Object.assign(s, {
      name: h(s.name),
      owners: h(s.owners),
      rationale: h(s.rationale),
      service: h(s.service),
    }),
  );
  c.retros.forEach((r) => {
    Object.assign(r, { title: h(r.title), impact: h(r.impact) });
    r.prompts.forEach((p) => (p.answer = h(p.answer)));
    r.business.metric = h(r.business.metric);
  });
  c.timelineEvents.forEach((e) =>
    Object.assign(e, { what: h(e.what), role: h(e.role), source: h(e.source) }),
  );
  c.participantAccounts.forEach((a) => Object.assign(a, { role: h(a.role), saw: h(a.saw) }));
  c.contributingFactors.forEach((f) => (f.description = h(f.description)));
  c.actionItems.forEach((a) =>
    Object.assign(a, { description: h(a.description), owner: h(a.owner) }),
  );
  return c;
}

describe('reports with hostile text in every field', () => {
  const reports = renderAllReports(hostileWorkbook(), ctx);
  it.each(reports.map((r): [string, ReportOutput] => [r.fileName, r]))(
    '%s renders no HTML and keeps every table whole',
    (_name, report) => {
      const body = report.markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
      const tree = parseGfm(body);
      const nodes = allNodes(tree);
      expect(nodes.filter((n) => n.type === 'html')).toEqual([]);
      for (const tbl of nodes.filter((n) => n.type === 'table')) {
        const width = tbl.children![0]!.children!.length;
        for (const row of tbl.children!) expect(row.children).toHaveLength(width);
      }
      // The hostile text shows up as text, words intact.
      expect(textOf(tree)).toContain('<script>alert(1)</script>');
      // No heading was created by user text: each starts with a label of ours or a name we put there.
      const headings = nodes.filter((n): n is MdNode => n.type === 'heading').map(textOf);
      expect(headings.some((t) => t.trim() === 'x')).toBe(false);
      // Mermaid blocks stay code: no fence was closed early.
      const code = nodes.filter((n) => n.type === 'code');
      // "<" and ">" may stay in a diagram's labels: Mermaid's strict mode draws them as text.
      for (const block of code) {
        expect(block.value).not.toMatch(/`/);
        expect(block.lang).toBe('mermaid');
        expect((block.value ?? '').split('\n')[0]).toBe('timeline');
      }
      // The front matter block is exactly two fences.
      expect(report.markdown.split('\n').filter((l) => l === '---').length).toBe(2);
    },
  );
  it.each(reports.map((r): [string, ReportOutput] => [r.fileName, r]))(
    '%s holds no script, iframe, event handler or javascript: link even where raw HTML renders',
    (_name, report) => {
      // A renderer that lets raw HTML through (as some wikis and static sites do).
      const html = micromark(report.markdown, {
        allowDangerousHtml: true,
        allowDangerousProtocol: true,
        extensions: [gfm()],
        htmlExtensions: [gfmHtml()],
      });
      const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
      for (const raw of tags) {
        // Attribute values are text (an alt may quote anything); what counts is the tag's shape.
        const tag = raw.replace(/"[^"]*"/g, '""');
        expect(tag).not.toMatch(/^<(script|iframe|object|embed|style)/i);
        expect(tag).not.toMatch(/\son\w+\s*=/i);
        expect(raw).not.toMatch(/(href|src)\s*=\s*["']?\s*javascript:/i);
      }
      expect(html).toContain('&lt;script&gt;');
    },
  );
  it('svg charts escape the names they show', () => {
    const svg = reports
      .flatMap((r) => r.attachments)
      .map((a) => a.content)
      .join('\n');
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});
