import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSliCsv, type CsvResult } from '../../../shared/slo/csv/parseSliCsv';
import { readSliCsvLayout } from '../../../shared/slo/csv/sliCsvLayout';
import { corpusDir } from './corpusDir';

/** Real exports that tools wrote (see tests/fixtures/real/sli/SOURCES.md). */
const fixtures = resolve(import.meta.dirname, '../../fixtures/real/sli');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const corpus = corpusDir('real', 'sli');

const ok = <T>(result: CsvResult<T>): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};

/** Reads a file the way the import dialog and `workbook sli` do: layout, then the rows. */
function read(text: string) {
  const layout = ok(readSliCsvLayout(text));
  const imported = ok(parseSliCsv(layout.text, layout.columns!));
  return { layout, imported };
}

const dataLines = (text: string) => text.split('\n').filter((l) => l.trim() !== '').length - 1;

describe('Grafana’s “series joined by time” downloads (PromQL selectors as headers)', () => {
  it('are wide: a header holding __name__ does not make a long file, and the columns keep their names', () => {
    const text = fixture('sonda-grafana-export-joined.csv');
    const { layout, imported } = read(text);
    expect(layout.shape).toBe('wide');
    expect(layout.preview.header).toEqual([
      'Time',
      '{__name__="up", instance="localhost:9090", job="prometheus"}',
      '{__name__="up", instance="localhost:9100", job="node"}',
    ]);
    // Not pivoted by its 0 and 1 cells into columns named "1" and "0".
    expect(layout.seriesNames).toEqual([]);
    expect(layout.other).toMatchObject({ shape: 'long', possible: false });
    expect(layout.other.why).toMatch(
      /their cells are numbers or empty, so each column is a series/,
    );
    // Two `up` series: neither is ever a total for the other, so one value per interval.
    expect(layout.columns).toEqual({ mode: 'value', timestamp: 0, value: 1 });
    expect(imported.rows).toBe(10);
    expect(imported.data.stepMs).toBe(15_000);
    expect(new Date(imported.data.startMs).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    expect(imported.data.kind === 'values' && [...imported.data.values]).toEqual([
      1, 1, 0, 1, 1, 1, 0, 1, 1, 1,
    ]);
  });

  it('with three series too (more columns than a long file has)', () => {
    const { layout, imported } = read(fixture('sonda-interface-flaps-joined.csv'));
    expect(layout.shape).toBe('wide');
    expect(layout.preview.header).toHaveLength(4);
    expect(layout.other.why).toMatch(/this one has 4/);
    expect(imported.rows).toBe(13);
    expect(imported.gaps).toBe(0);
  });
});

describe('Grafana’s pre-7 exporter', () => {
  it('series as rows (Series;Time;Value, times quoted) is long, read a column per series', () => {
    const text = fixture('grafana-legacy-export-series-as-rows.csv');
    const { layout, imported } = read(text);
    expect(layout.shape).toBe('long');
    expect(layout.why).toMatch(
      /“Series” names 2 series in text, each repeating with the times in “Time”/,
    );
    expect(layout.seriesNames).toEqual(['series_1', 'series_2']);
    expect(layout.preview.header).toEqual(['Time', 'series_1', 'series_2']);
    expect(layout.other).toMatchObject({ shape: 'wide', possible: true });
    // series_1 is never above series_2: good and total by their values.
    expect(layout.columns).toEqual({ mode: 'good-total', timestamp: 0, good: 1, total: 2 });
    // 1500026100 read as Unix seconds, 100 s apart; a null is a gap, a missing row too.
    expect(new Date(imported.data.startMs).toISOString()).toBe('2017-07-14T09:55:00.000Z');
    expect(imported.data.stepMs).toBe(100_000);
    expect(imported.data.kind === 'counts' && [...imported.data.total]).toEqual([
      11,
      12,
      Number.NaN,
      Number.NaN,
      Number.NaN,
      Number.NaN,
    ]);
    expect(imported.gaps).toBe(4);
  });

  it('series as columns ("Time";"series_1";"series_2") is wide, never long, a null a gap', () => {
    const text = fixture('grafana-legacy-export-series-as-columns.csv');
    const { layout, imported } = read(text);
    expect(layout.shape).toBe('wide');
    expect(layout.preview.header).toEqual(['Time', 'series_1', 'series_2']);
    expect(layout.seriesNames).toEqual([]);
    expect(layout.other).toMatchObject({ shape: 'long', possible: false });
    // series_1 is never above series_2 where both have a value: good and total.
    expect(layout.columns).toEqual({ mode: 'good-total', timestamp: 0, good: 1, total: 2 });
    expect(imported.rows).toBe(6);
    expect(new Date(imported.data.startMs).toISOString()).toBe('2017-07-14T09:55:00.000Z');
    expect(imported.data.stepMs).toBe(100_000);
    // The same numbers as the series-as-rows download of the same two series.
    const rows = read(fixture('grafana-legacy-export-series-as-rows.csv')).imported;
    expect(imported.data).toEqual(rows.data);
    expect(imported.gaps).toBe(rows.gaps);
  });
});

describe('AWS CloudWatch exports (NAB)', () => {
  it.skipIf(!corpus)('an ELB request count reads as one value per 5 minutes', () => {
    const text = readFileSync(join(corpus!, 'nab-elb_request_count_8c0756.csv'), 'utf8');
    const { layout, imported } = read(text);
    expect(layout.shape).toBe('wide');
    expect(layout.columns).toEqual({ mode: 'value', timestamp: 0, value: 1 });
    expect(imported.rows).toBe(dataLines(text));
    expect(imported.merged).toBe(0);
    expect(imported.data.stepMs).toBe(300_000);
  });

  for (const name of [
    'nab-ec2_disk_write_bytes_1ef3de.csv',
    'nab-ec2_request_latency_system_failure.csv',
  ]) {
    it(`${name}: the skipped DST hour written as twelve rows at 03:00 is one interval, not a refusal`, () => {
      const text = fixture(name);
      expect(text.split('\n').filter((l) => l.startsWith('2014-03-09 03:00:00,'))).toHaveLength(12);
      const { imported } = read(text);
      expect(imported.rows).toBe(dataLines(text));
      expect(imported.merged).toBe(1);
      const { data } = imported;
      if (data.kind !== 'values') throw new Error('a value column');
      // The twelve rows fall in one 5-minute interval of the grid (which starts at the first
      // row's time); the hour the clocks skipped has no rows, so the intervals before it are gaps.
      const slot = Math.floor((Date.parse('2014-03-09T03:00:00Z') - data.startMs) / data.stepMs);
      const lines = text.split('\n');
      const before = lines[lines.findIndex((l) => l.startsWith('2014-03-09 03:00:00,')) - 1]!;
      expect(before.startsWith('2014-03-09 01:')).toBe(true);
      const twelve = lines
        .filter((l) => l.startsWith('2014-03-09 03:00:00,'))
        .map((l) => Number(l.split(',')[1]));
      expect(data.values[slot]).toBeCloseTo(twelve.reduce((a, b) => a + b, 0) / 12, 9);
      for (let k = 1; k <= 10; k += 1) expect(data.values[slot - k]).toBeNaN();
    });
  }
});

describe('irregular sampling (NAB traffic sensors)', () => {
  it('two values in one 10-minute interval are averaged and counted, not refused', () => {
    const text = fixture('nab-TravelTime_387.csv');
    const { layout, imported } = read(text);
    expect(layout.columns).toEqual({ mode: 'value', timestamp: 0, value: 1 });
    expect(imported.rows).toBe(dataLines(text));
    expect(imported.data.stepMs).toBe(600_000);
    expect(imported.merged).toBeGreaterThan(0);
    // Every row lands somewhere: the filled intervals plus the extra rows make up all rows.
    const data = imported.data;
    if (data.kind !== 'values') throw new Error('a value column');
    const filled = data.values.filter((v) => !Number.isNaN(v)).length;
    expect(filled).toBe(data.values.length - imported.gaps);
    expect(filled).toBeLessThan(imported.rows);
    expect(filled + imported.merged).toBeLessThanOrEqual(imported.rows);
  });

  it('a time written twice is one interval holding the mean of its two values', () => {
    const text = fixture('nab-speed_t4013.csv');
    const { imported } = read(text);
    expect(imported.rows).toBe(dataLines(text));
    const twice = text.split('\n').filter((l) => l.startsWith('2015-09-10 05:33:00,'));
    expect(twice).toHaveLength(2);
    const data = imported.data;
    if (data.kind !== 'values') throw new Error('a value column');
    const slot = Math.floor((Date.parse('2015-09-10T05:33:00Z') - data.startMs) / data.stepMs);
    const others = text
      .split('\n')
      .filter((l) => {
        const t = Date.parse(`${l.split(',')[0]!.replace(' ', 'T')}Z`);
        return Math.floor((t - data.startMs) / data.stepMs) === slot;
      })
      .map((l) => Number(l.split(',')[1]));
    expect(others.length).toBeGreaterThanOrEqual(2);
    expect(data.values[slot]).toBeCloseTo(others.reduce((a, b) => a + b, 0) / others.length, 9);
  });
});
