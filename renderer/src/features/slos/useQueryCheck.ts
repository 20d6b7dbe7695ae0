import { useEffect, useState } from 'react';
import { bridgeClient } from '../../../../shared/slo/prometheus/bridgeClient';
import { PrometheusError } from '../../../../shared/slo/prometheus/prometheusApi';
import {
  checkOfMatrix,
  describeQueryCheck,
  fieldQuery,
  runnableQuery,
  type QueryCheckWords,
} from '../../../../shared/slo/prometheus/queryCheck';
import { platform } from '../../platform/platform';

/** Typing has settled once no key came for this long. */
export const SETTLE_MS = 700;
/** The span checked: the last day, in 97 steps (cheap for any Prometheus). */
const SPAN_S = 86_400;
const STEP_S = 900;

export type QueryCheckState =
  { status: 'idle' } | { status: 'checking' } | ({ status: 'checked' } & QueryCheckWords);

/**
 * Checks a field's PromQL against the Prometheus set in Settings once typing settles: a newer
 * text aborts the older request (its answer is never shown). Never blocks typing or saving;
 * without a data source, or for a description in words, there is nothing to say.
 */
export function useQueryCheck(text: string, hasSource: boolean): QueryCheckState {
  // Keyed by the query it is about, so an answer never shows under a newer text.
  const [answer, setAnswer] = useState<{ query: string; words: QueryCheckWords | null } | null>(
    null,
  );
  const query = hasSource ? fieldQuery(text)?.query : undefined;
  useEffect(() => {
    if (!query) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setAnswer({ query, words: null });
      const endS = Math.floor(Date.now() / 1000 / STEP_S) * STEP_S;
      bridgeClient(platform)
        .queryRange(runnableQuery(query), endS - SPAN_S, endS, STEP_S, controller.signal)
        .then((matrix) => describeQueryCheck(checkOfMatrix(matrix)))
        .catch((error: unknown) =>
          describeQueryCheck({
            kind: 'failed',
            errorKind: error instanceof PrometheusError ? error.kind : 'unreachable',
            message: error instanceof Error ? error.message : String(error),
          }),
        )
        .then((words) => {
          if (!controller.signal.aborted) setAnswer({ query, words });
        });
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  if (!query || answer?.query !== query) return { status: 'idle' };
  return answer.words ? { status: 'checked', ...answer.words } : { status: 'checking' };
}

/** Whether a Prometheus data source is set, read once when a form opens. */
export function useHasPrometheusSource(): boolean {
  const [has, setHas] = useState(false);
  useEffect(() => {
    let live = true;
    platform
      .getPrometheusSource({})
      .then(({ source }) => live && setHas(source !== null))
      .catch(() => live && setHas(false));
    return () => {
      live = false;
    };
  }, []);
  return has;
}
