import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { placeLabels } from '../../../shared/retro/timelineAxis';
import { roughSpan, spansDays, zoomedTimelineAxis } from '../../../shared/retro/timelineZoom';

const at = (day: number, hhmm: string) =>
  Date.parse(`2026-11-${String(day).padStart(2, '0')}T${hhmm}:00Z`);
const utcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

// The incident of issue 28: a deploy the evening before, the incident next morning.
const deploy = at(19, '17:30');
const morning = [
  at(20, '09:01'),
  at(20, '09:05'),
  at(20, '09:20'),
  at(20, '09:52'),
  at(20, '10:14'),
];
const impact = { startMs: at(20, '09:01'), endMs: at(20, '10:14') };

describe('zoomedTimelineAxis', () => {
  it('gathers the evening-before deploy into a break and draws the morning to scale', () => {
    const axis = zoomedTimelineAxis([deploy, ...morning], impact, { maxTicks: 10 })!;
    expect(axis.breaks).toHaveLength(1);
    const [gap] = axis.breaks;
    expect(gap).toMatchObject({ side: 'earlier', count: 1, firstMs: deploy, lastMs: deploy });
    expect(roughSpan(gap!.awayMs)).toBe('16 h');
    // The deploy's dot is inside the break; the morning takes the rest of the width.
    expect(axis.place(deploy)).toBeGreaterThan(gap!.from);
    expect(axis.place(deploy)).toBeLessThan(gap!.to);
    const first = axis.place(morning[0]!);
    const last = axis.place(morning.at(-1)!);
    expect(first).toBeGreaterThan(gap!.to);
    expect(last - first).toBeGreaterThan(0.75);
    // Ticks are along the morning only, at a step that reads the hour.
    expect(axis.ticks.every((t) => t >= axis.mainStartMs && t <= axis.mainEndMs)).toBe(true);
    expect(axis.tickMinutes).toBeLessThanOrEqual(15);
  });

  it('is the whole span when nothing is far from the impact window, or there is none', () => {
    const near = zoomedTimelineAxis([at(20, '08:50'), ...morning], impact)!;
    expect(near.breaks).toEqual([]);
    expect(near.place(at(20, '08:50'))).toBeGreaterThan(0);
    expect(zoomedTimelineAxis([deploy, ...morning], null)!.breaks).toEqual([]);
    expect(zoomedTimelineAxis([], impact)).toBeNull();
  });

  it('keeps the resolution an hour after mitigation to scale: no break for a short gap', () => {
    const axis = zoomedTimelineAxis([...morning, at(20, '11:05')], impact)!;
    expect(axis.breaks).toEqual([]);
  });

  it('keeps a run of events minutes apart to scale, and breaks only at a real gap', () => {
    const run = Array.from({ length: 30 }, (_, i) => at(20, '09:01') - (i + 1) * 5 * 60_000);
    const axis = zoomedTimelineAxis([deploy, ...run, ...morning], impact)!;
    expect(axis.breaks).toHaveLength(1);
    expect(axis.breaks[0]!.count).toBe(1);
    expect(axis.place(run.at(-1)!)).toBeGreaterThan(axis.breaks[0]!.to);
  });

  it('puts far later events in a break on the right', () => {
    const nextWeek = at(27, '12:00');
    const axis = zoomedTimelineAxis([...morning, nextWeek], impact)!;
    expect(axis.breaks.map((b) => b.side)).toEqual(['later']);
    expect(axis.place(nextWeek)).toBeGreaterThan(axis.breaks[0]!.from);
    expect(roughSpan(axis.breaks[0]!.awayMs)).toBe('7 days');
  });

  it('keeps every time in order and inside the axis (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 1, max: 10 ** 8 }),
        (times, start, length) => {
          const axis = zoomedTimelineAxis(times, { startMs: start, endMs: start + length })!;
          const places = [...times].sort((a, b) => a - b).map(axis.place);
          for (let i = 0; i < places.length; i += 1) {
            expect(places[i]).toBeGreaterThanOrEqual(0);
            expect(places[i]).toBeLessThanOrEqual(1);
            if (i > 0) expect(places[i]).toBeGreaterThanOrEqual(places[i - 1]!);
          }
          // Each break holds exactly the times placed in its segment.
          for (const b of axis.breaks) {
            const inside = places.filter((p) => p >= b.from && p <= b.to).length;
            expect(inside).toBe(b.count);
          }
        },
      ),
    );
  });
});

describe('spansDays and roughSpan', () => {
  it('tells a night-crossing incident from a one-day one', () => {
    expect(spansDays([deploy, ...morning], utcDay)).toBe(true);
    expect(spansDays(morning, utcDay)).toBe(false);
    expect(spansDays([], utcDay)).toBe(false);
  });

  it('says distances at a glance', () => {
    expect(roughSpan(40 * 60_000)).toBe('40 min');
    expect(roughSpan(15.4 * 3_600_000)).toBe('15 h');
    expect(roughSpan(3 * 86_400_000)).toBe('3 days');
  });
});

const overlaps = (a: { left: number; width: number }, b: { left: number; width: number }) =>
  a.left < b.left + b.width && b.left < a.left + a.width;

describe('placeLabels', () => {
  it('never runs labels of nearby events together: they stack in lanes', () => {
    // "Detected", "Started", "Mitigated" within minutes of each other on a long axis.
    const boxes = placeLabels(
      [0.5, 0.501, 0.503].map((place) => ({ place, width: 0.1, priority: 1 })),
      4,
    );
    expect(new Set(boxes.map((b) => b.lane))).toEqual(new Set([0, 1, 2]));
  });

  it('keeps the decision point’s label when lanes run out, and turns labels at the end left', () => {
    const items = [
      { place: 0.4, width: 0.2, priority: 1 },
      { place: 0.41, width: 0.2, priority: 1 },
      { place: 0.42, width: 0.2, priority: 3 },
      { place: 0.95, width: 0.2, priority: 1 },
    ];
    const boxes = placeLabels(items, 2);
    expect(boxes[2]!.lane).toBe(0);
    expect(boxes.filter((b) => b.lane >= 0)).toHaveLength(3);
    expect(boxes[3]).toMatchObject({ readsLeft: true, lane: 0 });
    expect(boxes[3]!.left + boxes[3]!.width).toBeCloseTo(0.95);
  });

  it('gives way when a label is wider than either side of its event', () => {
    expect(placeLabels([{ place: 0.5, width: 0.6, priority: 1 }])[0]!.lane).toBe(-1);
  });

  it('never overlaps, stays inside the axis and touches its event (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            place: fc.double({ min: 0, max: 1, noNaN: true }),
            width: fc.double({ min: 0.001, max: 0.7, noNaN: true }),
            priority: fc.integer({ min: 0, max: 3 }),
          }),
          { maxLength: 80 },
        ),
        fc.integer({ min: 1, max: 5 }),
        (items, maxLanes) => {
          const boxes = placeLabels(items, maxLanes);
          const shown = boxes.filter((b) => b.lane >= 0);
          for (const [i, box] of boxes.entries()) {
            if (box.lane < 0) continue;
            expect(box.lane).toBeLessThan(maxLanes);
            expect(box.left).toBeGreaterThanOrEqual(0);
            expect(box.left + box.width).toBeLessThanOrEqual(1 + 1e-12);
            const edge = box.readsLeft ? box.left + box.width : box.left;
            expect(edge).toBeCloseTo(items[i]!.place, 9);
          }
          for (let i = 0; i < shown.length; i += 1)
            for (let j = i + 1; j < shown.length; j += 1)
              if (shown[i]!.lane === shown[j]!.lane)
                expect(overlaps(shown[i]!, shown[j]!)).toBe(false);
          // A label gives way only when every lane is taken where it would go, or it cannot fit.
          for (const [i, box] of boxes.entries()) {
            if (box.lane >= 0) continue;
            const { place, width } = items[i]!;
            if (place + width > 1 && place - width < 0) continue;
            const blocked = Array.from({ length: maxLanes }, (_, lane) =>
              shown.some((s) => s.lane === lane && overlaps(s, box)),
            );
            expect(blocked.every(Boolean)).toBe(true);
          }
        },
      ),
    );
  });
});
