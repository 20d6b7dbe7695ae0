import type {
  QueryPrometheusRequest,
  QueryPrometheusResult,
  TestPrometheusResult,
} from '../../prometheusIpc';
import {
  PrometheusError,
  matrixSchema,
  vectorSchema,
  type PrometheusClient,
  type PrometheusErrorKind,
  type QueryData,
} from './prometheusApi';

const KINDS = new Set<string>([
  'unreachable',
  'timeout',
  'unauthorised',
  'forbidden',
  'not-prometheus',
  'query',
  'server',
  'cancelled',
]);

function fail(result: { kind: string; message: string }): never {
  const kind = (KINDS.has(result.kind) ? result.kind : 'server') as PrometheusErrorKind;
  throw new PrometheusError(kind, result.message);
}

/**
 * The pull's client in the renderer: every request goes through the bridge (main, or the web
 * build's proxy), which holds the address and the sign-in. Answers are checked again here.
 */
export function bridgeClient(bridge: {
  testPrometheus(request: Record<string, never>): Promise<TestPrometheusResult>;
  queryPrometheus(request: QueryPrometheusRequest): Promise<QueryPrometheusResult>;
}): PrometheusClient {
  const cancelled = (signal?: AbortSignal) => {
    if (signal?.aborted) throw new PrometheusError('cancelled', 'Stopped.');
  };
  return {
    async version(signal) {
      const result = await bridge.testPrometheus({});
      cancelled(signal);
      return result.status === 'ok' ? result.version : fail(result);
    },
    async queryRange(query, start, end, step, signal) {
      const result = await bridge.queryPrometheus({ kind: 'range', query, start, end, step });
      cancelled(signal);
      if (result.status !== 'ok') fail(result);
      const matrix = matrixSchema.safeParse((result.data as { result?: unknown } | null)?.result);
      if (!matrix.success)
        throw new PrometheusError(
          'not-prometheus',
          'Prometheus answered with data SLO Workbook cannot read.',
        );
      return matrix.data;
    },
    async query(query, time, signal) {
      const result = await bridge.queryPrometheus({ kind: 'instant', query, time });
      cancelled(signal);
      if (result.status !== 'ok') fail(result);
      const data = result.data as { resultType?: unknown; result?: unknown } | null;
      if (data?.resultType === 'vector') {
        const vector = vectorSchema.safeParse(data.result);
        if (vector.success)
          return { resultType: 'vector', result: vector.data } satisfies QueryData;
      }
      if (data?.resultType === 'scalar' && Array.isArray(data.result))
        return { resultType: 'scalar', result: [Number(data.result[0]), String(data.result[1])] };
      throw new PrometheusError(
        'not-prometheus',
        'Prometheus answered with data SLO Workbook cannot read.',
      );
    },
  };
}
