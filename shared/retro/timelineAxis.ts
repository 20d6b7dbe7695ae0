/**
 * Where a retrospective's events sit on a time axis: each event's place along it (0..1), the
 * ticks worth labelling, the incident's own moments (started, detected, resolved), and label
 * lanes so that the labels of marked events never overlap.
 */

export interface AxisEvent {
  id: string;
  atMs: number;
}

export interface AxisMoment {
  label: string;
  atMs: number;
}

export interface TimelineAxis {
  startMs: number;
  endMs: number;
  /** An event's (or any time's) place along the axis, 0 at the start and 1 at the end. */
  place: (atMs: number) => number;
  ticks: number[];
  /** The step between ticks, in minutes. */
  tickMinutes: number;
}

const MINUTE = 60_000;
/** Tick steps a person reads easily, in minutes: 1, 2, 5, 10, 15, 30 min, 1, 2, 3, 6, 12 h, 1 d. */
const STEPS = [1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080];

/**
 * The earliest and latest finite time, or null when there is none. A loop, not Math.min(...):
 * spreading a million times overflows the call stack.
 */
export function timeExtent(times: readonly number[]): [number, number] | null {
  let first = Infinity;
  let last = -Infinity;
  for (const t of times) {
    if (!Number.isFinite(t)) continue;
    if (t < first) first = t;
    if (t > last) last = t;
  }
  return first <= last ? [first, last] : null;
}

/**
 * The axis over every event and moment given, a little wider on each side so the first and
 * last are not on the edge. A single instant gets ten minutes around it.
 */
export function timelineAxis(
  times: number[],
  maxTicks = 8,
  /** The reader's offset from UTC, so ticks fall on their clock's round hours and midnights. */
  utcOffsetMinutes = 0,
): TimelineAxis | null {
  const span = timeExtent(times);
  if (!span) return null;
  let [startMs, endMs] = span;
  if (endMs - startMs < MINUTE) {
    startMs -= 5 * MINUTE;
    endMs += 5 * MINUTE;
  }
  const pad = (endMs - startMs) * 0.03;
  startMs -= pad;
  endMs += pad;
  const spanMinutes = (endMs - startMs) / MINUTE;
  const tickMinutes =
    STEPS.find((step) => spanMinutes / step <= maxTicks) ?? Math.ceil(spanMinutes / maxTicks);
  const stepMs = tickMinutes * MINUTE;
  const ticks: number[] = [];
  const offsetMs = utcOffsetMinutes * MINUTE;
  for (
    let t = Math.ceil((startMs + offsetMs) / stepMs) * stepMs - offsetMs;
    t <= endMs;
    t += stepMs
  )
    ticks.push(t);
  const width = endMs - startMs;
  return {
    startMs,
    endMs,
    place: (atMs) => Math.min(1, Math.max(0, (atMs - startMs) / width)),
    ticks,
    tickMinutes,
  };
}

/**
 * The lane (0, 1, 2…) of each label placed at `places` (0..1, in time order), so that labels
 * `labelWidth` wide (as a share of the axis) never overlap in a lane; the fewest lanes, first
 * fit. Past `maxLanes` a label gets lane -1: it is left out, its event still on the axis.
 */
export function labelLanes(places: number[], labelWidth: number, maxLanes = 3): number[] {
  const laneEnds: number[] = [];
  return places.map((place) => {
    const lane = laneEnds.findIndex((end) => end <= place);
    if (lane >= 0) {
      laneEnds[lane] = place + labelWidth;
      return lane;
    }
    if (laneEnds.length >= maxLanes) return -1;
    laneEnds.push(place + labelWidth);
    return laneEnds.length - 1;
  });
}

export interface CrowdDot {
  /** The bucket's middle along the axis (0..1). */
  place: number;
  /** The first event's time in it. */
  atMs: number;
  count: number;
}

/**
 * Events in time order gathered into `buckets` equal slices of the axis: one dot per slice that
 * holds any, with how many it holds. Every event is counted in exactly one dot.
 */
export function crowdDots(
  times: number[],
  place: (atMs: number) => number,
  buckets: number,
): CrowdDot[] {
  const dots = new Map<number, CrowdDot>();
  for (const atMs of times) {
    const bucket = Math.min(buckets - 1, Math.floor(place(atMs) * buckets));
    const dot = dots.get(bucket);
    if (dot) dot.count += 1;
    else dots.set(bucket, { place: (bucket + 0.5) / buckets, atMs, count: 1 });
  }
  return [...dots.values()].sort((a, b) => a.place - b.place);
}

export interface LabelItem {
  /** Where the label's event sits along the axis (0..1). */
  place: number;
  /** The label's width as a share of the axis. */
  width: number;
  /** Higher goes first: a decision keeps its label before a plain key event does. */
  priority: number;
}

export interface LabelBox {
  /** Where the label's box starts (0..1); it ends at left + width. */
  left: number;
  width: number;
  /** Its lane (0, 1, 2…), or -1 when it gives way: its time stays in the dot's tooltip and the list. */
  lane: number;
  /** True when the box ends at the event (near the right end) rather than starting there. */
  readsLeft: boolean;
}

/**
 * Boxes for labels so that no two in one lane overlap: each starts at its event, or ends there
 * when it would run past the axis's end; higher priority first, then in time order, each in the
 * lowest lane with room. A label with room in no lane (past `maxLanes`, or wider than either side
 * of its event) gives way. Lanes keep their boxes sorted, so each placement is a binary search.
 */
export function placeLabels(items: readonly LabelItem[], maxLanes = 3): LabelBox[] {
  const boxes: LabelBox[] = items.map(({ place, width }) => {
    const p = Math.min(1, Math.max(0, place));
    if (p + width <= 1) return { left: p, width, lane: -1, readsLeft: false };
    if (p - width >= 0) return { left: p - width, width, lane: -1, readsLeft: true };
    return { left: p, width, lane: -1, readsLeft: false };
  });
  const order = items
    .map((item, i) => i)
    .sort((a, b) => items[b]!.priority - items[a]!.priority || items[a]!.place - items[b]!.place);
  // Each lane: boxes' [left, right) sorted by left, never overlapping one another.
  const lanes: { lefts: number[]; rights: number[] }[] = [];
  for (const i of order) {
    const box = boxes[i]!;
    const right = box.left + box.width;
    if (!(box.width > 0) || box.left < 0 || right > 1) continue;
    for (let lane = 0; lane < maxLanes; lane += 1) {
      if (lane === lanes.length) lanes.push({ lefts: [], rights: [] });
      const { lefts, rights } = lanes[lane]!;
      // The first box starting at or after this one's start.
      let lo = 0;
      let hi = lefts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (lefts[mid]! < box.left) lo = mid + 1;
        else hi = mid;
      }
      const clearBefore = lo === 0 || rights[lo - 1]! <= box.left;
      const clearAfter = lo === lefts.length || lefts[lo]! >= right;
      if (clearBefore && clearAfter) {
        lefts.splice(lo, 0, box.left);
        rights.splice(lo, 0, right);
        box.lane = lane;
        break;
      }
    }
  }
  return boxes;
}
