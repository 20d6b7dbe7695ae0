import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  crowdDots,
  labelLanes,
  timeExtent,
  timelineAxis,
} from '../../../shared/retro/timelineAxis';

const at = (hhmm: string) => Date.parse(`2026-11-20T${hhmm}:00Z`);

describe('timelineAxis', () => {
  it('spans the events with a margin and ticks at a readable step', () => {
    const axis = timelineAxis([at('04:50'), at('05:28')])!;
    expect(axis.startMs).toBeLessThan(at('04:50'));
    expect(axis.endMs).toBeGreaterThan(at('05:28'));
    expect(axis.tickMinutes).toBe(10);
    expect(axis.ticks[0]).toBe(at('04:50'));
    expect(axis.ticks.every((t) => t >= axis.startMs && t <= axis.endMs)).toBe(true);
    expect(axis.place(at('04:50'))).toBeGreaterThan(0);
    expect(axis.place(at('05:28'))).toBeLessThan(1);
  });

  it('gives one instant ten minutes around it, and nothing when there is no time', () => {
    const axis = timelineAxis([at('10:00'), at('10:00')])!;
    expect(axis.place(at('10:00'))).toBeCloseTo(0.5);
    expect(timelineAxis([])).toBeNull();
    expect(timelineAxis([Number.NaN])).toBeNull();
  });

  it('reads a night-long incident in hours', () => {
    const axis = timelineAxis([at('00:00'), at('09:00')])!;
    expect(axis.tickMinutes).toBe(120);
  });

  it('keeps every place in order and inside the axis (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 ** 10 }), { minLength: 1 }), (times) => {
        const axis = timelineAxis(times)!;
        const sorted = [...times].sort((a, b) => a - b);
        const places = sorted.map(axis.place);
        for (let i = 0; i < places.length; i += 1) {
          expect(places[i]).toBeGreaterThanOrEqual(0);
          expect(places[i]).toBeLessThanOrEqual(1);
          if (i > 0) expect(places[i]).toBeGreaterThanOrEqual(places[i - 1]!);
        }
        expect(axis.ticks.length).toBeLessThanOrEqual(9);
      }),
    );
  });
});

describe('labelLanes', () => {
  it('puts labels that would touch in separate lanes, and reuses a lane once clear', () => {
    expect(labelLanes([0, 0.05, 0.3, 0.32], 0.2)).toEqual([0, 1, 0, 1]);
  });

  it('leaves out what does not fit in the lanes allowed', () => {
    expect(labelLanes([0, 0.01, 0.02, 0.03], 0.2, 3)).toEqual([0, 1, 2, -1]);
  });

  it('never overlaps two labels in a lane (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true })), (raw) => {
        const places = [...raw].sort((a, b) => a - b);
        const width = 0.1;
        const lanes = labelLanes(places, width);
        const byLane = new Map<number, number[]>();
        lanes.forEach((lane, i) => {
          if (lane < 0) return;
          byLane.set(lane, [...(byLane.get(lane) ?? []), places[i]!]);
        });
        for (const list of byLane.values()) {
          for (let i = 1; i < list.length; i += 1) {
            expect(list[i]! - list[i - 1]!).toBeGreaterThanOrEqual(width - 1e-12);
          }
        }
      }),
    );
  });
});

describe('a long timeline drawn as crowd dots', () => {
  it('counts every event in exactly one dot, in order along the axis, at most one dot a slice', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 86_400_000 }), { minLength: 1, maxLength: 2000 }),
        fc.integer({ min: 1, max: 500 }),
        (raw, buckets) => {
          const times = [...raw].sort((a, b) => a - b);
          const axis = timelineAxis(times)!;
          const dots = crowdDots(times, axis.place, buckets);
          expect(dots.reduce((sum, d) => sum + d.count, 0)).toBe(times.length);
          expect(dots.length).toBeLessThanOrEqual(buckets);
          for (let i = 1; i < dots.length; i += 1)
            expect(dots[i]!.place).toBeGreaterThan(dots[i - 1]!.place);
        },
      ),
    );
  });

  it('finds the extent of a million times without spreading them into a call', () => {
    const times = Array.from({ length: 1_000_000 }, (_, i) => 1_000 + i);
    expect(timeExtent([NaN, ...times])).toEqual([1_000, 1_000_999]);
    expect(timeExtent([NaN])).toBeNull();
  });
});

describe('ticks on the reader’s clock', () => {
  const H = 3_600_000;
  it('fall on local round hours and midnight, whatever the offset from UTC', () => {
    // 17:30 UTC one evening to 09:00 UTC next morning: ticks of several hours.
    const start = Date.UTC(2026, 10, 25, 17, 30);
    const end = Date.UTC(2026, 10, 26, 9, 0);
    for (const offset of [0, 60, 330, -300]) {
      const axis = timelineAxis([start, end], 8, offset)!;
      const step = axis.tickMinutes * 60_000;
      expect(axis.tickMinutes % 60).toBe(0);
      for (const t of axis.ticks) expect((t + offset * 60_000) % step).toBe(0);
      // Every step of hours that divides a day puts a tick on the local midnight.
      if ((24 * H) % step === 0) {
        const localMidnight = Date.UTC(2026, 10, 26) - offset * 60_000;
        expect(axis.ticks).toContain(localMidnight);
      }
    }
  });
});
