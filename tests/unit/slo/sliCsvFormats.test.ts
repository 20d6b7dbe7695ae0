import { describe, expect, it } from 'vitest';
import { decodeFileText } from '../../../shared/decodeFileText';
import { detectDelimiter } from '../../../shared/slo/csv/csvLines';
import { pivotLongCsv } from '../../../shared/slo/csv/longFormat';
import { detectSliCsvShape } from '../../../shared/slo/csv/sliCsvShape';
import { parseSliCsv, previewCsv } from '../../../shared/slo/csv/parseSliCsv';
import { readValueKind } from '../../../shared/slo/csv/valueKind';

const ok = <T>(result: { ok: true; value: T } | { ok: false; problems: unknown[] }): T => {
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
};

describe('SLI CSV as spreadsheets and exports write it', () => {
  it('reads Excel’s sep= line, semicolons, quoted commas and decimal commas', () => {
    const text = [
      'sep=;',
      'Zeit;"Gute Anfragen, gesamt";Anfragen',
      '2026-11-01 00:00;990;1000',
      '2026-11-01 00:01;"995";1000',
      '2026-11-01 00:02;999,5;1000',
    ].join('\r\n');
    const preview = ok(previewCsv(text));
    expect(preview.delimiter).toBe(';');
    expect(preview.header).toEqual(['Zeit', 'Gute Anfragen, gesamt', 'Anfragen']);
    const data = ok(
      parseSliCsv(text, { mode: 'good-total', timestamp: 0, good: 1, total: 2 }),
    ).data;
    expect(data.kind === 'counts' && [...data.good]).toEqual([990, 995, 999.5]);
  });

  it('counts delimiters outside quotes only', () => {
    expect(detectDelimiter('time;"a,b,c";total')).toBe(';');
    expect(detectDelimiter('time,"a;b;c",total')).toBe(',');
  });

  it('reads a UTF-16 export as the app opens it', () => {
    const text = 'time,good,total\n2026-11-01T00:00:00Z,9,10\n2026-11-01T00:01:00Z,10,10\n';
    const bytes = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const data = ok(
      parseSliCsv(decodeFileText(bytes), { mode: 'good-total', timestamp: 0, good: 1, total: 2 }),
    ).data;
    expect(data.kind === 'counts' && [...data.total]).toEqual([10, 10]);
  });
});

describe('local times across a daylight-saving fall-back', () => {
  // Europe/Berlin, 25 October 2026: at 03:00 CEST the clocks go back to 02:00 CET, so the wall
  // times 02:00 to 02:45 happen twice. 01:00 to 04:00 local is 13 quarter hours of real time.
  const quarterHours = (() => {
    const out: string[] = [];
    for (const [h, m] of [
      [1, 0],
      [1, 15],
      [1, 30],
      [1, 45],
      [2, 0],
      [2, 15],
      [2, 30],
      [2, 45],
      [2, 0],
      [2, 15],
      [2, 30],
      [2, 45],
      [3, 0],
      [3, 15],
      [3, 30],
      [3, 45],
      [4, 0],
    ])
      out.push(`2026-10-25 ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    return out;
  })();
  const columns = { mode: 'good-total' as const, timestamp: 0, good: 1, total: 2 };

  it('reads the repeated hour twice, in the order of the rows, oldest first', () => {
    const text = ['time,good,total', ...quarterHours.map((t, i) => `${t},${i},100`)].join('\n');
    const result = ok(parseSliCsv(text, columns, { timeZone: 'Europe/Berlin' }));
    expect(result.gaps).toBe(0);
    expect(result.data.stepMs).toBe(15 * 60_000);
    expect(new Date(result.data.startMs).toISOString()).toBe('2026-10-24T23:00:00.000Z');
    // 17 rows, 17 quarter hours from 23:00Z to 03:00Z, each row where it happened.
    expect(result.data.kind === 'counts' && [...result.data.good]).toEqual(
      quarterHours.map((_, i) => i),
    );
  });

  it('and newest first', () => {
    const rows = quarterHours.map((t, i) => `${t},${i},100`).reverse();
    const result = ok(
      parseSliCsv(['time,good,total', ...rows].join('\n'), columns, { timeZone: 'Europe/Berlin' }),
    );
    expect(result.gaps).toBe(0);
    expect(result.data.kind === 'counts' && [...result.data.good]).toEqual(
      quarterHours.map((_, i) => i),
    );
  });

  it('read in UTC, the repeated local hour is summed into the intervals it names, and counted', () => {
    const text = ['time,good,total', ...quarterHours.map((t, i) => `${t},${i},100`)].join('\n');
    const result = ok(parseSliCsv(text, columns));
    // 02:00 to 02:45 twice: four intervals hold two rows each.
    expect(result.merged).toBe(4);
    expect(result.rows).toBe(17);
    expect(result.data.kind === 'counts' && [...result.data.total]).toEqual([
      100, 100, 100, 100, 200, 200, 200, 200, 100, 100, 100, 100, 100,
    ]);
    expect(result.data.kind === 'counts' && result.data.good[4]).toBe(4 + 8);
  });
});

describe('Grafana’s long CSV: one row per time and series', () => {
  const long = [
    '"Time","Series","Value"',
    '2026-11-01 00:00:00,"http_requests_total{code=""200""}",990',
    '2026-11-01 00:00:00,"http_requests_total",1000',
    '2026-11-01 00:01:00,"http_requests_total{code=""200""}",1000',
    '2026-11-01 00:01:00,"http_requests_total",1000',
    '2026-11-01 00:02:00,"http_requests_total",1000',
  ].join('\n');

  it('is told from a wide file, with its series in order', () => {
    expect(detectSliCsvShape(long)?.chosen.long).toEqual({
      timestamp: 0,
      series: 1,
      value: 2,
      seriesNames: ['http_requests_total{code="200"}', 'http_requests_total'],
    });
    expect(detectSliCsvShape('time,good,total\n2026-11-01T00:00:00Z,1,2\n')?.chosen.shape).toBe(
      'wide',
    );
  });

  it('becomes a column per series, the good and total picked from them', () => {
    const wide = pivotLongCsv(long, detectSliCsvShape(long)!.chosen.long!);
    const preview = ok(previewCsv(wide));
    expect(preview.header).toEqual([
      'Time',
      'http_requests_total{code="200"}',
      'http_requests_total',
    ]);
    const result = ok(parseSliCsv(wide, { mode: 'good-total', timestamp: 0, good: 1, total: 2 }));
    expect(result.data.kind === 'counts' && [...result.data.good]).toEqual([990, 1000, Number.NaN]);
    // A series missing at a time is a gap, not a zero.
    expect(result.gaps).toBe(1);
  });
});

describe('a value column: ratio, percentage or counts', () => {
  const rows = (values: string[]) => values.map((v) => ['t', v]);
  it('tells them apart from a sample', () => {
    expect(readValueKind(rows(['0.998', '1', '0.97']), 1).kind).toBe('ratio');
    expect(readValueKind(rows(['99.8', '100', '97.5']), 1).kind).toBe('percent');
    expect(readValueKind(rows(['99,8%', '100%']), 1).kind).toBe('percent');
    expect(readValueKind(rows(['1200', '1350', '990']), 1).kind).toBe('counts');
    expect(readValueKind(rows(['-3', '250.5']), 1).kind).toBe('unknown');
  });

  it('reads percentages as ratios when told to', () => {
    const text = 'time,availability\n2026-11-01T00:00:00Z,99.5\n2026-11-01T00:01:00Z,100\n';
    const result = ok(
      parseSliCsv(text, { mode: 'value', timestamp: 0, value: 1 }, { valueScale: 0.01 }),
    );
    expect(result.data.kind === 'values' && [...result.data.values]).toEqual([0.995, 1]);
  });
});
