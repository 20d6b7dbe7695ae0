import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileContents,
  type WorkbookContents,
} from '../../../shared/domain/workbookFile';
import { renderAllReports } from '../../../shared/report/allReports';
import { hasUnsafeCharacters } from '../../../shared/report/safeText';
import { buildSampleWorkbook } from '../../../shared/sample/sampleWorkbook';
import { allNodes, parseGfm, type MdNode } from './parseMarkdown';

const END = Date.parse('2026-11-20T12:00:00Z');
const ctx = { generatedAt: '2026-11-21T09:00:00.000Z', timeZone: 'UTC' };

/** Every free-text field a person types; enumerations and ids are left as they are. */
const FREE_TEXT = new Set([
  'name',
  'description',
  'persona',
  'goal',
  'stage',
  'expectation',
  'evidence',
  'quote',
  'segment',
  'plan',
  'csmOwner',
  'notes',
  'service',
  'owners',
  'rationale',
  'title',
  'impact',
  'what',
  'role',
  'saw',
  'knew',
  'mattered',
  'elseGoingOn',
  'answer',
  'owner',
  'actions',
  'note',
  'goodDescription',
  'validDescription',
  'metricDescription',
  'metric',
  'revenue',
  'users',
  'text',
]);

const nasty = fc.constantFrom(
  '\u0000',
  '\u0007',
  '\u000b',
  '\u000c',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udfff',
  '\r',
  '\n',
  '\t',
  '<',
  '>',
  '&',
  '"',
  "'",
  '|',
  '`',
  '#',
  ':',
  ';',
  '*',
  '_',
  '[',
  ']',
  '\\',
  '---',
  '```',
  ' ',
  'é',
  '😀',
  '&amp;',
  ']]>',
  '<!--',
);
const word = fc.constantFrom('pay', 'checkout', 'Ben', 'p99', '08:38', '< 60 s', 'x');
const typed = fc
  .array(fc.oneof(nasty, word), { minLength: 1, maxLength: 12 })
  .map((parts) => parts.join(''))
  // Names must keep a visible character, as the forms require.
  .map((text) => (/\S/.test(text) ? text : `${text}x`));

/** Replaces every free-text string in a record (and in its nested lists) with typed text. */
function retype(value: unknown, next: () => string, key = ''): unknown {
  if (typeof value === 'string') return FREE_TEXT.has(key) ? next() : value;
  if (ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map((v) => retype(v, next, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, retype(v, next, k)]));
  return value;
}

function wellFormed(svg: string): string[] {
  const problems: string[] = [];
  const doc = new DOMParser({
    onError: (level, message) => {
      problems.push(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  if (doc.documentElement?.nodeName !== 'svg') problems.push('the root is not <svg>');
  return problems;
}

describe('any workbook content gives clean reports', () => {
  it('no control character, well-formed SVG, unique chart names, whole tables', () => {
    const sample = buildSampleWorkbook({ endMs: END });
    fc.assert(
      fc.property(
        fc.array(typed, { minLength: 40, maxLength: 40 }),
        fc.boolean(),
        (texts, twins) => {
          let i = 0;
          const next = () => texts[i++ % texts.length]!;
          const contents = retype(sample, next) as WorkbookContents;
          if (twins) {
            // Two SLOs and two journeys with one name each: their charts must not share a file.
            contents.slos[1] = { ...contents.slos[1]!, name: contents.slos[0]!.name };
            if (contents.journeys[1])
              contents.journeys[1] = { ...contents.journeys[1], name: contents.journeys[0]!.name };
          }
          const reports = renderAllReports(contents, ctx);
          const charts = new Map<string, string>();
          const fileNames = new Set<string>();
          for (const report of reports) {
            expect(hasUnsafeCharacters(report.markdown), report.fileName).toBe(false);
            expect(fileNames.has(report.fileName)).toBe(false);
            fileNames.add(report.fileName);
            const own = new Set<string>();
            for (const a of report.attachments) {
              expect(own.has(a.name), a.name).toBe(false);
              own.add(a.name);
              expect(hasUnsafeCharacters(a.content), a.name).toBe(false);
              expect(wellFormed(a.content), a.name).toEqual([]);
              // One name, one chart, whichever report carries it.
              const seen = charts.get(a.name);
              if (seen !== undefined) expect(seen, a.name).toBe(a.content);
              charts.set(a.name, a.content);
            }
            const nodes = allNodes(parseGfm(report.markdown));
            expect(nodes.filter((n) => n.type === 'html')).toEqual([]);
            for (const table of nodes.filter((n): n is MdNode => n.type === 'table')) {
              const width = table.children![0]!.children!.length;
              for (const row of table.children!) expect(row.children).toHaveLength(width);
            }
          }
          // Every SLO and journey with a chart has one of its own.
          const sloCharts = [...charts.keys()].filter((n) => n.endsWith('-budget.svg'));
          expect(new Set(sloCharts).size).toBe(sloCharts.length);
        },
      ),
      { numRuns: 15 },
    );
  }, 60_000);
});

/** Markup and directives a workbook file from anywhere could hold in any text field. */
const HOSTILE_FIELD_TEXT = [
  '<b>x</b>',
  '<b>x</b>\n---',
  'x\n===',
  '</text><script>alert(1)</script>',
  '%%{init: {"theme": "base"}}%%',
  'click a href "javascript:alert(1)"',
  '[x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
];

/** Every string field of a record, by its key, with the records it sits in. */
function stringKeys(value: unknown, key = '', into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(key);
  else if (Array.isArray(value)) for (const v of value) stringKeys(v, key, into);
  else if (value && typeof value === 'object' && !ArrayBuffer.isView(value))
    for (const [k, v] of Object.entries(value)) stringKeys(v, k, into);
  return into;
}

function replaceKey(value: unknown, target: string, text: string, key = ''): unknown {
  if (typeof value === 'string') return key === target ? text : value;
  if (ArrayBuffer.isView(value)) return value;
  if (Array.isArray(value)) return value.map((v) => replaceKey(v, target, text, key));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, replaceKey(v, target, text, k)]),
    );
  return value;
}

/** The Mermaid blocks' lines: a title or "time : label", each label words only. */
function mermaidProblems(markdown: string): string[] {
  const problems: string[] = [];
  for (const node of allNodes(parseGfm(markdown))) {
    if (node.type !== 'code' || node.lang !== 'mermaid') continue;
    for (const line of node.value!.split('\n').slice(1)) {
      if (!/^ {4}(title [^:]+|[^:]+ : [^:]+)$/.test(line)) problems.push(`shape: ${line}`);
      if (/[<>"{}`]|%%|javascript:/i.test(line.replace(/ [<>] /g, ' '))) problems.push(line);
    }
  }
  return problems;
}

describe('every text field a workbook file holds is validated by its meaning or escaped', () => {
  it('markup in any string field the file format accepts never becomes HTML, a heading or a Mermaid directive', () => {
    const sample = buildSampleWorkbook({ endMs: END });
    // Ids are only looked up, never printed; the free text fields have their own test above.
    const keys = [...stringKeys(sample)].filter(
      (k) => k !== '' && !FREE_TEXT.has(k) && !/(^id|Id|Ids)$/.test(k),
    );
    expect(keys).toContain('reviewDate');
    const accepts = (contents: WorkbookContents) => {
      try {
        const parsed = parseWorkbookFile(
          serializeWorkbookFile(buildWorkbookFile(contents, 'test', ctx.generatedAt)),
        );
        return parsed.ok ? workbookFileContents(parsed.value) : null;
      } catch {
        return null; // the file format refuses this text in this field: validated by its meaning
      }
    };
    const headings = (markdown: string) =>
      markdown.split('\n').filter((line) => /^#{1,6} /.test(line)).length;
    const check = (contents: WorkbookContents, what: string) => {
      for (const report of renderAllReports(contents, ctx)) {
        const where = `${report.fileName}, ${what}`;
        // The front matter is YAML (read back by its own test), not Markdown.
        const body = report.markdown.replace(/^---\n[\s\S]*?\n---\n/, '');
        const nodes = allNodes(parseGfm(body));
        expect(
          nodes.filter((n) => n.type === 'html'),
          where,
        ).toEqual([]);
        // A heading only where the report writes one ("# …"): no setext underline made by text.
        expect(nodes.filter((n) => n.type === 'heading').length, where).toBe(headings(body));
        for (const link of nodes.filter((n) => n.type === 'link' || n.type === 'image'))
          expect((link as { url?: string }).url ?? '', where).not.toMatch(/^javascript:/i);
        expect(mermaidProblems(report.markdown), where).toEqual([]);
      }
    };
    // Without its SLI data the sample reads and renders quickly; the fields are the same.
    const base = { ...sample, sliChunks: sample.sliChunks.slice(0, 2) };
    const printed: string[] = [];
    for (const text of HOSTILE_FIELD_TEXT) {
      // Each field the format accepts this text in; then all of them at once, rendered once.
      const open = keys.filter((key) => accepts(replaceKey(base, key, text) as WorkbookContents));
      let contents = base as WorkbookContents;
      for (const key of open) contents = replaceKey(contents, key, text) as WorkbookContents;
      const read = accepts(contents);
      expect(read, `${open.join(', ')} = ${JSON.stringify(text)}`).not.toBeNull();
      check(read!, `${open.join(', ')} = ${JSON.stringify(text)}`);
      printed.push(...open);
    }
    // reviewDate is free text in older files: it must have been printed (escaped), not refused.
    expect(printed).toContain('reviewDate');
  }, 120_000);
});
