import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  block,
  cell,
  codeSpan,
  frontMatter,
  heading,
  inline,
  joinSections,
  mermaidText,
  proseOrCode,
  table,
} from '../../../shared/report/markdown';
import { parse as parseYaml } from 'yaml';
import { allNodes, parseGfm, textOf } from './parseMarkdown';

const HOSTILE = [
  'a | b | c',
  'use `rm -rf` here',
  '<script>alert(1)</script>',
  '<!-- hidden --> visible',
  '# not a heading',
  '---',
  '===',
  '> not a quote',
  '- not a list',
  '1. not a list',
  '*not emphasis*',
  '[link](javascript:alert(1))',
  '![img](http://example.com/x.png)',
  '<img src=x onerror=alert(1)>',
  '&lt;b&gt; entity',
  'x'.repeat(5000),
  'line one\nline two\n\n# heading after a blank line',
  'tab\there and trailing backslash \\',
  '$math$ and ~~strike~~',
];

describe('escaping user text', () => {
  it.each(HOSTILE)('inline text #%# stays plain text with the same words', (text) => {
    const tree = parseGfm(`Said: ${inline(text)}`);
    expect(tree.children).toHaveLength(1);
    const nodes = allNodes(tree);
    expect(nodes.filter((n) => n.type === 'html')).toEqual([]);
    // Web addresses may become links (GFM autolinks them); nothing else becomes markup.
    for (const node of nodes.filter((n) => n.type === 'link')) {
      expect((node as { url?: string }).url).toMatch(/^https?:\/\//);
    }
    expect(
      nodes.some((n) => ['image', 'emphasis', 'strong', 'delete', 'inlineCode'].includes(n.type)),
    ).toBe(false);
    expect(textOf(tree)).toBe(`Said: ${text.replace(/\s+/g, ' ').trim()}`);
  });

  it.each(HOSTILE)('a table cell (#%#) never breaks its table', (text) => {
    const tree = parseGfm(
      table(
        ['Name', 'Value'],
        [
          [text, 'x'],
          ['y', text],
        ],
      ),
    );
    expect(tree.children).toHaveLength(1);
    const [tbl] = tree.children!;
    expect(tbl!.type).toBe('table');
    expect(tbl!.children).toHaveLength(3);
    for (const row of tbl!.children!) expect(row.children).toHaveLength(2);
    expect(allNodes(tree).filter((n) => n.type === 'html')).toEqual([]);
    expect(textOf(tbl!.children![1]!.children![0]!)).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it.each(HOSTILE)('a heading (#%#) stays one heading with the same words', (text) => {
    const tree = parseGfm(heading(2, text));
    expect(tree.children).toHaveLength(1);
    expect(tree.children![0]).toMatchObject({ type: 'heading', depth: 2 });
    expect(textOf(tree)).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it.each(HOSTILE)('paragraphs (#%#) keep their lines and start no block of their own', (text) => {
    const tree = parseGfm(`## Answer\n\n${block(text)}\n\n## Next`);
    const types = tree.children!.map((n) => n.type);
    expect(types[0]).toBe('heading');
    expect(types.at(-1)).toBe('heading');
    expect(types.slice(1, -1).every((t) => t === 'paragraph')).toBe(true);
    expect(allNodes(tree).filter((n) => n.type === 'html')).toEqual([]);
  });

  it('random text never becomes HTML, never splits a table row, never starts a block', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 80 }), (text) => {
        const tree = parseGfm(`${table(['A', 'B'], [[text, text]])}\n\nSaid: ${inline(text)}`);
        const nodes = allNodes(tree);
        expect(nodes.filter((n) => n.type === 'html')).toEqual([]);
        expect(tree.children!.map((n) => n.type)).toEqual(['table', 'paragraph']);
        expect(tree.children![0]!.children![1]!.children).toHaveLength(2);
      }),
      { numRuns: 500 },
    );
  });

  it('a character stripped from the report never joins a backslash to a pipe', () => {
    // Found by the report property test: backslash, NUL, pipe, NUL.
    const text = '\\\u0000|\u0000';
    const doc = joinSections([table(['A', 'B'], [[text, 'x']]), `Said: ${inline(text)}`]);
    const tree = parseGfm(doc);
    expect(tree.children![0]!.children![1]!.children).toHaveLength(2);
    expect(doc).not.toContain('\u0000');
  });

  it('empty cells show a dash; numbers are written as they are', () => {
    expect(cell('')).toBe('—');
    expect(cell(null)).toBe('—');
    expect(cell(42)).toBe('42');
  });

  it('front matter is YAML that reads back exactly, whatever the text', () => {
    const fields = {
      title: 'a: b\n---\n"quoted" # not a comment',
      workbook: '<script>',
      generated_at: 'x',
    };
    const text = frontMatter(fields);
    const lines = text.split('\n');
    expect(lines[0]).toBe('---');
    expect(lines.at(-1)).toBe('---');
    expect(lines.filter((l) => l === '---')).toHaveLength(2);
    expect(parseYaml(lines.slice(1, -1).join('\n'))).toEqual(fields);
  });

  it('Mermaid labels lose the characters Mermaid and HTML use for structure', () => {
    expect(mermaidText('10:42 <b>pool</b>; #1 `x`')).toBe(
      "10\u223642 \u2039b\u203apool\u2039/b\u203a, \uff031 'x'",
    );
    expect(mermaidText('</text><script>alert(1)</script>')).not.toMatch(/[<>]/);
    expect(mermaidText('%%{init: {"theme": "dark"}}%%')).toBe(
      "%'init\u2236 '\u201dtheme\u201d\u2236 \u201ddark\u201d''%",
    );
    expect(mermaidText('click a href "javascript:alert(1)"')).not.toMatch(/javascript:|"/);
    expect(mermaidText('p99 < 60 s at 08:38')).toBe('p99 < 60 s at 08\u223638');
    expect(mermaidText('a\u0007b\u009fc')).toBe('abc');
    expect(mermaidText('')).toBe('—');
  });

  it('escapes only what would change the rendering where it stands', () => {
    for (const plain of [
      'p99 < 300 ms and > 2 s',
      'about ~5 min',
      'http_requests_total rose',
      'AT&T and R&D',
      'C:\\temp folder',
      'costs $5 a month',
    ])
      expect(inline(plain)).toBe(plain);
    expect(inline('<b>bold</b>')).toBe('\\<b>bold\\</b>');
    expect(inline('a *b* c')).toBe('a \\*b\\* c');
    expect(inline('_under_')).toBe('\\_under\\_');
    expect(inline('~~gone~~')).toBe('\\~\\~gone\\~\\~');
    expect(inline('&amp; &#60;')).toBe('\\&amp; \\&#60;');
    expect(inline('$x$ and $y')).toBe('\\$x\\$ and \\$y');
    expect(inline('ends with \\')).toBe('ends with \\\\');
    // Rendered, each reads back as typed.
    for (const text of ['<b>bold</b>', 'a *b* c', '_under_', '~~gone~~', '&amp;', 'x\\'])
      expect(textOf(parseGfm(inline(text)))).toBe(text);
  });

  it('writes a query or a metric name as a code span', () => {
    const query = 'sum(rate(http_requests_total{code=~"5.."}[5m]))';
    expect(proseOrCode(query)).toBe(`\`${query}\``);
    expect(proseOrCode('http_requests_total')).toBe('`http_requests_total`');
    expect(proseOrCode('payment requests answered 2xx')).toBe('payment requests answered 2xx');
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a|b')).toBe('`a\\|b`');
    const tree = parseGfm(`| q |\n| --- |\n| ${codeSpan('x | y')} |`);
    const code = allNodes(tree).find((n) => n.type === 'inlineCode');
    expect(code?.value).toBe('x | y');
  });
});
