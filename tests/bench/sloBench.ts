import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultAlertsForPeriod } from '../../shared/slo/burnRateAlerts';
import { parseSliCsv } from '../../shared/slo/csv/parseSliCsv';
import { DEFAULT_POLICY } from '../../shared/slo/errorBudgetPolicy';
import { evaluateSlo, type SloSpec } from '../../shared/slo/evaluateSlo';
import { lttb } from '../../shared/slo/lttb';
import { splitIntoDayChunks } from '../../shared/slo/sliChunks';
import type { SliData } from '../../shared/slo/sliSeries';
import { compare, printRows } from './measure';

const N = 525_600; // a year of minutes
const START = Date.UTC(2025, 0, 1);

/** A seeded year: steady traffic with a daily cycle and a few outages, deterministic. */
function seededYear(): SliData {
  const good = new Float64Array(N);
  const total = new Float64Array(N);
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  for (let i = 0; i < N; i += 1) {
    const traffic = Math.round(200 + 150 * Math.sin((i / 1440) * 2 * Math.PI) + random() * 20);
    const outage = i % 50_000 < 20 ? 0.6 : 0;
    total[i] = traffic;
    good[i] = traffic - Math.round(traffic * (outage + random() * 0.0005));
  }
  return { kind: 'counts', startMs: START, stepMs: 60_000, good, total };
}

const spec: SloSpec = {
  sli: { kind: 'ratio', goodDescription: '', validDescription: '' },
  target: 0.999,
  window: { kind: 'rolling', minutes: 30 * 1440 },
  budgetingMethod: 'Occurrences',
  timeSliceMinutes: null,
  timeSliceTarget: null,
  alerts: defaultAlertsForPeriod(),
  policy: DEFAULT_POLICY,
};

export function runSloBench(): void {
  const data = seededYear();
  if (data.kind !== 'counts') return;
  const at = START + (N - 1) * 60_000;

  // Reference: the least any status needs, one prefix-sum pass over the same numbers.
  const prefixLoop = () => {
    const pg = new Float64Array(N + 1);
    const pv = new Float64Array(N + 1);
    for (let i = 0; i < N; i += 1) {
      pg[i + 1] = pg[i]! + data.good[i]!;
      pv[i + 1] = pv[i]! + data.total[i]!;
    }
    return pv[N]! - pg[N]!;
  };

  const dir = mkdtempSync(path.join(os.tmpdir(), 'slo-bench-'));
  const file = path.join(dir, 'year.csv');
  const lines = ['timestamp,good,total'];
  for (let i = 0; i < N; i += 1) {
    lines.push(`${new Date(START + i * 60_000).toISOString()},${data.good[i]},${data.total[i]}`);
  }
  writeFileSync(file, lines.join('\n'));
  const columns = { mode: 'good-total', timestamp: 0, good: 1, total: 2 } as const;
  const parseAndChunk = () => {
    const result = parseSliCsv(readFileSync(file, 'utf8'), columns);
    if (!result.ok) throw new Error('bench CSV should parse');
    return splitIntoDayChunks(result.value.data);
  };

  const burn = Float64Array.from(
    data.good,
    (g, i) => (data.total[i]! - g) / data.total[i]! / 0.001,
  );
  const xs = Float64Array.from({ length: N }, (_, i) => START + i * 60_000);

  const status = compare(() => evaluateSlo(spec, data, at), prefixLoop);
  const csv = compare(parseAndChunk, () => readFileSync(file, 'utf8'), 7);
  const down = compare(
    () => lttb(xs, burn, 2000),
    () => burn.slice(),
  );
  printRows('SLO engine, one SLO with a year of per-minute data (525,600 points)', [
    {
      name: 'all status figures and alerts',
      ...status,
      reference: 'plain Float64Array prefix-sum loop',
      goal: 2,
    },
    {
      name: `CSV parse + day chunks (${(lines.join('\n').length / 1e6).toFixed(1)} MB, file read included)`,
      ...csv,
      reference: 'reading the file into a string',
      goal: 3,
    },
    {
      name: 'LTTB downsampling to 2,000 points',
      ...down,
      reference: 'plain copy of the array',
      goal: null,
    },
  ]);
}
