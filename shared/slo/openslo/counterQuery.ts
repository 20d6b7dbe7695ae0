/**
 * OpenSLO has no range template: a ratioMetric with `counter: true` names the counters themselves
 * and the tool reading it takes their increase over whatever window it evaluates. Sloth writes
 * `rate(x[{{.window}}])`, a rate over a window it fills in. The two mean the same where the query
 * is only a rate (or increase) of one selector, summed or not: `sum by (job) (rate(x[w]))` is the
 * rate of the counter `sum by (job) (x)`. Anything else (a quotient, a histogram quantile, a
 * rate times a constant) has no exact counter form.
 */

const WINDOW = /\{\{\s*\.window\s*\}\}/;
const LABELS = String.raw`\{(?:[^{}"]|"(?:[^"\\]|\\.)*")*\}`;
const SELECTOR = String.raw`(?:[A-Za-z_:][A-Za-z0-9_:]*\s*(?:${LABELS})?|${LABELS})`;
const RANGE = String.raw`\s*\[\s*\{\{\s*\.window\s*\}\}\s*\]\s*`;
const RATE = String.raw`(?:rate|increase)\s*\(\s*(${SELECTOR})${RANGE}\)`;
const GROUPING = String.raw`(?:by|without)\s*\([\sA-Za-z0-9_,]*\)`;
const BARE = new RegExp(String.raw`^\s*${RATE}\s*$`);
const SUMMED = new RegExp(
  String.raw`^\s*sum\s*(${GROUPING})?\s*\(\s*${RATE}\s*\)\s*(${GROUPING})?\s*$`,
);

/** Does the query hold Sloth's window template? */
export function hasWindowTemplate(query: string): boolean {
  return WINDOW.test(query);
}

/**
 * The counter a rate-over-window query measures, exactly, or null when the query has no such
 * form. `sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))` -> `sum(http_requests_total{code=~"5.."})`.
 */
export function counterForm(query: string): string | null {
  const bare = BARE.exec(query);
  if (bare) return bare[1]!.trim();
  const summed = SUMMED.exec(query);
  if (!summed) return null;
  const [, before, selector, after] = summed;
  const grouping = (before ?? after)?.replace(/\s+/g, ' ').replace(/\s*\(\s*/, ' (') ?? '';
  if (before && after) return null; // grouped twice: not a query Prometheus accepts
  return `sum${grouping ? ` ${grouping} ` : ''}(${selector!.trim()})`;
}

/** A range OpenSLO tools can evaluate point by point, for a query with no counter form. */
export const GAUGE_RANGE = '5m';

/** The query with Sloth's window template set to a fixed range. */
export function atFixedRange(query: string): string {
  return query.replace(new RegExp(WINDOW.source, 'g'), GAUGE_RANGE);
}
