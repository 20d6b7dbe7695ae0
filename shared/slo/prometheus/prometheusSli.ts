import type { Slo } from '../../domain/slo';
import { looksLikeQuery } from '../looksLikeQuery';

/**
 * How an SLO's SLI reads as Prometheus queries, each a template where `{{.window}}` stands for
 * the range (Sloth's notation): good over total events, errors over total, or a ratio query.
 */
export type PrometheusSli =
  | { kind: 'good-total'; good: string; total: string }
  | { kind: 'errors-total'; errors: string; total: string }
  | { kind: 'error-ratio'; errorRatio: string }
  | { kind: 'success-ratio'; successRatio: string };

/** What the importers write before a query whose meaning is the opposite of "good". */
export const ALL_EXCEPT = 'all except: ';
export const ONE_MINUS_FAILURE = '1 − failure ratio: ';
export const ALL_EVENTS = 'all events';

export const WINDOW = '{{.window}}';
const WINDOW_PATTERN = /\{\{\s*\.window\s*\}\}/g;
/** A range selector, not a subquery: [5m], [1h30m], Grafana's [$__rate_interval]. */
const RANGE_PATTERN = /\[(?:(?:\d+(?:ms|[smhdwy]))+|\$__(?:rate_interval|interval|range))\]/g;

/**
 * A query with its range made a template: Sloth's `{{.window}}` is kept, a fixed range such as
 * `[5m]` becomes the window. Null when the query has no range to set (a bare counter).
 */
export function windowTemplate(query: string): string | null {
  const text = query.trim();
  if (WINDOW_PATTERN.test(text)) return text.replace(WINDOW_PATTERN, WINDOW);
  const replaced = text.replace(RANGE_PATTERN, `[${WINDOW}]`);
  return replaced === text ? null : replaced;
}

/** A template for one window: "5m", "1h", "30d". */
export function atWindow(template: string, window: string): string {
  return template.split(WINDOW).join(window);
}

/** Where an imported SLO's metrics come from, as its file says: "Prometheus", "Datadog", … */
function sourceTypes(slo: Slo): string[] {
  const origin = slo.origin;
  if (!origin) return [];
  if (origin.format === 'sloth') return ['Prometheus'];
  const types: string[] = [];
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if (key === 'metricSource' && v && typeof v === 'object') {
          const type = (v as { type?: unknown }).type;
          if (typeof type === 'string') types.push(type);
        }
        walk(v);
      }
    }
  };
  // The SLO document and its SLI: data sources' own types say the same where they are named.
  walk(origin.documents.filter((d) => d['kind'] === 'SLO' || d['kind'] === 'SLI'));
  return types;
}

export type PrometheusSliResult = { ok: true; sli: PrometheusSli } | { ok: false; why: string };

/**
 * The SLO's SLI as Prometheus query templates, read from what the app shows (so an edit counts),
 * or why it cannot be: not a ratio SLI, metrics from another system, a query without a range.
 */
export function prometheusSli(slo: Slo): PrometheusSliResult {
  if (slo.sli.kind !== 'ratio') {
    return {
      ok: false,
      why: 'Prometheus rules are written for a ratio SLI (good and valid events); this SLI compares a value with a threshold.',
    };
  }
  const others = sourceTypes(slo).filter((t) => !/prometheus|thanos|cortex|mimir/i.test(t));
  if (others.length > 0) {
    return {
      ok: false,
      why: `its metrics come from ${[...new Set(others)].join(' and ')}, not Prometheus.`,
    };
  }
  const good = slo.sli.goodDescription.trim();
  const valid = slo.sli.validDescription.trim();
  const template = (query: string, what: string): string | { why: string } => {
    if (!slo.origin && !looksLikeQuery(query))
      return { why: `“${query.slice(0, 60)}” (${what}) is not a Prometheus query.` };
    return (
      windowTemplate(query) ?? {
        why: `the query for ${what} has no range such as [5m] or [{{.window}}] to set for each alert window: “${query.slice(0, 80)}”.`,
      }
    );
  };
  const fail = (value: string | { why: string }): value is { why: string } =>
    typeof value !== 'string';

  if (good.startsWith(ONE_MINUS_FAILURE)) {
    const errorRatio = template(good.slice(ONE_MINUS_FAILURE.length), 'error ratio');
    return fail(errorRatio)
      ? { ok: false, why: errorRatio.why }
      : { ok: true, sli: { kind: 'error-ratio', errorRatio } };
  }
  if (good === '') return { ok: false, why: 'the SLI has no query for good events.' };
  if (valid === ALL_EVENTS) {
    const successRatio = template(good, 'success ratio');
    return fail(successRatio)
      ? { ok: false, why: successRatio.why }
      : { ok: true, sli: { kind: 'success-ratio', successRatio } };
  }
  if (valid === '') return { ok: false, why: 'the SLI has no query for valid events.' };
  const errors = good.startsWith(ALL_EXCEPT);
  const first = errors
    ? template(good.slice(ALL_EXCEPT.length), 'bad events')
    : template(good, 'good events');
  if (fail(first)) return { ok: false, why: first.why };
  const total = template(valid, 'valid events');
  if (fail(total)) return { ok: false, why: total.why };
  return errors
    ? { ok: true, sli: { kind: 'errors-total', errors: first, total } }
    : { ok: true, sli: { kind: 'good-total', good: first, total } };
}

/** The error ratio over one window, as a PromQL expression. */
export function errorRatioAt(sli: PrometheusSli, window: string): string {
  switch (sli.kind) {
    case 'good-total':
      return `1 - ((${atWindow(sli.good, window)}) / (${atWindow(sli.total, window)}))`;
    case 'errors-total':
      return `(${atWindow(sli.errors, window)}) / (${atWindow(sli.total, window)})`;
    case 'error-ratio':
      return `(${atWindow(sli.errorRatio, window)})`;
    case 'success-ratio':
      return `1 - (${atWindow(sli.successRatio, window)})`;
  }
}
