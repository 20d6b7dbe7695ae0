import { allowedDowntimeMinutes } from '../slo/budgetMath';
import { describeWindow } from '../slo/describeSlo';
import { importSloFiles, importedAsSlos } from '../slo/importSloFiles';
import {
  PrometheusError,
  createPrometheusClient,
  type FetchLike,
} from '../slo/prometheus/prometheusApi';
import { prometheusSourceSchema, type PrometheusAuth } from '../slo/prometheus/prometheusSource';
import { planPull, windowMs } from '../slo/prometheus/pullPlan';
import { pullQueriesOf } from '../slo/prometheus/pullQueries';
import { pullSliHistory } from '../slo/prometheus/pullSliHistory';
import { seriesBudget, type BudgetResult } from './budgetCommand';

export interface PrometheusBudgetOptions {
  file: { name: string; text: string };
  /** Which SLO of the file, by name, when it holds several. */
  sloName?: string;
  prometheus: string;
  auth: PrometheusAuth;
  at: string | undefined;
  now: Date;
  fetch: FetchLike;
  /** The data's resolution; a minute unless said. */
  resolutionMs?: number;
}

const LONGEST_ALERT_WINDOW_MS = 3 * 86_400_000;

/**
 * `workbook budget --slo FILE --prometheus URL`: the SLO of an OpenSLO or Sloth file, its queries
 * as written there, evaluated over history pulled from Prometheus with the app's own pull code.
 */
export async function budgetFromPrometheus(
  options: PrometheusBudgetOptions,
): Promise<BudgetResult> {
  const source = prometheusSourceSchema.safeParse({
    baseUrl: options.prometheus,
    auth: options.auth,
  });
  if (!source.success)
    return {
      ok: false,
      problems: source.error.issues.map((i) => `--prometheus: ${i.message}`),
    };
  const imported = importSloFiles([options.file]);
  const slos = importedAsSlos(imported.slos, options.now.toISOString());
  if (slos.length === 0)
    return {
      ok: false,
      problems: [
        `${options.file.name} holds no SLO that SLO Workbook can read.`,
        ...imported.problems.map((p) => `${options.file.name}: ${p.message}`),
      ],
    };
  const named = options.sloName
    ? slos.filter(
        (s, i) => s.name === options.sloName || imported.slos[i]!.name === options.sloName,
      )
    : slos;
  if (named.length !== 1)
    return {
      ok: false,
      problems: [
        options.sloName
          ? `${options.file.name} has no SLO named “${options.sloName}”; its SLOs: ${imported.slos.map((s) => s.name).join(', ')}.`
          : `${options.file.name} holds ${slos.length} SLOs; say which with --name: ${imported.slos.map((s) => s.name).join(', ')}.`,
      ],
    };
  const slo = named[0]!;
  const queries = pullQueriesOf(slo);
  if (!queries.ok) return { ok: false, problems: [`${slo.name}: ${queries.why}`] };
  let atMs = options.now.getTime();
  if (options.at !== undefined) {
    atMs = Date.parse(options.at);
    if (!Number.isFinite(atMs))
      return {
        ok: false,
        problems: [`--at must be a time such as 2026-11-24T10:00:00Z (got “${options.at}”).`],
      };
  }
  // The window, and before it the longest burn-rate window, so every figure has its data.
  const fromMs = atMs - windowMs(slo.window) - LONGEST_ALERT_WINDOW_MS;
  const plan = planPull({ fromMs, toMs: atMs, resolutionMs: options.resolutionMs ?? 60_000 });
  const client = createPrometheusClient({ source: source.data, fetch: options.fetch });
  try {
    const pulled = await pullSliHistory({ client, queries: queries.queries, plan });
    const minutes =
      slo.window.kind === 'rolling'
        ? slo.window.minutes
        : { week: 7, month: 30, quarter: 90 }[slo.window.unit] * 1440;
    return seriesBudget(
      slo,
      pulled.data,
      atMs,
      allowedDowntimeMinutes(slo.target, minutes),
      describeWindow(slo),
    );
  } catch (error) {
    if (error instanceof PrometheusError) return { ok: false, problems: [error.message] };
    throw error;
  }
}
