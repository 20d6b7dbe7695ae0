import type { BridgeApi } from '../../../shared/ipc';
import {
  queryPrometheusRequestSchema,
  setPrometheusSourceRequestSchema,
} from '../../../shared/prometheusIpc';
import {
  PrometheusError,
  createPrometheusClient,
  type FetchLike,
} from '../../../shared/slo/prometheus/prometheusApi';
import {
  authHeaders,
  prometheusSourceSchema,
  prometheusSourceViewSchema,
  viewOfSource,
} from '../../../shared/slo/prometheus/prometheusSource';

type PrometheusApi = Pick<
  BridgeApi,
  'getPrometheusSource' | 'setPrometheusSource' | 'testPrometheus' | 'queryPrometheus'
>;

/** The start:web server's same-origin proxy (scripts/prometheusProxy.mjs). */
const PROXY = '/__prometheus';

const NO_PROXY =
  'This page cannot reach Prometheus: open SLO Workbook with `npm run start:web` (its server passes requests on), or use the desktop app.';

/**
 * The web build's data source: the start:web server holds the sign-in in its memory and passes
 * queries on, so the page never keeps a password and Prometheus needs no CORS.
 */
export function createBrowserPrometheus(fetchImpl: FetchLike): PrometheusApi {
  const viewOf = async () => {
    const answer = await fetchImpl(`${PROXY}/source`, { method: 'GET', headers: {} });
    if (answer.status !== 200) throw new Error(NO_PROXY);
    const body = JSON.parse(await answer.text()) as { source?: unknown };
    const view = prometheusSourceViewSchema.nullable().safeParse(body.source ?? null);
    if (!view.success) throw new Error(NO_PROXY);
    return view.data;
  };
  const client = async () => {
    const view = await viewOf();
    if (!view) return null;
    return createPrometheusClient({
      // The proxy adds the sign-in; the client only needs the address, to name it in messages.
      source: { baseUrl: view.baseUrl, auth: { kind: 'none' } },
      fetch: fetchImpl,
      viaProxy: PROXY,
    });
  };
  const failed = (error: unknown) =>
    error instanceof PrometheusError
      ? { status: 'failed' as const, kind: error.kind, message: error.message }
      : { status: 'failed' as const, kind: 'unreachable', message: NO_PROXY };
  const unset = {
    status: 'failed' as const,
    kind: 'unset',
    message: 'No Prometheus is set up yet: give its address in Settings → Data sources.',
  };

  return {
    async getPrometheusSource() {
      try {
        return { source: await viewOf() };
      } catch {
        return { source: null };
      }
    },

    async setPrometheusSource(request) {
      const parsed = setPrometheusSourceRequestSchema.safeParse(request);
      if (!parsed.success)
        return {
          status: 'failed',
          message: parsed.error.issues[0]?.message ?? 'Not a data source.',
        };
      const given = parsed.data.source;
      let body: unknown = null;
      let view = null;
      if (given) {
        const source = prometheusSourceSchema.safeParse(given);
        if (!source.success) {
          const issue = source.error.issues[0];
          return {
            status: 'failed',
            message:
              issue?.code === 'invalid_type'
                ? 'Type the password, token or header value again: the web page keeps none.'
                : (issue?.message ?? 'Not a data source.'),
          };
        }
        view = viewOfSource(source.data, 'memory');
        body = { baseUrl: source.data.baseUrl, headers: authHeaders(source.data.auth), view };
      }
      try {
        const answer = await fetchImpl(`${PROXY}/source`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        });
        if (answer.status !== 200) return { status: 'failed', message: NO_PROXY };
      } catch {
        return { status: 'failed', message: NO_PROXY };
      }
      return { status: 'saved', source: view };
    },

    async testPrometheus() {
      try {
        const c = await client();
        if (!c) return unset;
        const view = await viewOf();
        return { status: 'ok', baseUrl: view!.baseUrl, version: await c.version() };
      } catch (error) {
        return failed(error);
      }
    },

    async queryPrometheus(request) {
      const parsed = queryPrometheusRequestSchema.safeParse(request);
      if (!parsed.success)
        return { status: 'failed', kind: 'query', message: 'That query cannot be asked.' };
      try {
        const c = await client();
        if (!c) return unset;
        const r = parsed.data;
        const data =
          r.kind === 'range'
            ? { resultType: 'matrix', result: await c.queryRange(r.query, r.start, r.end, r.step) }
            : await c.query(r.query, r.time);
        return { status: 'ok', data };
      } catch (error) {
        return failed(error);
      }
    },
  };
}
