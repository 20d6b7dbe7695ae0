import { looksLikeQuery } from '../slo/looksLikeQuery';

/**
 * Markdown building blocks that keep user text in its place. A character is backslash-escaped
 * only where it would change the rendering where it stands (GFM honours a backslash before any
 * ASCII punctuation): `<` before a letter, `/`, `!` or `?` (a tag or an autolink), `*`, `` ` ``,
 * `[`, `]` and `|` always, `_` unless inside a word (GFM never takes an intraword `_` as emphasis),
 * `&` where it would spell an entity, `~` and `$` where a line has a pair of them, `\` before
 * punctuation or at the end. Markers that only matter at the start of a line (`#`, `>`, `-`, `+`,
 * `1.`, `---`, `===`) are escaped there. So `<script>` renders as text, and "p99 < 300 ms",
 * "http_requests_total" and "~5 min" read in the file as they were typed.
 */

import { stripUnsafeCharacters } from './safeText';

const ALWAYS = /[`*[\]|]/;
const WORD = /[\p{L}\p{N}]/u;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
// Block markers only count at the start of a line and (except ">") before a space or the end.
const LINE_START = /^(\s*)(>|#{1,6}(?=\s|$)|[-+](?=\s|$)|\d{1,9}[.)](?=\s|$))/;
// A line of only -, =, * or _ is a rule or a heading underline.
const RULE_LINE = /^(\s*)([-=*_])(?=[-=*_\s]*$)/;

/** Collapses a text to one line: for table cells, headings and list items. */
function oneLine(text: string): string {
  return text
    .replace(/\r\n?|\n|\u2028|\u2029/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function escapeInline(line: string): string {
  const pairedTildes = (line.match(/~/g)?.length ?? 0) >= 2;
  const pairedDollars = (line.match(/\$/g)?.length ?? 0) >= 2;
  let out = '';
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]!;
    const before = line[i - 1] ?? '';
    const after = line[i + 1] ?? '';
    const escape =
      ALWAYS.test(c) ||
      (c === '<' && /[A-Za-z/!?]/.test(after)) ||
      (c === '_' && !(WORD.test(before) && WORD.test(after))) ||
      (c === '&' && /^&#?[A-Za-z0-9]+;/.test(line.slice(i))) ||
      (c === '~' && pairedTildes) ||
      (c === '$' && pairedDollars) ||
      (c === '\\' && (after === '' || ASCII_PUNCTUATION.test(after)));
    out += escape ? `\\${c}` : c;
  }
  return out;
}

function escapeLine(line: string): string {
  return escapeInline(line)
    .replace(RULE_LINE, (_m, space: string, marker: string) => `${space}\\${marker}`)
    .replace(LINE_START, (_m, space: string, marker: string) =>
      /^\d/.test(marker)
        ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`
        : `${space}\\${marker}`,
    );
}

/** User text inside a sentence, a list item or a heading: one line, nothing interpreted. */
export function inline(text: string): string {
  // Stripped before escaping: a character removed afterwards could join a backslash to the
  // escape after it ("\\", NUL, "\|" would end as "\\|", a pipe that splits a table cell).
  return escapeLine(oneLine(stripUnsafeCharacters(text)));
}

/**
 * Text as a code span: for a metric name or a query, which reads best exactly as written. The
 * fence is one backtick longer than any run inside, and padded where the text starts or ends
 * with a backtick, as CommonMark asks.
 */
export function codeSpan(text: string): string {
  const line = oneLine(stripUnsafeCharacters(text));
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') || line === '' ? ' ' : '';
  // A pipe would still end a table cell inside a code span: GFM wants it escaped even there.
  return `${fence}${pad}${line.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** User text that may be a query: a code span if it looks like one, escaped prose otherwise. */
export function proseOrCode(text: string): string {
  return looksLikeQuery(text) ? codeSpan(text) : inline(text);
}

/** User text as a table cell: one line, pipes escaped, empty cells shown as a dash. */
export function cell(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return '—';
  const value = inline(String(text));
  return value === '' ? '—' : value;
}

/**
 * User text as paragraphs: line breaks kept (as hard breaks), blank lines kept as paragraph
 * breaks, every line escaped on its own.
 */
export function block(text: string): string {
  const paragraphs = stripUnsafeCharacters(text)
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => escapeLine(line.trim()))
        .filter((line) => line !== '')
        .join('\\\n'),
    )
    .filter((p) => p !== '');
  return paragraphs.join('\n\n');
}

/** A GFM table; cells are escaped here, so callers pass plain values. */
export function table(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const head = `| ${headers.map((h) => cell(h)).join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  const body = rows.map((row) => `| ${row.map((value) => cell(value)).join(' | ')} |`);
  return [head, rule, ...body].join('\n');
}

/** A table whose cells were already rendered as Markdown (escaped by the caller). */
export function rawTable(headers: string[], rows: string[][]): string {
  const head = `| ${headers.map((h) => cell(h)).join(' | ')} |`;
  const rule = `| ${headers.map(() => '---').join(' | ')} |`;
  return [head, rule, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

export function heading(level: number, text: string): string {
  // A "#" at the end of a heading line would be read as a closing sequence and dropped.
  const body = inline(text).replace(/(?<!\\)#/g, '\\#');
  return `${'#'.repeat(level)} ${body || '(untitled)'}`;
}

export function bullets(items: string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

/**
 * YAML front matter. Values are written as JSON strings, which YAML reads as double-quoted
 * scalars: no user text can close the block or start a YAML construct.
 */
export function frontMatter(fields: Record<string, string>): string {
  // `<`, `>`, `&`, `[` and `]` as \u escapes: YAML reads them back the same, and a Markdown
  // renderer that does not know front matter (and passes raw HTML) sees no tag and no link.
  const quote = (value: string) =>
    JSON.stringify(value).replace(
      /[<>&[\]]/g,
      (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
    );
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${quote(value)}`);
  return ['---', ...lines, '---'].join('\n');
}

/**
 * User text as a Mermaid timeline label that reads the same in the diagram and as plain text: a
 * label carries words, never markup or directives. The timeline grammar ends a label at ":" (a
 * period from its events), ";" and "#" (a comment or an entity), and no escape keeps those
 * readable as plain text, so they become look-alikes: "08:38" is written with U+2236 (∶), "#" as
 * the full-width ＃. So a "javascript:" link loses its scheme. A "<" or ">" against a word (a tag,
 * "</text><script>") becomes ‹ or ›, while "p99 < 60 s" keeps its sign; "%%" (a directive or a
 * comment, "%%{init…}%%") becomes one "%", braces and backticks a quote, an entity's "&" a
 * full-width ＆, and double quotes typographic ones, so "click … href \"…\"" is only words.
 */
export function mermaidText(text: string): string {
  const cleaned = oneLine(stripUnsafeCharacters(text))
    .replace(/:/g, '\u2236')
    .replace(/;/g, ',')
    .replace(/#/g, '\uff03')
    .replace(/[`{}]/g, "'")
    .replace(/<(?=\S)/g, '\u2039')
    .replace(/(?<=\S)>/g, '\u203a')
    .replace(/%+/g, '%')
    .replace(/&(?=#?[A-Za-z0-9]+;?)/g, '\uff06')
    .replace(/"/g, '\u201d')
    .replace(/\s+/g, ' ')
    .trim();
  if (cleaned === '') return '—';
  if (cleaned.length <= 120) return cleaned;
  const cut = cleaned.slice(0, 119);
  const space = cut.lastIndexOf(' ');
  return `${space > 80 ? cut.slice(0, space) : cut}…`;
}

/** A link to a file beside the report; the name is ours (never user text), the label is escaped. */
export function imageLink(alt: string, fileName: string): string {
  return `![${inline(alt)}](${encodeURI(fileName)})`;
}

/** Joins report sections with one blank line between them and a newline at the end. */
export function joinSections(sections: (string | null | undefined | false)[]): string {
  const text = sections.filter((s): s is string => typeof s === 'string' && s !== '').join('\n\n');
  // Every report's Markdown ends here: no control character typed into any field gets out.
  return `${stripUnsafeCharacters(text)}\n`;
}
