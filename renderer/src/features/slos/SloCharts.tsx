import { CHART_PALETTE } from '../../../../shared/report/chartPalette';
import { useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Slo } from '../../../../shared/domain/slo';
import {
  budgetBurnDown,
  burnRateOverTime,
  sliOverTime,
  type ChartPoint,
} from '../../../../shared/slo/chartSeries';
import { formatBurnRate, formatPercent } from '../../../../shared/slo/formatFigures';
import { timeTicks } from '../../../../shared/slo/timeTicks';
import type { SloFigures } from '../../../../shared/slo/sloFigures';

/** About what a chart's width can show: more points only cost drawing time. */
const MAX_POINTS = 600;

const dateTime = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 16) + ' UTC';

/** The time axis every chart here shares, with evenly spaced round UTC ticks. */
function timeAxis(rows: { t: number }[]) {
  const { ticks, label } = timeTicks(rows[0]?.t ?? 0, rows.at(-1)?.t ?? 0);
  return {
    dataKey: 't',
    type: 'number',
    domain: ['dataMin', 'dataMax'],
    scale: 'time',
    ticks,
    tickFormatter: label,
    interval: 0,
  } as const;
}

function ChartFrame({
  title,
  summary,
  children,
}: {
  title: string;
  summary: string;
  children: React.ReactElement;
}) {
  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div role="img" aria-label={`${title}: ${summary}`} style={{ width: '100%', height: 220 }}>
        <ResponsiveContainer width="100%" height="100%" minWidth={200}>
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

function toRows(points: ChartPoint[]) {
  return points.map((p) => ({ t: p.t, value: p.value }));
}

export function SloCharts({ slo, figures }: { slo: Slo; figures: SloFigures }) {
  const { units, status } = figures;
  const series = useMemo(() => {
    const { fromMs, toMs } = status.window;
    const dataFrom = Math.max(fromMs, units.startMs - 1);
    return {
      sli: toRows(sliOverTime(units, dataFrom, toMs, 120)),
      budget: toRows(budgetBurnDown(units, fromMs, toMs, slo.target, MAX_POINTS)),
      burn: toRows(burnRateOverTime(units, 60, dataFrom, toMs, slo.target, MAX_POINTS)),
    };
  }, [units, status.window, slo.target]);

  // Round ticks (99.9%, 99.95%…): the step is the smallest that needs at most six ticks.
  const lowestSli = Math.min(slo.target, ...series.sli.map((p) => p.value ?? 1));
  const step =
    [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.2].find((s) => (1 - lowestSli) / s <= 5) ??
    0.25;
  const sliFloor = Math.max(0, Math.floor(lowestSli / step - 1e-9) * step);
  const sliTicks = Array.from({ length: Math.round((1 - sliFloor) / step) + 1 }, (_, i) =>
    Number((sliFloor + i * step).toFixed(6)),
  );
  const topAlert = Math.max(0, ...slo.alerts.map((a) => a.burnRate));

  return (
    <section aria-label="Charts" className="charts">
      <ChartFrame
        title="SLI against target"
        summary={`SLI per interval over the window; target ${formatPercent(slo.target, 3)}`}
      >
        <LineChart data={series.sli} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...timeAxis(series.sli)} />
          <YAxis
            domain={[sliFloor, 1]}
            ticks={sliTicks}
            tickFormatter={(v: number) => formatPercent(v, 2)}
            width={70}
          />
          <Tooltip
            labelFormatter={(v) => dateTime(Number(v))}
            formatter={(v) => formatPercent(Number(v), 3)}
          />
          <ReferenceLine
            y={slo.target}
            stroke={CHART_PALETTE.limit}
            strokeDasharray="6 3"
            label="target"
          />
          <Line
            type="linear"
            dataKey="value"
            name="SLI"
            stroke={CHART_PALETTE.series}
            dot={false}
            isAnimationActive={false}
            connectNulls={false}
          />
        </LineChart>
      </ChartFrame>
      <ChartFrame
        title="Error budget remaining over the window"
        summary={`from 100% at the start of the window to ${formatPercent(status.budgetRemaining)} now`}
      >
        <LineChart data={series.budget} margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...timeAxis(series.budget)} />
          <YAxis tickFormatter={(v: number) => formatPercent(v, 0)} width={70} />
          <Tooltip
            labelFormatter={(v) => dateTime(Number(v))}
            formatter={(v) => formatPercent(Number(v))}
          />
          <ReferenceLine y={0} stroke={CHART_PALETTE.limit} />
          <Line
            type="linear"
            dataKey="value"
            name="Budget remaining"
            stroke={CHART_PALETTE.seriesAlt}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ChartFrame>
      <ChartFrame
        title="Burn rate over the last hour, with alert thresholds"
        summary={`burn rate now ${formatBurnRate(status.currentBurnRate)}; the highest alert fires above ${formatBurnRate(topAlert)}`}
      >
        {/* Room on the right for the thresholds' names, clear of the spike and of each other. */}
        <LineChart data={series.burn} margin={{ top: 8, right: 84, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis {...timeAxis(series.burn)} />
          {/* A square-root scale keeps the alert lines readable beside an outage's spike. */}
          <YAxis width={70} scale="sqrt" domain={[0, 'auto']} />
          <Tooltip
            labelFormatter={(v) => dateTime(Number(v))}
            formatter={(v) => formatBurnRate(Number(v))}
          />
          {slo.alerts.map((alert, i) => (
            <ReferenceLine
              key={i}
              y={alert.burnRate}
              stroke={alert.severity === 'page' ? CHART_PALETTE.limit : CHART_PALETTE.warning}
              strokeDasharray="4 4"
              label={{
                value: `${alert.severity} ${formatBurnRate(alert.burnRate)}`,
                position: 'right',
                fontSize: 11,
                fill: alert.severity === 'page' ? CHART_PALETTE.limit : CHART_PALETTE.warning,
              }}
            />
          ))}
          <Line
            type="linear"
            dataKey="value"
            name="Burn rate (1 h)"
            stroke={CHART_PALETTE.event}
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ChartFrame>
    </section>
  );
}
