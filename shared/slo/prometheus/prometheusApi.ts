import { z } from 'zod';
import { authHeaders, type PrometheusSource } from './prometheusSource';

/**
 * The Prometheus HTTP API (https://prometheus.io/docs/prometheus/latest/querying/api/), as far as
 * pulling SLI history needs it: range and instant queries (POST, form-encoded, so long PromQL
 * never meets a URL length limit) and the build information that says which version answered.
 * Network access is injected: main's `fetch`, the web build's proxy, or a test's.
 */

/** The part of `fetch` the client uses. */
export type FetchLike = (
  url: string,
  init: {
    method: 'GET' | 'POST';
    headers: Record<string, string>;
    body?: string;
    signal?: AbortSignal;
  },
) => Promise<{ status: number; text(): Promise<string> }>;

/** Prometheus refuses a range query over this many points per series. */
export const MAX_POINTS_PER_QUERY = 11_000;

const sampleSchema = z.tuple([z.number(), z.string()]);
const labelsSchema = z.record(z.string(), z.string());
export const matrixSchema = z.array(
  z.object({ metric: labelsSchema, values: z.array(sampleSchema) }),
);
export const vectorSchema = z.array(z.object({ metric: labelsSchema, value: sampleSchema }));
export type Matrix = z.infer<typeof matrixSchema>;
export type Vector = z.infer<typeof vectorSchema>;

const queryDataSchema = z.discriminatedUnion('resultType', [
  z.object({ resultType: z.literal('matrix'), result: matrixSchema }),
  z.object({ resultType: z.literal('vector'), result: vectorSchema }),
  z.object({ resultType: z.literal('scalar'), result: sampleSchema }),
  z.object({ resultType: z.literal('string'), result: sampleSchema }),
]);
export type QueryData = z.infer<typeof queryDataSchema>;

const envelopeSchema = z.union([
  z.object({
    status: z.literal('success'),
    data: z.unknown(),
    warnings: z.array(z.string()).optional(),
  }),
  z.object({ status: z.literal('error'), errorType: z.string().optional(), error: z.string() }),
]);

export type PrometheusErrorKind =
  | 'unreachable'
  | 'timeout'
  | 'unauthorised'
  | 'forbidden'
  | 'not-prometheus'
  | 'query'
  | 'server'
  | 'cancelled';

/** A failure said in words a CSM understands; `kind` for code that must tell them apart. */
export class PrometheusError extends Error {
  override name = 'PrometheusError';
  constructor(
    readonly kind: PrometheusErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export interface PrometheusClient {
  /** The version that answered, e.g. "2.42.0"; null when the server does not say. */
  version(signal?: AbortSignal): Promise<string | null>;
  queryRange(
    query: string,
    startS: number,
    endS: number,
    stepS: number,
    signal?: AbortSignal,
  ): Promise<Matrix>;
  query(query: string, timeS: number, signal?: AbortSignal): Promise<QueryData>;
}

export interface ClientOptions {
  source: PrometheusSource;
  fetch: FetchLike;
  /** How long one request may take before it is given up, in ms. */
  timeoutMs?: number;
  /**
   * Where requests go when not straight to the source: the web build's same-origin proxy, which
   * adds the sign-in itself (so the page never holds it).
   */
  viaProxy?: string;
}

const seconds = (ms: number) => `${Number((ms / 1000).toPrecision(2))} seconds`;

export function createPrometheusClient(options: ClientOptions): PrometheusClient {
  const { source, fetch } = options;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const where = source.baseUrl;

  async function call(
    path: string,
    form: Record<string, string> | null,
    signal?: AbortSignal,
  ): Promise<unknown> {
    const url = `${options.viaProxy ?? source.baseUrl}/${path}`;
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const onAbort = () => timeout.abort();
    signal?.addEventListener('abort', onAbort);
    let status: number;
    let text: string;
    try {
      const response = await fetch(url, {
        method: form ? 'POST' : 'GET',
        headers: {
          Accept: 'application/json',
          ...(form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}),
          ...(options.viaProxy ? {} : authHeaders(source.auth)),
        },
        ...(form ? { body: new URLSearchParams(form).toString() } : {}),
        signal: timeout.signal,
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw new PrometheusError('cancelled', 'Stopped.');
      if (timeout.signal.aborted)
        throw new PrometheusError(
          'timeout',
          `Prometheus at ${where} did not answer within ${seconds(timeoutMs)}.`,
        );
      throw new PrometheusError(
        'unreachable',
        `Nothing answered at ${where}: check the address, and that Prometheus is running and reachable from this computer.` +
          (error instanceof Error && error.message ? ` (${error.message})` : ''),
      );
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    return readAnswer(status, text);
  }

  function readAnswer(status: number, text: string): unknown {
    if (status === 401)
      throw new PrometheusError(
        'unauthorised',
        source.auth.kind === 'basic'
          ? `Prometheus at ${where} refused the sign-in (401): wrong user or password.`
          : source.auth.kind === 'none'
            ? `Prometheus at ${where} asks for a sign-in (401): set a user and password or a token.`
            : `Prometheus at ${where} refused the sign-in (401): the token or headers are not accepted.`,
      );
    if (status === 403)
      throw new PrometheusError(
        'forbidden',
        `Prometheus at ${where} knows who you are but does not allow this (403).`,
      );
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    const envelope = envelopeSchema.safeParse(body);
    if (!envelope.success) {
      if (status === 503)
        throw new PrometheusError(
          'server',
          `Prometheus at ${where} is not ready (503): it may be starting up; try again in a moment.`,
        );
      if (status === 502 || status === 504)
        throw new PrometheusError(
          'unreachable',
          `Nothing answered at ${where} (the proxy said ${status}): is Prometheus running?`,
        );
      throw new PrometheusError(
        'not-prometheus',
        `What answered at ${where} is not Prometheus: it gave HTTP ${status} without Prometheus' API answer. Check the address (it ends before /api/v1).`,
      );
    }
    if (envelope.data.status === 'error') {
      const why = envelope.data.error;
      if (status === 503 || envelope.data.errorType === 'timeout')
        throw new PrometheusError(
          'timeout',
          `Prometheus at ${where} gave up on the query: ${why}.`,
        );
      if (status >= 500)
        throw new PrometheusError('server', `Prometheus at ${where} failed: ${why}.`);
      throw new PrometheusError('query', `Prometheus refused the query: ${why}.`);
    }
    return envelope.data.data;
  }

  function queryData(raw: unknown): QueryData {
    const parsed = queryDataSchema.safeParse(raw);
    if (!parsed.success)
      throw new PrometheusError(
        'not-prometheus',
        `Prometheus at ${where} answered with data SLO Workbook cannot read.`,
      );
    return parsed.data;
  }

  return {
    async version(signal) {
      try {
        const data = await call('api/v1/status/buildinfo', null, signal);
        const version = (data as { version?: unknown } | null)?.version;
        return typeof version === 'string' ? version : null;
      } catch (error) {
        // Thanos, Mimir and older servers have no buildinfo; a query still proves the API.
        if (!(error instanceof PrometheusError) || error.kind !== 'not-prometheus') throw error;
        queryData(await call('api/v1/query', { query: '1' }, signal));
        return null;
      }
    },
    async queryRange(query, startS, endS, stepS, signal) {
      const data = queryData(
        await call(
          'api/v1/query_range',
          { query, start: String(startS), end: String(endS), step: String(stepS) },
          signal,
        ),
      );
      if (data.resultType !== 'matrix')
        throw new PrometheusError(
          'query',
          `The query gives a ${data.resultType}, not a series over time: ${query}`,
        );
      return data.result;
    },
    async query(query, timeS, signal) {
      return queryData(await call('api/v1/query', { query, time: String(timeS) }, signal));
    },
  };
}
