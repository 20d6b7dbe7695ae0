import { memo, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { ReportOutput } from '../../../../shared/report/reportContext';
import { MermaidDiagram } from './MermaidDiagram';
import { reportDateInWords } from '../../../../shared/report/reportDate';
import { localZone } from '../../ui/localTime';

/** Characters of Markdown the preview renders: some thirty pages, parsed in well under a second. */
const PREVIEW_LIMIT = 100_000;

/** The front matter's keys as a person reads them beside the report. */
const FACT_LABELS: Record<string, string> = {
  title: 'Title',
  workbook: 'Workbook',
  generated_at: 'Made on',
};

/** The front matter is for tools; the preview shows it as a small table of facts instead. */
function splitFrontMatter(markdown: string): { fields: [string, string][]; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) return { fields: [], body: markdown };
  const fields = match[1]!.split('\n').flatMap((line): [string, string][] => {
    const at = line.indexOf(': ');
    if (at < 0) return [];
    try {
      return [[line.slice(0, at), String(JSON.parse(line.slice(at + 2)))]];
    } catch {
      return [];
    }
  });
  return { fields, body: markdown.slice(match[0].length) };
}

/** The text of a hast node and its children. */
function textOf(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? [])
    .map((child) => textOf(child as { type: string; value?: string; children?: unknown[] }))
    .join('');
}

/** "Timeline of <title>" from a diagram's title line, for the image's name. */
function diagramTitle(source: string): string {
  const title = /^\s*title\s+(.+)$/m.exec(source)?.[1]?.trim();
  const kind = source.trim().split(/\s/)[0] ?? 'diagram';
  return title ? `${kind} of ${title}` : kind;
}

/**
 * The report rendered as GitHub would, safely: raw HTML is never rendered (skipHtml, no
 * rehype-raw), links are shown with their address and do not navigate, and charts are drawn from
 * the SVG files that will be saved beside the report.
 */
export const ReportPreview = memo(function ReportPreview({ report }: { report: ReportOutput }) {
  const { fields, body: whole } = splitFrontMatter(report.markdown);
  // Rendering a report of 200,000 pain points would freeze the window; the file keeps it all.
  const cut = whole.length > PREVIEW_LIMIT ? whole.lastIndexOf('\n\n', PREVIEW_LIMIT) : -1;
  const body = cut > 0 ? whole.slice(0, cut) : whole;
  const components: Components = {
    img: ({ src, alt }) => {
      const chart = report.attachments.find((a) => a.name === decodeURI(String(src ?? '')));
      if (!chart) return <span className="field-hint">[{alt}]</span>;
      // An SVG shown through <img> cannot run script, whatever it held.
      const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.content)}`;
      return <img src={url} alt={alt ?? ''} className="report-chart" />;
    },
    pre: ({ children, node }) => {
      const code = node?.children[0];
      const classes =
        code && code.type === 'element' ? (code.properties['className'] as unknown) : undefined;
      if (Array.isArray(classes) && classes.includes('language-mermaid')) {
        const text = code && code.type === 'element' ? textOf(code) : '';
        return <MermaidDiagram key={text} source={text} label={`Diagram: ${diagramTitle(text)}`} />;
      }
      return <pre>{children}</pre>;
    },
    a: ({ children, href }: { children?: ReactNode; href?: string | undefined }) => (
      <span className="report-link">
        {children}
        {href && String(children) !== href ? ` (${href})` : ''}
      </span>
    ),
  };
  return (
    <article className="report-preview" aria-label="Report preview">
      {fields.length > 0 && (
        <dl className="report-meta">
          {fields.map(([key, value]) => (
            <div key={key}>
              <dt>{FACT_LABELS[key] ?? key.replace(/_/g, ' ')}</dt>
              <dd>{key === 'generated_at' ? reportDateInWords(value, localZone()) : value}</dd>
            </div>
          ))}
        </dl>
      )}
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
        {body}
      </Markdown>
      {cut > 0 && (
        <p className="notice-inline" role="note">
          The preview stops here, at {Math.round((cut / whole.length) * 100)}% of the report: it is
          long. Save writes the whole report; printing covers only the part shown here.
        </p>
      )}
    </article>
  );
});
