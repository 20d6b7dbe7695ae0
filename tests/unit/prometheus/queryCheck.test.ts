import { describe, expect, it } from 'vitest';
import {
  checkOfMatrix,
  describeQueryCheck,
  fieldQuery,
  runnableQuery,
  summedField,
} from '../../../shared/slo/prometheus/queryCheck';
import { ALL_EXCEPT, ONE_MINUS_FAILURE } from '../../../shared/slo/prometheus/prometheusSli';

const series = (code: string, values: [number, string][]) => ({
  metric: { __name__: 'http_requests_total', code },
  values,
});

describe('what a field holds to check', () => {
  it('checks PromQL, not a description in words', () => {
    expect(fieldQuery('e.g. HTTP 2xx responses')).toBeNull();
    expect(fieldQuery('all events')).toBeNull();
    expect(fieldQuery('  sum(rate(http_requests_total{code!~"5.."}[5m])) ')).toEqual({
      prefix: '',
      query: 'sum(rate(http_requests_total{code!~"5.."}[5m]))',
    });
  });

  it("keeps the importers' words before the query out of what is sent", () => {
    expect(fieldQuery(`${ALL_EXCEPT}http_requests_total{code=~"5.."}`)).toEqual({
      prefix: ALL_EXCEPT,
      query: 'http_requests_total{code=~"5.."}',
    });
    expect(fieldQuery(`${ONE_MINUS_FAILURE}slo:sli_error:ratio_rate5m`)?.prefix).toBe(
      ONE_MINUS_FAILURE,
    );
  });

  it('sends a Sloth or Grafana window template with a range Prometheus can read', () => {
    expect(
      runnableQuery('sum(rate(x_total[{{.window}}])) / sum(rate(y_total[{{ .window }}]))'),
    ).toBe('sum(rate(x_total[5m])) / sum(rate(y_total[5m]))');
    expect(runnableQuery('rate(x_total[$__rate_interval])')).toBe('rate(x_total[5m])');
  });

  it('sums the query into one series and keeps the words before it', () => {
    expect(summedField('rate(http_requests_total[5m])')).toBe('sum(rate(http_requests_total[5m]))');
    expect(summedField(`${ALL_EXCEPT}http_requests_total{code=~"5.."}`)).toBe(
      `${ALL_EXCEPT}sum(http_requests_total{code=~"5.."})`,
    );
    expect(summedField('HTTP 2xx responses')).toBe('HTTP 2xx responses');
  });
});

describe('what came back, in words', () => {
  it('counts only series with samples over the span checked', () => {
    expect(
      checkOfMatrix([series('200', [[1, '3']]), series('500', []), series('404', [[1, '1']])]),
    ).toEqual({ kind: 'series', count: 2 });
  });

  it('offers to sum several series', () => {
    expect(describeQueryCheck({ kind: 'series', count: 3 })).toEqual({
      text: 'Returns 3 series; sum them?',
      offerSum: true,
      tone: 'warning',
    });
    expect(describeQueryCheck({ kind: 'series', count: 1 })).toEqual({
      text: 'Returns 1 series.',
      offerSum: false,
      tone: 'ok',
    });
  });

  it('says when nothing answers the query', () => {
    const words = describeQueryCheck({ kind: 'series', count: 0 });
    expect(words.text).toMatch(/^Returns no series: check the metric name and labels/);
    expect(words.offerSum).toBe(false);
  });

  it("quotes Prometheus' own message for a PromQL error", () => {
    expect(
      describeQueryCheck({
        kind: 'failed',
        errorKind: 'query',
        message: 'Prometheus refused the query: 1:5: parse error: unclosed left parenthesis.',
      }),
    ).toEqual({
      text: 'PromQL error: 1:5: parse error: unclosed left parenthesis',
      offerSum: false,
      tone: 'error',
    });
  });

  it('says the data source cannot be reached, and why', () => {
    const words = describeQueryCheck({
      kind: 'failed',
      errorKind: 'unreachable',
      message: 'Nothing answered at http://127.0.0.1:9/: check the address.',
    });
    expect(words.text).toBe(
      'Cannot reach the data source: Nothing answered at http://127.0.0.1:9/: check the address.',
    );
    expect(words.tone).toBe('error');
  });
});
