import { useId, useRef, useState } from 'react';
import type { Slo } from '../../../../shared/domain/slo';
import { formatCount } from '../../../../shared/slo/formatFigures';
import { PrometheusError } from '../../../../shared/slo/prometheus/prometheusApi';
import { bridgeClient } from '../../../../shared/slo/prometheus/bridgeClient';
import { defaultPullRange, planPull, windowMs } from '../../../../shared/slo/prometheus/pullPlan';
import { describePullQueries, pullQueriesOf } from '../../../../shared/slo/prometheus/pullQueries';
import {
  checkWindowTotals,
  pullSliHistory,
  type PullProgress,
} from '../../../../shared/slo/prometheus/pullSliHistory';
import { pulledSourceText, rerunFromMs } from '../../../../shared/slo/prometheus/pullSource';
import { useDatabase } from '../../db/DatabaseContext';
import { storePulledSli } from '../../db/pulledSliRepository';
import { platform } from '../../platform/platform';
import { Dialog } from '../../ui/Dialog';
import { FormActions } from '../../ui/FormActions';
import { errorText, showInfo } from '../../ui/noticeStore';
import './prometheusPull.css';

const DAY_MS = 86_400_000;
const RANGES = {
  default: 'The SLO window and the three before it',
  window: 'The SLO window only',
  '90d': 'The last 90 days',
} as const;
const RESOLUTIONS = { '15000': '15 seconds', '60000': '1 minute', '300000': '5 minutes' } as const;

/** The pull's end: now, read when the pull starts (never during a render). */
const currentMs = () => Date.now();

const day = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** Pulls the SLO's SLI history from the Prometheus set in Settings, with progress and cancel. */
export function PrometheusPullDialog({ slo, onClose }: { slo: Slo; onClose: () => void }) {
  const db = useDatabase();
  const id = useId();
  const queries = pullQueriesOf(slo);
  const [range, setRange] = useState<keyof typeof RANGES>('default');
  const [resolution, setResolution] = useState<keyof typeof RESOLUTIONS>('60000');
  const [progress, setProgress] = useState<PullProgress | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function pull() {
    if (!queries.ok) return;
    setProblem(null);
    const controller = new AbortController();
    abort.current = controller;
    try {
      const source = await platform.getPrometheusSource({});
      if (!source.source) {
        setProblem('No Prometheus is set up yet: give its address in Settings → Data sources.');
        return;
      }
      const nowMs = currentMs();
      const resolutionMs = Number(resolution);
      const full =
        range === 'window'
          ? { fromMs: nowMs - windowMs(slo.window), toMs: nowMs }
          : range === '90d'
            ? { fromMs: nowMs - 90 * DAY_MS, toMs: nowMs }
            : defaultPullRange(slo.window, nowMs);
      const sourceText = pulledSourceText(source.source.baseUrl, queries.queries);
      const firstPlan = planPull({ ...full, resolutionMs });
      const from = rerunFromMs(slo, sourceText, firstPlan.stepMs);
      const append = from !== null && from > full.fromMs && from < nowMs;
      const plan = append ? planPull({ fromMs: from, toMs: nowMs, resolutionMs }) : firstPlan;
      const client = bridgeClient(platform);
      setProgress({ done: 0, total: plan.requests.length });
      const pulled = await pullSliHistory({
        client,
        queries: queries.queries,
        plan,
        signal: controller.signal,
        onProgress: setProgress,
      });
      const checks = await checkWindowTotals({
        client,
        queries: queries.queries,
        pulled: pulled.data,
        windowMs: windowMs(slo.window),
        signal: controller.signal,
      }).catch(() => []);
      await storePulledSli(db, slo.id, pulled.data, sourceText, append);
      const off = checks.filter((c) => c.difference > 0.01);
      showInfo(
        `Pulled ${formatCount(pulled.rows)} steps from Prometheus${append ? ' (only what was new)' : ''}` +
          `${pulled.gaps ? `; ${formatCount(pulled.gaps)} without data are kept as gaps` : ''}.` +
          (off.length
            ? ` Prometheus' own ${off.map((c) => c.role).join(' and ')} count over the window differs by ${off
                .map((c) => `${(c.difference * 100).toFixed(1)}%`)
                .join(' and ')}.`
            : ''),
      );
      onClose();
    } catch (error) {
      if (error instanceof PrometheusError && error.kind === 'cancelled')
        setProblem('Stopped. The SLO’s data is as it was.');
      else
        setProblem(
          `${error instanceof PrometheusError ? error.message : errorText(error)} The SLO’s data is as it was.`,
        );
    } finally {
      abort.current = null;
      setProgress(null);
    }
  }

  const running = progress !== null;
  return (
    <Dialog
      title={`Pull history for “${slo.name}”`}
      onClose={() => abort.current?.abort() ?? onClose()}
    >
      {queries.ok ? (
        <>
          <p>From the Prometheus set in Settings → Data sources, with these queries:</p>
          <ul className="pull-queries">
            {describePullQueries(queries.queries).map((text) => (
              <li key={text}>
                <code>{text}</code>
              </li>
            ))}
          </ul>
          <div className="pull-fields">
            <label htmlFor={`${id}-range`}>Range</label>
            <select
              id={`${id}-range`}
              value={range}
              disabled={running}
              onChange={(e) => setRange(e.target.value as keyof typeof RANGES)}
            >
              {Object.entries(RANGES).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-resolution`}>The data’s resolution (never pulled finer)</label>
            <select
              id={`${id}-resolution`}
              value={resolution}
              disabled={running}
              onChange={(e) => setResolution(e.target.value as keyof typeof RESOLUTIONS)}
            >
              {Object.entries(RESOLUTIONS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          {slo.dataSummary && (
            <p className="field-hint">
              Stored now: {formatCount(slo.dataSummary.rows)} steps from {slo.dataSummary.source},
              up to {day(slo.dataSummary.endMs)} UTC. A pull with the same address and queries
              fetches only what is new; any other replaces it.
            </p>
          )}
        </>
      ) : (
        <p className="field-error">{queries.why} Edit the SLO to write its SLI as PromQL.</p>
      )}
      {running && (
        <p>
          <progress
            aria-label="Pulling history"
            max={Math.max(1, progress.total)}
            value={progress.done}
          />{' '}
          {progress.done} of {progress.total} requests
        </p>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <FormActions
        cancel={{
          label: running ? 'Stop' : 'Close',
          onCancel: () => (running ? abort.current?.abort() : onClose()),
        }}
        tone="primary"
        label={running ? 'Pulling…' : 'Pull history'}
        disabled={running || !queries.ok}
        onAction={() => void pull()}
      />
    </Dialog>
  );
}
