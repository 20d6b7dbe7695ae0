import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeCsvProblem,
  guessColumns,
  parseSliCsv,
  previewCsv,
  type SliColumns,
} from '../../../shared/slo/csv/parseSliCsv';
import { timestampParser } from '../../../shared/slo/csv/parseTimestamp';

const goodTotal: SliColumns = { mode: 'good-total', timestamp: 0, good: 1, total: 2 };

describe('SLI CSV preview', () => {
  it('finds the delimiter, the header and a guess at the columns', () => {
    const preview = previewCsv('time;errors;requests\n2026-01-01T00:00:00Z;1;100\n');
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.value.delimiter).toBe(';');
    expect(preview.value.header).toEqual(['time', 'errors', 'requests']);
    expect(preview.value.guess).toEqual({ mode: 'bad-total', timestamp: 0, bad: 1, total: 2 });
  });

  it('guesses good/total and value columns by name', () => {
    expect(guessColumns(['Timestamp', 'good_events', 'total_events'])).toEqual(goodTotal);
    expect(guessColumns(['date', 'p99_latency_ms'])).toEqual({
      mode: 'value',
      timestamp: 0,
      value: 1,
    });
    expect(guessColumns(['a', 'b'])).toBeNull();
  });

  it('explains an empty file and a file without data rows', () => {
    expect(previewCsv('')).toEqual({
      ok: false,
      problems: [expect.objectContaining({ message: 'The file is empty.' })],
    });
    const headerOnly = previewCsv('time,good,total\n');
    expect(headerOnly.ok).toBe(false);
  });
});

describe('SLI CSV import', () => {
  it('lays rows on a regular grid, sorted, with gaps where rows are missing', () => {
    const text = [
      'time,good,total',
      '2026-01-01T00:02:00Z,98,100',
      '2026-01-01T00:00:00Z,100,100',
      '2026-01-01T00:01:00Z,99,100',
      '2026-01-01T00:05:00Z,100,100',
    ].join('\r\n');
    const result = parseSliCsv(text, goodTotal);
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.data.kind !== 'counts') return;
    const { data } = result.value;
    expect(data.startMs).toBe(Date.UTC(2026, 0, 1));
    expect(data.stepMs).toBe(60_000);
    expect(Array.from(data.good)).toEqual([100, 99, 98, NaN, NaN, 100]);
    expect(Array.from(data.total)).toEqual([100, 100, 100, NaN, NaN, 100]);
    expect(result.value.rows).toBe(4);
    expect(result.value.gaps).toBe(2);
  });

  it('turns bad/total into good/total, and an empty cell into a gap', () => {
    const text = 'ts,errors,requests\n1767225600,5,50\n1767225660,,50\n';
    const result = parseSliCsv(text, { mode: 'bad-total', timestamp: 0, bad: 1, total: 2 });
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.data.kind !== 'counts') return;
    expect(Array.from(result.value.data.good)).toEqual([45, NaN]);
    expect(result.value.gaps).toBe(1);
  });

  it('reads a value column, for threshold SLIs', () => {
    const result = parseSliCsv('time,p99\n2026-01-01 00:00,120\n2026-01-01 00:05,340\n', {
      mode: 'value',
      timestamp: 0,
      value: 1,
    });
    expect(result.ok).toBe(true);
    if (!result.ok || result.value.data.kind !== 'values') return;
    expect(result.value.data.stepMs).toBe(300_000);
    expect(Array.from(result.value.data.values)).toEqual([120, 340]);
  });

  it('names the line and column of every bad cell, and returns no data at all', () => {
    const text = [
      'time,good,total',
      '2026-01-01T00:00:00Z,100,100',
      'yesterday,1,2',
      '2026-01-01T00:02:00Z,abc,100',
      '2026-01-01T00:03:00Z,120,100',
      '2026-01-01T00:04:00Z,-1,100',
    ].join('\n');
    const result = parseSliCsv(text, goodTotal);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(describeCsvProblem)).toEqual([
      expect.stringMatching(/^Line 3, column “time”: “yesterday” is not a time/),
      'Line 4, column “good”: “abc” is not a number.',
      'Line 5, column “good”: good (120) is more than total (100).',
      'Line 6, column “good”: -1 is negative; event counts cannot be.',
    ]);
  });

  it('sums the counts of a repeated timestamp into its interval, and counts it', () => {
    const result = parseSliCsv(
      'time,good,total\n2026-01-01T00:00:00Z,1,1\n2026-01-01T00:00:00Z,2,3\n2026-01-01T00:01:00Z,5,5\n',
      goodTotal,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.merged).toBe(1);
    expect(result.value.rows).toBe(3);
    const { data } = result.value;
    expect(data.kind === 'counts' && [[...data.good], [...data.total]]).toEqual([
      [3, 5],
      [4, 5],
    ]);
  });

  it('averages the values of rows that share an interval (a ratio cannot be added)', () => {
    const text =
      'time,ratio\n2026-01-01T00:00:00Z,1\n2026-01-01T00:00:20Z,0.5\n2026-01-01T00:01:00Z,1\n2026-01-01T00:02:00Z,0.9\n2026-01-01T00:03:00Z,1\n';
    const result = parseSliCsv(text, { mode: 'value', timestamp: 0, value: 1 });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.merged).toBe(1);
    expect(result.value.data.kind === 'values' && [...result.value.data.values]).toEqual([
      0.75, 1, 0.9, 1,
    ]);
  });

  it('refuses a stray date that would stretch the series over decades', () => {
    const result = parseSliCsv(
      'time,good,total\n1970-01-01T00:00:00Z,1,1\n2026-01-01T00:00:00Z,1,1\n2026-01-01T00:01:00Z,1,1\n',
      goodTotal,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems[0]!.message).toMatch(
        /Export a shorter period, or check for a stray date/,
      );
  });

  it('refuses columns that are not in the file', () => {
    const result = parseSliCsv('time,good\n2026-01-01T00:00:00Z,1\n', goodTotal);
    expect(result.ok).toBe(false);
  });

  it('never throws on arbitrary text: a typed result either way', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom<SliColumns>(goodTotal, { mode: 'value', timestamp: 0, value: 1 }),
        (text, columns) => {
          const result = parseSliCsv(text, columns);
          return result.ok ? result.value.rows > 0 : result.problems.length > 0;
        },
      ),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.date({
              min: new Date('2020-01-01'),
              max: new Date('2030-01-01'),
              noInvalidDate: true,
            }),
            fc.nat(1000),
            fc.nat(1000),
          ),
          { maxLength: 30 },
        ),
        (rows) => {
          const text = [
            't,good,total',
            ...rows.map(([d, g, t]) => `${d.toISOString()},${Math.min(g, t)},${t}`),
          ].join('\n');
          const result = parseSliCsv(text, goodTotal);
          return result.ok || result.problems.every((p) => p.message.length > 0);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('timestamps', () => {
  const utc = timestampParser('UTC');
  it.each([
    ['2026-11-24T10:00:00Z', Date.UTC(2026, 10, 24, 10)],
    ['2026-11-24T10:00:00.250Z', Date.UTC(2026, 10, 24, 10, 0, 0, 250)],
    ['2026-11-24T10:00:00+01:00', Date.UTC(2026, 10, 24, 9)],
    ['2026-11-24 10:00', Date.UTC(2026, 10, 24, 10)],
    ['1795514400', 1795514400 * 1000],
    ['1795514400000', 1795514400 * 1000],
  ])('reads %s', (text, ms) => {
    expect(utc(text)).toBe(ms);
  });

  it.each([
    '',
    'yesterday',
    '2026-13-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-11-24T25:00:00Z',
    '2026-11-24T10:00:00+5',
  ])('refuses %s', (text) => {
    expect(utc(text)).toBeNaN();
  });

  it('reads a time without a zone in the zone the person chose, across a DST change', () => {
    const berlin = timestampParser('Europe/Berlin');
    expect(berlin('2026-01-15 12:00:00')).toBe(Date.UTC(2026, 0, 15, 11));
    expect(berlin('2026-07-15 12:00:00')).toBe(Date.UTC(2026, 6, 15, 10));
    expect(berlin('2026-07-15T12:00:00Z')).toBe(Date.UTC(2026, 6, 15, 12));
  });
});

describe('fast and general row paths', () => {
  it('read the same data, or name the same problems, whether or not a row takes the fast path', () => {
    const row = fc.record({
      minute: fc.nat(5000),
      first: fc.nat(1000),
      extra: fc.integer({ min: -3, max: 1000 }),
      decimal: fc.boolean(),
      millis: fc.boolean(),
      quoted: fc.boolean(),
      spaced: fc.boolean(),
    });
    // The cells in any order: time, first number (good, bad or value), total.
    const layouts = [
      { order: [0, 1, 2], columns: goodTotal },
      { order: [2, 0, 1], columns: { mode: 'good-total', timestamp: 1, good: 2, total: 0 } },
      { order: [0, 1, 2], columns: { mode: 'bad-total', timestamp: 0, bad: 1, total: 2 } },
      { order: [1, 0, 2], columns: { mode: 'value', timestamp: 1, value: 0 } },
    ] as const;
    fc.assert(
      fc.property(
        fc.uniqueArray(row, { selector: (r) => r.minute, minLength: 1, maxLength: 60 }),
        fc.constantFrom(...layouts),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        (rows, layout, shuffled, newline) => {
          const line = (r: (typeof rows)[number], forceGeneral: boolean) => {
            const iso = new Date(Date.UTC(2026, 0, 1) + r.minute * 60_000).toISOString();
            const time = r.millis ? iso : iso.replace('.000Z', 'Z');
            const timeCell = forceGeneral || r.quoted ? `"${time}"` : r.spaced ? ` ${time} ` : time;
            const first = r.decimal ? `${r.first}.25` : `${r.first}`;
            const cells = [timeCell, first, `${r.first + r.extra}`];
            return layout.order.map((k) => cells[k]).join(',');
          };
          const ordered = shuffled ? [...rows].reverse() : rows;
          const text = (forceGeneral: boolean) =>
            ['a,b,c', ...ordered.map((r) => line(r, forceGeneral))].join(newline);
          const fast = parseSliCsv(text(false), layout.columns as SliColumns);
          const general = parseSliCsv(text(true), layout.columns as SliColumns);
          expect(fast).toEqual(general);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('SLI CSV bounds', () => {
  it('refuses samples less than a second apart, saying the shortest step', () => {
    const text = 'time,good,total\n1764547200000,1,1\n1764547200001,1,1\n1764547200002,1,1\n';
    const result = parseSliCsv(text, goodTotal);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]!.message).toMatch(/shortest step .* one second/);
  });

  it('refuses a time past 2200, naming its line', () => {
    const text = 'time,good,total\n2026-01-01T00:00:00Z,1,1\n2301-01-01T00:00:00Z,1,1\n';
    const result = parseSliCsv(text, goodTotal);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems[0]!.line).toBe(3);
      expect(result.problems[0]!.message).toMatch(/between 1970 and 2200/);
    }
  });
});
