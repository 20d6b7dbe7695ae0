import { looksLikeQuery } from '../looksLikeQuery';
import type { Matrix, PrometheusErrorKind } from './prometheusApi';
import { ALL_EVENTS, ALL_EXCEPT, ONE_MINUS_FAILURE } from './prometheusSli';

/**
 * Checking an SLI query as it is typed: what part of a field is PromQL, the query actually sent
 * (a template's window set to a short range), and what came back, said in words.
 */

/** The query in a field, after the words the importers put before it ("all except: "). */
export interface FieldQuery {
  /** Kept as typed in front of the query, e.g. "all except: ". */
  prefix: string;
  query: string;
}

const PREFIXES = [ALL_EXCEPT, ONE_MINUS_FAILURE];
/** Sloth's `{{.window}}` or Grafana's interval variables, which Prometheus itself cannot read. */
const TEMPLATE_RANGE = /\{\{\s*\.window\s*\}\}|\$__(?:rate_interval|interval|range)/g;
/** A range short enough to answer fast, long enough to hold a few samples at any usual scrape. */
export const CHECK_RANGE = '5m';

/** The query a field holds, or null when it holds a description in words (nothing to check). */
export function fieldQuery(text: string): FieldQuery | null {
  const trimmed = text.trim();
  if (trimmed === ALL_EVENTS) return null;
  const prefix = PREFIXES.find((p) => trimmed.startsWith(p)) ?? '';
  const query = trimmed.slice(prefix.length).trim();
  return looksLikeQuery(query) ? { prefix, query } : null;
}

/** What is sent to Prometheus: a `{{.window}}` template evaluated over a short range. */
export function runnableQuery(query: string): string {
  return query.replace(TEMPLATE_RANGE, CHECK_RANGE);
}

/** The field's text with its query summed into one series; the words before it kept. */
export function summedField(text: string): string {
  const found = fieldQuery(text);
  if (!found) return text;
  return `${found.prefix}sum(${found.query})`;
}

export type QueryCheck =
  | { kind: 'series'; count: number }
  | { kind: 'failed'; errorKind: PrometheusErrorKind | string; message: string };

/** How many distinct series answered over the span checked. */
export function checkOfMatrix(matrix: Matrix): QueryCheck {
  return { kind: 'series', count: matrix.filter((s) => s.values.length > 0).length };
}

export interface QueryCheckWords {
  text: string;
  /** Several series: the field can offer to wrap the query in `sum(...)`. */
  offerSum: boolean;
  tone: 'ok' | 'warning' | 'error';
}

const REFUSED_PREFIX = /^Prometheus refused the query:\s*/;

/**
 * What came back, in words: "returns 3 series; sum them?", "returns no series", "PromQL error:
 * …" with Prometheus' own message, or "cannot reach the data source" with why.
 */
export function describeQueryCheck(check: QueryCheck): QueryCheckWords {
  if (check.kind === 'series') {
    if (check.count === 0)
      return {
        text: 'Returns no series: check the metric name and labels, and that Prometheus has data for them in the last day.',
        offerSum: false,
        tone: 'warning',
      };
    if (check.count === 1) return { text: 'Returns 1 series.', offerSum: false, tone: 'ok' };
    return {
      text: `Returns ${check.count.toLocaleString('en-US')} series; sum them?`,
      offerSum: true,
      tone: 'warning',
    };
  }
  if (check.errorKind === 'query') {
    const why = check.message.replace(REFUSED_PREFIX, '').replace(/\.$/, '');
    return { text: `PromQL error: ${why}`, offerSum: false, tone: 'error' };
  }
  return {
    text: `Cannot reach the data source: ${check.message}`,
    offerSum: false,
    tone: 'error',
  };
}
