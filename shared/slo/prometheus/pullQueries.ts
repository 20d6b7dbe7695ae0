import type { Slo } from '../../domain/slo';
import { looksLikeQuery } from '../looksLikeQuery';
import {
  ALL_EVENTS,
  ALL_EXCEPT,
  ONE_MINUS_FAILURE,
  atWindow,
  windowTemplate,
} from './prometheusSli';

/**
 * How one query gives events per step:
 * - `counter`: a counter as OpenSLO writes it (`sum(http_requests{…})`, no range): its value at
 *   each step boundary, differenced per series, a drop read as a reset (as Prometheus' increase).
 * - `rate`: a range query such as Sloth's `rate(…[{{.window}}])`: per second, times the step.
 * - `increase`: `increase(…[{{.window}}])`: already a count per step.
 * - `ratio`: a ratio per step (a raw success or error ratio query).
 */
export type QueryForm = 'counter' | 'rate' | 'increase' | 'ratio';

export interface PullQuery {
  /** The query as written, with `{{.window}}` for its range where it has one. */
  template: string;
  form: QueryForm;
}

export type PullQueries =
  | { kind: 'good-total'; good: PullQuery; total: PullQuery }
  | { kind: 'bad-total'; bad: PullQuery; total: PullQuery }
  | { kind: 'success-ratio'; ratio: PullQuery }
  | { kind: 'error-ratio'; ratio: PullQuery };

export type PullQueriesResult = { ok: true; queries: PullQueries } | { ok: false; why: string };

function countQuery(text: string): PullQuery {
  const template = windowTemplate(text);
  if (template === null) return { template: text.trim(), form: 'counter' };
  return { template, form: /\bincrease\s*\(/.test(template) ? 'increase' : 'rate' };
}

function ratioQuery(text: string): PullQuery {
  return { template: windowTemplate(text) ?? text.trim(), form: 'ratio' };
}

/**
 * The SLO's SLI as queries to pull, read from its good and valid fields as the importers write
 * them (Sloth's error query as "all except: …", an error ratio as "1 − failure ratio: …").
 */
export function pullQueriesOf(slo: Pick<Slo, 'sli' | 'origin'>): PullQueriesResult {
  if (slo.sli.kind !== 'ratio')
    return {
      ok: false,
      why: 'History is pulled for a ratio SLI (good and valid events); this SLI compares a value with a threshold.',
    };
  const good = slo.sli.goodDescription.trim();
  const valid = slo.sli.validDescription.trim();
  const notQuery = (text: string, what: string): PullQueriesResult | null =>
    looksLikeQuery(text)
      ? null
      : {
          ok: false,
          why:
            text === ''
              ? `Write the query for ${what} as PromQL first.`
              : `“${text.slice(0, 60)}” (${what}) is not a PromQL query: write it as one, e.g. sum(http_requests_total{code!~"5.."}).`,
        };
  if (good.startsWith(ONE_MINUS_FAILURE)) {
    const q = good.slice(ONE_MINUS_FAILURE.length).trim();
    return (
      notQuery(q, 'the error ratio') ?? {
        ok: true,
        queries: { kind: 'error-ratio', ratio: ratioQuery(q) },
      }
    );
  }
  if (valid === ALL_EVENTS)
    return (
      notQuery(good, 'the success ratio') ?? {
        ok: true,
        queries: { kind: 'success-ratio', ratio: ratioQuery(good) },
      }
    );
  const bad = good.startsWith(ALL_EXCEPT) ? good.slice(ALL_EXCEPT.length).trim() : null;
  const first = notQuery(bad ?? good, bad === null ? 'good events' : 'bad events');
  if (first) return first;
  const second = notQuery(valid, 'valid events');
  if (second) return second;
  return bad === null
    ? {
        ok: true,
        queries: { kind: 'good-total', good: countQuery(good), total: countQuery(valid) },
      }
    : { ok: true, queries: { kind: 'bad-total', bad: countQuery(bad), total: countQuery(valid) } };
}

/** "90s", the way PromQL writes a range. */
export function promDuration(seconds: number): string {
  return `${Math.round(seconds)}s`;
}

/** The query evaluated for each step of `stepS` seconds. */
export function stepQuery(q: PullQuery, stepS: number): string {
  return q.form === 'counter' ? q.template : atWindow(q.template, promDuration(stepS));
}

/** A bare selector such as `http_requests_total{code="200"}`, which increase() takes as it is. */
const SELECTOR = /^[A-Za-z_:][A-Za-z0-9_:]*\s*(\{[^{}]*\})?$/;

/**
 * The events of a whole window as one instant query: Prometheus' own count, to check the sum of
 * the pulled steps against. A counter that is not a bare selector goes through a subquery.
 */
export function windowTotalQuery(q: PullQuery, windowS: number, stepS: number): string | null {
  const w = promDuration(windowS);
  switch (q.form) {
    case 'counter':
      return SELECTOR.test(q.template)
        ? `sum(increase(${q.template}[${w}]))`
        : `sum(increase((${q.template})[${w}:${promDuration(stepS)}]))`;
    case 'rate':
      return `sum(${atWindow(q.template, w)}) * ${Math.round(windowS)}`;
    case 'increase':
      return `sum(${atWindow(q.template, w)})`;
    case 'ratio':
      return null;
  }
}

/** The queries of an SLI, for people and for the fingerprint of pulled data. */
export function describePullQueries(queries: PullQueries): string[] {
  switch (queries.kind) {
    case 'good-total':
      return [`good: ${queries.good.template}`, `total: ${queries.total.template}`];
    case 'bad-total':
      return [`bad: ${queries.bad.template}`, `total: ${queries.total.template}`];
    case 'success-ratio':
      return [`success ratio: ${queries.ratio.template}`];
    case 'error-ratio':
      return [`error ratio: ${queries.ratio.template}`];
  }
}
