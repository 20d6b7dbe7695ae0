import { CHART_PALETTE as C } from './chartPalette';
/**
 * A small line chart as standalone SVG text, for charts saved beside a Markdown report. Pure
 * string building: every piece of text is XML-escaped, and nothing references outside content.
 */
import { stripUnsafeCharacters } from './safeText';

export interface SvgSeriesPoint {
  t: number;
  value: number | null;
}

export interface SvgChartOptions {
  title: string;
  points: SvgSeriesPoint[];
  /** Formats a y value for the axis labels. */
  formatY: (value: number) => string;
  /** Formats a time for the axis labels. */
  formatT: (ms: number) => string;
  /** A horizontal reference line (e.g. 0% budget remaining), when given. */
  reference?: { value: number; label: string };
  /** Fixed value axis, e.g. the emotion scale −2..2, so its middle is where it should be. */
  yDomain?: [number, number];
  /** Labelled values on the value axis; the extremes and the middle when not given. */
  yTicks?: number[];
  /**
   * Points named one by one (a journey's steps): numbered on the axis, with a legend of the
   * names below, so every step is named however long its name.
   */
  pointNames?: string[];
  width?: number;
  height?: number;
}

/** A legend line keeps to its column: long names end in an ellipsis at a word where possible. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

export function xmlEscape(text: string): string {
  return stripUnsafeCharacters(text).replace(/[<>&"']/g, (c) =>
    c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : c === '"' ? '&quot;' : '&apos;',
  );
}

const round = (n: number) => Math.round(n * 10) / 10;

export function lineChartSvg(options: SvgChartOptions): string {
  const width = options.width ?? 720;
  const names = options.pointNames ?? null;
  const legendColumns = 2;
  const legendRows = names ? Math.ceil(names.length / legendColumns) : 0;
  const legendHeight = names ? 12 + legendRows * 16 : 0;
  const height = (options.height ?? 260) + legendHeight;
  const pad = { left: 88, right: 16, top: 36, bottom: 36 + legendHeight };
  const defined = options.points.filter((p): p is { t: number; value: number } => p.value !== null);
  const ts = options.points.map((p) => p.t);
  const ys = defined.map((p) => p.value);
  if (options.reference) ys.push(options.reference.value);
  const tMin = Math.min(...ts);
  const tMax = Math.max(...ts);
  let yMin = options.yDomain ? options.yDomain[0] : ys.length ? Math.min(...ys) : 0;
  let yMax = options.yDomain ? options.yDomain[1] : ys.length ? Math.max(...ys) : 1;
  if (yMax - yMin < 1e-9) {
    yMin -= 0.5;
    yMax += 0.5;
  }
  const x = (t: number) =>
    pad.left + (tMax > tMin ? ((t - tMin) / (tMax - tMin)) * (width - pad.left - pad.right) : 0);
  const y = (v: number) =>
    pad.top + (1 - (v - yMin) / (yMax - yMin)) * (height - pad.top - pad.bottom);

  // Gaps (null values) break the line instead of being drawn as zero.
  const segments: string[] = [];
  let current: string[] = [];
  for (const point of options.points) {
    if (point.value === null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      continue;
    }
    current.push(`${current.length ? 'L' : 'M'}${round(x(point.t))},${round(y(point.value))}`);
  }
  if (current.length) segments.push(current.join(' '));

  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${xmlEscape(options.title)}">`,
    `<title>${xmlEscape(options.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${C.background}"/>`,
    `<text x="${pad.left}" y="22" font-family="sans-serif" font-size="14" fill="${C.ink}">${xmlEscape(options.title)}</text>`,
    `<line x1="${pad.left}" y1="${pad.top}" x2="${pad.left}" y2="${height - pad.bottom}" stroke="${C.grid}"/>`,
    `<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="${C.grid}"/>`,
  ];
  for (const v of options.yTicks ?? [yMax, (yMin + yMax) / 2, yMin]) {
    parts.push(
      `<text x="${pad.left - 6}" y="${round(y(v) + 4)}" text-anchor="end" font-family="sans-serif" font-size="11" fill="${C.muted}">${xmlEscape(options.formatY(v))}</text>`,
    );
  }
  if (names) {
    const axisY = height - pad.bottom;
    options.points.forEach((p, i) => {
      parts.push(
        `<text x="${round(x(p.t))}" y="${axisY + 16}" text-anchor="middle" font-family="sans-serif" font-size="11" fill="${C.muted}">${i + 1}</text>`,
      );
    });
    const columnWidth = (width - pad.left - pad.right) / legendColumns;
    names.forEach((name, i) => {
      const column = Math.floor(i / legendRows);
      const row = i % legendRows;
      parts.push(
        `<text x="${round(pad.left + column * columnWidth)}" y="${axisY + 40 + row * 16}" font-family="sans-serif" font-size="11" fill="${C.ink}">${xmlEscape(`${i + 1}. ${clip(name, 48)}`)}</text>`,
      );
    });
  } else if (options.points.length) {
    parts.push(
      `<text x="${pad.left}" y="${height - 12}" font-family="sans-serif" font-size="11" fill="${C.muted}">${xmlEscape(options.formatT(tMin))}</text>`,
      `<text x="${width - pad.right}" y="${height - 12}" text-anchor="end" font-family="sans-serif" font-size="11" fill="${C.muted}">${xmlEscape(options.formatT(tMax))}</text>`,
    );
  }
  if (options.reference) {
    const ry = round(y(options.reference.value));
    parts.push(
      `<line x1="${pad.left}" y1="${ry}" x2="${width - pad.right}" y2="${ry}" stroke="${C.limit}" stroke-dasharray="4 3"/>`,
      `<text x="${width - pad.right}" y="${ry - 4}" text-anchor="end" font-family="sans-serif" font-size="11" fill="${C.limit}">${xmlEscape(options.reference.label)}</text>`,
    );
  }
  for (const d of segments) {
    parts.push(`<path d="${d}" fill="none" stroke="${C.series}" stroke-width="2"/>`);
  }
  if (defined.length === 0) {
    parts.push(
      `<text x="${width / 2}" y="${height / 2}" text-anchor="middle" font-family="sans-serif" font-size="13" fill="${C.muted}">No data in this window</text>`,
    );
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
