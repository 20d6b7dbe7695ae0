import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
} from '../../shared/domain/workbookFile';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';

const sample = buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') });
// A small file (a day of data) keeps each run fast; every kind of record is still in it.
const small = { ...sample, sliChunks: sample.sliChunks.slice(-2) };
const text = serializeWorkbookFile(buildWorkbookFile(small, '1', '2026-11-21T00:00:00.000Z'));
const json = JSON.parse(text) as Record<string, unknown>;

function expectTypedResult(result: ReturnType<typeof parseWorkbookFile>) {
  if (result.ok) expect(result.value.format).toBe('slo-workbook');
  else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(typeof p).toBe('string');
  }
}

/** Sets `value` at a random path inside the file's JSON (a copy). */
function mutate(base: unknown, path: number[], value: unknown): unknown {
  if (path.length === 0 || typeof base !== 'object' || base === null) return value;
  const keys = Array.isArray(base) ? base.map((_, i) => i) : Object.keys(base);
  if (keys.length === 0) return value;
  const key = keys[path[0]! % keys.length]!;
  const copy = (Array.isArray(base) ? [...base] : { ...base }) as Record<string | number, unknown>;
  copy[key] = mutate((base as Record<string | number, unknown>)[key], path.slice(1), value);
  return copy;
}

describe('reading workbook files never crashes', () => {
  it('arbitrary text gives a typed result', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => expectTypedResult(parseWorkbookFile(s))),
      { numRuns: 300 },
    );
  });

  it('arbitrary JSON gives a typed result', () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (s) => expectTypedResult(parseWorkbookFile(s))),
      { numRuns: 300 },
    );
  });

  it('a real file cut anywhere is refused in words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 2 }), (at) => {
        const result = parseWorkbookFile(text.slice(0, at));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('a real file with any one value changed is read or refused, never a crash', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
        (path, value) => {
          const changed = JSON.stringify(mutate(json, path, value));
          expectTypedResult(parseWorkbookFile(changed ?? ''));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('references inside a workbook file', () => {
  const broken = (change: (file: Record<string, unknown[]>) => void) => {
    const copy = JSON.parse(text) as Record<string, unknown[]>;
    change(copy);
    const result = parseWorkbookFile(JSON.stringify(copy));
    return result.ok ? [] : result.problems;
  };
  it('a step of a missing journey, a pain point of a missing step or account are refused', () => {
    expect(
      broken((f) => ((f['journeySteps']![0] as { journeyId: string }).journeyId = 'nowhere')).join(
        ' ',
      ),
    ).toMatch(/journeySteps\.0\.journeyId: names a journey that is not in the file/);
    expect(
      broken((f) => ((f['painPoints']![0] as { stepId: string }).stepId = 'nowhere')).join(' '),
    ).toMatch(/painPoints\.0\.stepId: names a step that is not in the file/);
    expect(
      broken((f) => ((f['painPoints']![1] as { accountIds: string[] }).accountIds = ['gone'])),
    ).toEqual([expect.stringMatching(/painPoints\.1\.accountIds\.0: names an account/)]);
    expect(broken((f) => f['accounts']!.push(f['accounts']![0]))).toEqual([
      expect.stringMatching(/accounts\.4\.id: appears twice/),
    ]);
  });
  it('an export never names an account that is gone', () => {
    const contents = {
      ...small,
      painPoints: small.painPoints.map((p, i) => (i === 0 ? { ...p, accountIds: ['gone'] } : p)),
    };
    const file = buildWorkbookFile(contents, '1', '2026-11-21T00:00:00.000Z');
    expect(parseWorkbookFile(serializeWorkbookFile(file)).ok).toBe(true);
  });
});
