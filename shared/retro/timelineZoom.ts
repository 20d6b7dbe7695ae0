/**
 * A time axis zoomed to the incident: the impact window (and what happened close to it) gets
 * most of the width; events far before or after it are gathered into a marked break at the
 * edge ("⋯ 15 h earlier") with dots of their own, so one deploy the evening before no longer
 * squeezes the whole morning into a few pixels.
 */
import { timeExtent, timelineAxis, type TimelineAxis } from './timelineAxis';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface AxisBreak {
  side: 'earlier' | 'later';
  /** The break's segment along the axis (0..1). */
  from: number;
  to: number;
  /** The first and last time gathered into it. */
  firstMs: number;
  lastMs: number;
  /** How many of the times given fall in it. */
  count: number;
  /** From the gathered times to the zoomed part: how far away they are. */
  awayMs: number;
}

export interface ZoomedAxis extends TimelineAxis {
  /** Empty when the axis is the whole span, one or two when far-away times are gathered. */
  breaks: AxisBreak[];
  /** The part drawn to scale, in time. */
  mainStartMs: number;
  mainEndMs: number;
}

export interface ZoomOptions {
  maxTicks?: number;
  /** Each break's share of the axis. */
  breakShare?: number;
  /** The reader's offset from UTC: ticks fall on their clock's round hours and midnights. */
  utcOffsetMinutes?: number;
}

/** The share of the axis left empty between a break and the part to scale. */
const GAP_SHARE = 0.03;

/**
 * The axis over `times`, zoomed to `focus` (the impact window) when some times lie so far
 * from it that the whole span would squeeze it: times within one and a half times the focused
 * part's length of it are drawn to scale with it; the rest go into a break on their side. Without a focus, or
 * when nothing is far, it is the plain axis over everything.
 */
export function zoomedTimelineAxis(
  times: readonly number[],
  focus: { startMs: number; endMs: number } | null,
  { maxTicks = 8, breakShare = 0.12, utcOffsetMinutes = 0 }: ZoomOptions = {},
): ZoomedAxis | null {
  const finite = times.filter((t) => Number.isFinite(t));
  const whole = (): ZoomedAxis | null => {
    const axis = timelineAxis(finite, maxTicks, utcOffsetMinutes);
    return axis ? { ...axis, breaks: [], mainStartMs: axis.startMs, mainEndMs: axis.endMs } : null;
  };
  const extent = timeExtent(finite);
  if (!extent || !focus || !(focus.endMs > focus.startMs)) return whole();

  // Grow the focused part over times close to it, one at a time outwards: a run of events
  // minutes apart stays to scale however long it is; only a real gap starts a break.
  const sorted = [...finite].sort((a, b) => a - b);
  let lo = focus.startMs;
  let hi = focus.endMs;
  // Only a gap longer than the focused part itself (and half an hour) is worth a break: the
  // resolution an hour after mitigation stays to scale, a deploy the evening before does not.
  const reach = () => Math.max(30 * MINUTE, (hi - lo) * 1.5);
  const firstInside = sorted.findIndex((t) => t >= lo);
  for (let i = (firstInside < 0 ? sorted.length : firstInside) - 1; i >= 0; i -= 1) {
    if (lo - sorted[i]! > reach()) break;
    lo = sorted[i]!;
  }
  for (const t of sorted) {
    if (t <= hi) continue;
    if (t - hi > reach()) break;
    hi = t;
  }
  const earlier = sorted.filter((t) => t < lo);
  const later = sorted.filter((t) => t > hi);
  if (earlier.length === 0 && later.length === 0) return whole();

  // The part to scale, a little wider so its first and last are not on the break's edge.
  const pad = Math.max(2 * MINUTE, (hi - lo) * 0.04);
  const mainStartMs = lo - pad;
  const mainEndMs = hi + pad;
  const share = Math.min(0.3, Math.max(0.05, breakShare));
  const mainFrom = earlier.length ? share + GAP_SHARE : 0;
  const mainTo = later.length ? 1 - share - GAP_SHARE : 1;
  const mainWidth = mainTo - mainFrom;

  const breaks: AxisBreak[] = [];
  if (earlier.length) {
    const firstMs = earlier[0]!;
    const lastMs = earlier.at(-1)!;
    breaks.push({
      side: 'earlier',
      from: 0,
      to: share,
      firstMs,
      lastMs,
      count: earlier.length,
      awayMs: focus.startMs - lastMs,
    });
  }
  if (later.length) {
    const firstMs = later[0]!;
    const lastMs = later.at(-1)!;
    breaks.push({
      side: 'later',
      from: 1 - share,
      to: 1,
      firstMs,
      lastMs,
      count: later.length,
      awayMs: firstMs - focus.endMs,
    });
  }
  // Inside a break its times keep their order, spread over its middle.
  const inBreak = (b: AxisBreak, atMs: number) => {
    const inset = (b.to - b.from) * 0.15;
    if (b.lastMs === b.firstMs) return (b.from + b.to) / 2;
    const along = Math.min(1, Math.max(0, (atMs - b.firstMs) / (b.lastMs - b.firstMs)));
    return b.from + inset + along * (b.to - b.from - 2 * inset);
  };
  const earlierBreak = breaks.find((b) => b.side === 'earlier');
  const laterBreak = breaks.find((b) => b.side === 'later');
  const mainSpan = mainEndMs - mainStartMs;
  const place = (atMs: number) => {
    if (atMs < mainStartMs) return earlierBreak ? inBreak(earlierBreak, atMs) : 0;
    if (atMs > mainEndMs) return laterBreak ? inBreak(laterBreak, atMs) : 1;
    return mainFrom + ((atMs - mainStartMs) / mainSpan) * mainWidth;
  };
  // Ticks only along the part to scale, as many as its width holds.
  const mainTicks = timelineAxis(
    [mainStartMs, mainEndMs],
    Math.max(2, Math.floor(maxTicks * mainWidth)),
    utcOffsetMinutes,
  )!;
  return {
    startMs: extent[0],
    endMs: extent[1],
    place,
    ticks: mainTicks.ticks.filter((t) => t >= mainStartMs && t <= mainEndMs),
    tickMinutes: mainTicks.tickMinutes,
    breaks,
    mainStartMs,
    mainEndMs,
  };
}

/** A distance in time as a person says it at a glance: "40 min", "15 h", "3 days". */
export function roughSpan(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / MINUTE));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(ms / HOUR);
  if (hours < 48) return `${hours} h`;
  return `${Math.round(ms / (24 * HOUR))} days`;
}

/**
 * Whether the times fall on more than one calendar day, as `dayOf` names days (local, or in the
 * report's time zone). Days run in time order, so the first and last time decide.
 */
export function spansDays(times: readonly number[], dayOf: (ms: number) => string): boolean {
  const extent = timeExtent(times);
  return extent !== null && dayOf(extent[0]) !== dayOf(extent[1]);
}

/**
 * Whether a retrospective's events and moments (started … resolved) run over more than one
 * calendar day: then every time it shows carries its date, in the list and in the reports.
 */
export function incidentSpansDays(
  events: readonly { at: string }[],
  retro: Partial<Record<'startedAt' | 'detectedAt' | 'mitigatedAt' | 'resolvedAt', string | null>>,
  dayOf: (ms: number) => string,
): boolean {
  const moments = [retro.startedAt, retro.detectedAt, retro.mitigatedAt, retro.resolvedAt];
  const times = [...events.map((e) => e.at), ...moments].flatMap((iso) =>
    iso ? [Date.parse(iso)] : [],
  );
  return spansDays(times, dayOf);
}
