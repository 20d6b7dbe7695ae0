import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { WorkbookContents } from '../../../shared/domain/workbookFile';
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
