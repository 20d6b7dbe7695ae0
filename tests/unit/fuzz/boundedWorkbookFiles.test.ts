import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileContents,
} from '../../../shared/domain/workbookFile';
import { buildSampleWorkbook } from '../../../shared/sample/sampleWorkbook';
import { runWorkbookCli, type CliIo } from '../../../shared/cli/runWorkbookCli';
import { computeEveryView } from './everyView';

const NOW = Date.parse('2026-11-20T12:00:00Z');
const sample = buildSampleWorkbook({ endMs: NOW });
// Two days of data per SLO keep each run quick; every kind of record is still there.
const small = {
  ...sample,
  sliChunks: sample.slos.flatMap((slo) =>
    sample.sliChunks.filter((c) => c.sloId === slo.id).slice(-2),
  ),
};
const baseText = serializeWorkbookFile(buildWorkbookFile(small, '1', '2026-11-21T00:00:00.000Z'));

type Json = Record<string, unknown>;

/** Numbers at and beyond every edge: the Date range, integer precision, zero, tiny, negative. */
const extremeNumber = fc.oneof(
  fc.constantFrom(
    0,
    -1,
    1,
    0.5,
    1e-9,
    999,
    1000,
    60_000,
    86_400_000,
    86_400_001,
    8.64e15,
    8.64e15 + 1,
    Number.MAX_SAFE_INTEGER,
    -Number.MAX_SAFE_INTEGER,
    1e21,
    1e308,
    -1e308,
    Date.UTC(1969, 11, 31),
    Date.UTC(2199, 11, 31),
    Date.UTC(2300, 0, 1),
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const extremeTime = fc.constantFrom(
  '0001-01-01T00:00:00Z',
  '1969-12-31T23:59:59Z',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-02-30T00:00:00Z',
  '2026-11-20T12:00:00+14:00',
  '2026-11-20T12:00:00Z',
  'yesterday',
);
const extremeDay = fc.constantFrom(
  '0001-01-01',
  '9999-12-31',
  '2026-02-30',
  '2026-13-01',
  '2026-11-20',
);
const extremeZone = fc.constantFrom(
  'Mars/Olympus_Mons',
  '',
  'UTC',
  'Etc/GMT+14',
  'Europe/Berlin',
  '+99:00',
  'America/Argentina/ComodRivadavia',
  'x'.repeat(200),
);

type Change = (file: Json) => void;
const pick = <T>(list: T[], i: number): T | undefined => list[i % Math.max(1, list.length)];
const set =
  (part: string, field: string, value: unknown, i: number): Change =>
  (file) => {
    const record = pick(file[part] as Json[], i);
    if (record) record[field] = value;
  };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc
    .tuple(fc.constantFrom('dayStartMs', 'startMs', 'stepMs'), extremeNumber, fc.nat())
    .map(([field, value, i]) => set('sliData', field, value, i)),
  fc
    .tuple(fc.constantFrom('a', 'b'), fc.nat(), extremeNumber, fc.nat())
    .map(([column, k, value, i]) => (file: Json) => {
      const chunk = pick(file['sliData'] as Json[], i);
      const values = chunk?.[column] as (number | null)[] | null | undefined;
      if (values && values.length) values[k % values.length] = value;
    }),
  // A day moved by any number of days, as a stray date in an export would put it.
  fc
    .tuple(
      fc.oneof(fc.integer({ min: -30_000, max: 100_000_000 }), fc.constantFrom(-1, 1, 366, 800)),
      fc.nat(),
    )
    .map(([days, i]) => (file: Json) => {
      const chunk = pick(file['sliData'] as Json[], i);
      if (!chunk) return;
      chunk['dayStartMs'] = (chunk['dayStartMs'] as number) + days * 86_400_000;
      chunk['startMs'] = (chunk['startMs'] as number) + days * 86_400_000;
    }),
  // Every day of one SLO put on another step, consistently.
  fc
    .tuple(fc.constantFrom(1, 10, 999, 1000, 5000, 60_000, 3_600_000, 86_400_000), fc.nat())
    .map(([stepMs, i]) => (file: Json) => {
      const chunks = file['sliData'] as Json[];
      const sloId = pick(chunks, i)?.['sloId'];
      for (const chunk of chunks.filter((c) => c['sloId'] === sloId)) {
        const length = Math.max(1, Math.min(5000, Math.floor(86_400_000 / stepMs)));
        chunk['stepMs'] = stepMs;
        chunk['startMs'] = chunk['dayStartMs'];
        chunk['a'] = Array.from({ length }, () => 9);
        if (chunk['b']) chunk['b'] = Array.from({ length }, () => 10);
      }
    }),
  // A chunk's samples made many or few.
  fc.tuple(fc.integer({ min: 0, max: 200_000 }), fc.nat()).map(([length, i]) => (file: Json) => {
    const chunk = pick(file['sliData'] as Json[], i);
    if (!chunk) return;
    chunk['a'] = Array.from({ length }, () => 1);
    if (chunk['b']) chunk['b'] = Array.from({ length }, () => 2);
  }),
  fc.tuple(extremeZone, fc.nat()).map(([zone, i]) => (file: Json) => {
    const slo = pick(file['slos'] as Json[], i);
    if (slo) slo['window'] = { kind: 'calendar', unit: 'month', timeZone: zone };
  }),
  fc.tuple(extremeNumber, fc.nat()).map(([minutes, i]) => (file: Json) => {
    const slo = pick(file['slos'] as Json[], i);
    if (slo) slo['window'] = { kind: 'rolling', minutes };
  }),
  fc
    .tuple(
      fc.constantFrom('timeSliceMinutes', 'target', 'timeSliceTarget'),
      extremeNumber,
      fc.nat(),
    )
    .map(([field, value, i]) => set('slos', field, value, i)),
  fc
    .tuple(
      fc.constantFrom('longWindowMinutes', 'shortWindowMinutes', 'burnRate'),
      extremeNumber,
      fc.nat(),
    )
    .map(([field, value, i]) => (file: Json) => {
      const slo = pick(file['slos'] as Json[], i);
      const alert = slo && pick(slo['alerts'] as Json[], i);
      if (alert) alert[field] = value;
    }),
  fc
    .tuple(fc.constantFrom('startMs', 'endMs', 'stepMs', 'rows'), extremeNumber, fc.nat())
    .map(([field, value, i]) => (file: Json) => {
      const slo = pick(file['slos'] as Json[], i);
      const summary = slo?.['dataSummary'] as Json | null | undefined;
      if (summary) summary[field] = value;
    }),
  fc
    .tuple(fc.constantFrom('startMs', 'minutes', 'badShare'), extremeNumber, fc.nat())
    .map(([field, value, i]) => (file: Json) => {
      const slo = pick(file['slos'] as Json[], i);
      if (!slo) return;
      const incidents = slo['manualIncidents'] as Json[];
      incidents.push({ id: `m${i}`, startMs: NOW - 3_600_000, minutes: 30, badShare: 1, note: '' });
      incidents.at(-1)![field] = value;
    }),
  fc
    .tuple(
      fc.constantFrom('startedAt', 'detectedAt', 'mitigatedAt', 'resolvedAt', 'createdAt'),
      extremeTime,
      fc.nat(),
    )
    .map(([field, value, i]) => set('retros', field, value, i)),
  fc
    .tuple(
      fc.constantFrom('accountsAffected', 'usersAffected', 'failingShare'),
      extremeNumber,
      fc.nat(),
    )
    .map(([field, value, i]) => set('retros', field, value, i)),
  fc.tuple(extremeTime, fc.nat()).map(([value, i]) => set('timelineEvents', 'at', value, i)),
  fc
    .tuple(
      fc.constantFrom('elapsedMs', 'timeboxMinutes', 'extendedMinutes', 'soakHours'),
      extremeNumber,
      fc.nat(),
    )
    .map(([field, value, i]) => set('reviewSessions', field, value, i)),
  fc
    .tuple(fc.constantFrom('runningSince', 'endedAt'), extremeTime, fc.nat())
    .map(([field, value, i]) => set('reviewSessions', field, value, i)),
  fc.tuple(extremeDay, fc.nat()).map(([value, i]) => set('painPoints', 'date', value, i)),
  fc.tuple(extremeDay, fc.nat()).map(([value, i]) => set('actionItems', 'dueDate', value, i)),
  fc.tuple(extremeNumber, fc.nat()).map(([value, i]) => set('journeySteps', 'position', value, i)),
);

const quietIo = (): CliIo & { written: number } => ({
  written: 0,
  readText: () => Promise.resolve(''),
  writeText(_dir, name) {
    this.written += 1;
    return Promise.resolve(name);
  },
  out: () => {},
  err: () => {},
  now: () => new Date(NOW),
  timeZone: () => 'Europe/Berlin',
});

describe('a workbook file with extreme numbers, dates, steps, zones and sizes', () => {
  it('is refused in words, or read and then every screen and report is computed', async () => {
    let read = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 4 }), async (changes) => {
        const json = JSON.parse(baseText) as Json;
        for (const c of changes) c(json);
        const text = JSON.stringify(json);
        const parsed = parseWorkbookFile(text);
        if (!parsed.ok) {
          refused += 1;
          expect(parsed.problems.length).toBeGreaterThan(0);
          for (const p of parsed.problems) expect(p).not.toMatch(/undefined|NaN|\[object/);
          return;
        }
        read += 1;
        expect(computeEveryView(workbookFileContents(parsed.value), NOW)).toBeGreaterThan(0);
        const io = quietIo();
        io.readText = () => Promise.resolve(text);
        expect(await runWorkbookCli(['report', 'file.json', '--out', 'out'], io)).toBe(0);
        expect(io.written).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
    // Both outcomes happen, so the property is about something.
    expect(read).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(10);
  }, 120_000);

  it('refuses the cases that used to blank the page, naming the field', () => {
    const cases: [Change, RegExp][] = [
      [set('sliData', 'dayStartMs', 8.64e15 + 86_400_000 * 100, 0), /sliData\.0\.dayStartMs/],
      [set('sliData', 'stepMs', 1, 0), /sliData\.0\.stepMs: a step must be at least one second/],
      [
        (f) => {
          const slo = (f['slos'] as Json[])[0]!;
          slo['window'] = { kind: 'calendar', unit: 'month', timeZone: 'Mars/Olympus_Mons' };
        },
        /slos\.0\.window\.timeZone: is not a time zone/,
      ],
      [
        (f) => {
          const chunk = (f['sliData'] as Json[])[0]!;
          chunk['dayStartMs'] = Date.UTC(2190, 0, 1);
          chunk['startMs'] = Date.UTC(2190, 0, 1);
        },
        /spans more than/,
      ],
      [set('painPoints', 'date', '2026-02-30', 0), /painPoints\.0\.date/],
    ];
    for (const [c, message] of cases) {
      const json = JSON.parse(baseText) as Json;
      c(json);
      const parsed = parseWorkbookFile(JSON.stringify(json));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.problems.join('\n')).toMatch(message);
    }
  });
});
