import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readSliCsvLayout } from '../../../shared/slo/csv/sliCsvLayout';
import { detectSliCsvShape } from '../../../shared/slo/csv/sliCsvShape';

describe('the shape of an SLI CSV, from its cells', () => {
  it('a joined Grafana export of good and total (PromQL selectors as headers) is wide, good and total told by their values', () => {
    const text = [
      '"Time","{__name__=""http_requests_total"", code=""200""}","{__name__=""http_requests_total""}"',
      '1704067200000,1,1',
      '1704067260000,0,1',
      '1704067320000,null,null',
      '1704067380000,1,1',
    ].join('\n');
    const layout = readSliCsvLayout(text);
    expect(layout.ok).toBe(true);
    if (!layout.ok) return;
    expect(layout.value.shape).toBe('wide');
    expect(layout.value.preview.header).toEqual([
      'Time',
      '{__name__="http_requests_total", code="200"}',
      '{__name__="http_requests_total"}',
    ]);
    // Both names hold "total": the cells say which one never exceeds the other.
    expect(layout.value.columns).toEqual({ mode: 'good-total', timestamp: 0, good: 1, total: 2 });
    expect(layout.value.columnsWhy).toMatch(/from their values/);
  });

  it('good and total equal in every row: the total is the series named more broadly', () => {
    const text = [
      'Time,"sum(rate(http_requests_total[1m]))","sum(rate(http_requests_total{code!~""5..""}[1m]))"',
      '2026-11-01T00:00:00Z,1000,1000',
      '2026-11-01T00:01:00Z,1000.5,1000.5',
    ].join('\n');
    const layout = readSliCsvLayout(text);
    expect(layout.ok && layout.value.columns).toEqual({
      mode: 'good-total',
      timestamp: 0,
      good: 2,
      total: 1,
    });
    // Two 0/1 series equal everywhere are not counts: one value per interval.
    const up = 'Time,"up{a=""1""}","up"\n2026-11-01T00:00:00Z,1,1\n2026-11-01T00:01:00Z,0,0\n';
    const upLayout = readSliCsvLayout(up);
    expect(upLayout.ok && upLayout.value.columns).toMatchObject({ mode: 'value' });
  });

  it('a long file needs names in text that repeat with the times', () => {
    const long = [
      'Time,Series,Value',
      '2026-11-01T00:00:00Z,good,9',
      '2026-11-01T00:00:00Z,total,10',
      '2026-11-01T00:01:00Z,good,10',
      '2026-11-01T00:01:00Z,total,10',
    ].join('\n');
    expect(detectSliCsvShape(long)?.chosen).toMatchObject({ shape: 'long', possible: true });
    // Each name once: not series but a label per row.
    const once = 'Time,Series,Value\n2026-11-01T00:00:00Z,a,9\n2026-11-01T00:01:00Z,b,10\n';
    expect(detectSliCsvShape(once)?.chosen.shape).toBe('wide');
    expect(detectSliCsvShape(once)?.other.why).toMatch(/appear on one row only/);
    // One series only: its values are the one column.
    const single = 'Series;Time;Value\nup;1704067200;1\nup;1704067260;0\n';
    expect(detectSliCsvShape(single)?.chosen.shape).toBe('wide');
  });

  it('the person may choose the other reading when the file allows it, and is told why not when not', () => {
    const long =
      'Series;Time;Value\na;1704067200;1\nb;1704067200;2\na;1704067260;1\nb;1704067260;2\n';
    const asWide = readSliCsvLayout(long, 'wide');
    expect(asWide.ok && asWide.value.shape).toBe('wide');
    expect(asWide.ok && asWide.value.why).toMatch(/^As you chose\./);
    const wide = 'time,good,total\n2026-11-01T00:00:00Z,9,10\n';
    const asLong = readSliCsvLayout(wide, 'long');
    expect(asLong.ok).toBe(false);
    if (!asLong.ok) expect(asLong.problems[0]!.message).toMatch(/holds series names/);
  });

  it('finds the time column by its cells wherever it is, whatever its name', () => {
    const text = 'requests,when,errors\n100,2026-11-01 00:00,1\n100,2026-11-01 00:01,0\n';
    const choice = detectSliCsvShape(text);
    expect(choice?.chosen.timestamp).toBe(1);
  });
});

/** A CSV cell as writers quote it: where it holds a delimiter, a quote, or always (Grafana). */
const csvCell = (text: string, always: boolean) =>
  always || /[",;\t]/.test(text) || text.trim() !== text ? `"${text.replace(/"/g, '""')}"` : text;

describe('property: a wide CSV is never read as long, whatever its header says', () => {
  // Hundreds of files read twice: more than vitest's default 5 s on a busy machine.
  it(
    'holds for any header text, any number of series, numbers and gaps in the cells',
    { timeout: 60_000 },
    () => {
      // Quoted line breaks are outside what the reader supports (monitoring exports write none).
      const name = fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ' '));
      const cell = fc.oneof(
        fc.integer({ min: 0, max: 1_000_000 }).map(String),
        fc.double({ min: 0, max: 1e6, noNaN: true }).map((n) => String(n)),
        fc.constantFrom('null', '', 'NaN', '0', '1'),
      );
      fc.assert(
        fc.property(
          name,
          fc.array(name, { minLength: 1, maxLength: 4 }),
          fc.integer({ min: 1, max: 30 }),
          fc.array(cell, { minLength: 120, maxLength: 120 }),
          fc.boolean(),
          fc.constantFrom(',', ';', '\t'),
          fc.constantFrom('iso', 'ms', 's'),
          (timeName, series, rowCount, cells, quoteAll, delimiter, timeFormat) => {
            const header = [timeName, ...series].map((h) => csvCell(h, quoteAll)).join(delimiter);
            const lines = [header];
            const from = Date.UTC(2026, 10, 1);
            for (let r = 0; r < rowCount; r += 1) {
              const at = from + r * 60_000;
              const time =
                timeFormat === 'iso'
                  ? new Date(at).toISOString()
                  : timeFormat === 'ms'
                    ? String(at)
                    : String(at / 1000);
              const values = series.map((_, s) => cells[(r * series.length + s) % cells.length]!);
              lines.push([time, ...values].join(delimiter));
            }
            const text = lines.join('\n');
            const choice = detectSliCsvShape(text);
            expect(choice?.chosen.shape ?? 'wide').toBe('wide');
            const layout = readSliCsvLayout(text);
            if (layout.ok) {
              expect(layout.value.shape).toBe('wide');
              expect(layout.value.preview.header).toHaveLength(series.length + 1);
            }
          },
        ),
        { numRuns: 200 },
      );
    },
  );
});
