import { describe, expect, it } from 'vitest';
import { nextSessionNotBefore } from '../../shared/retro/sessionTimer';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';

const END = Date.parse('2026-11-20T12:00:00Z');
/** Fields that say when something happened; due and review dates may lie ahead. */
const PAST_FIELDS = [
  'createdAt',
  'updatedAt',
  'at',
  'startedAt',
  'detectedAt',
  'mitigatedAt',
  'resolvedAt',
  'endedAt',
] as const;

describe('the sample workbook', () => {
  it('tells only of things that have happened by the moment it is opened', () => {
    const sample = buildSampleWorkbook({ endMs: END });
    const late: string[] = [];
    for (const [table, records] of Object.entries(sample)) {
      for (const record of Array.isArray(records) ? records : [records]) {
        for (const field of PAST_FIELDS) {
          const value = (record as Record<string, unknown>)[field];
          if (typeof value === 'string' && Date.parse(value) > END) {
            late.push(`${table}.${field} = ${value}`);
          }
        }
      }
    }
    expect(late).toEqual([]);
    expect(sample.reviewSessions.every((s) => s.endedAt !== null)).toBe(true);
  });

  it('holds its second review session after the first one’s soak time', () => {
    const [first, second] = buildSampleWorkbook({ endMs: END }).reviewSessions;
    const soakEnds = nextSessionNotBefore([first!]);
    const secondStarted = Date.parse(second!.endedAt!) - second!.elapsedMs;
    expect(soakEnds).not.toBeNull();
    expect(secondStarted).toBeGreaterThanOrEqual(soakEnds!);
    // Nothing holds a next session back once both are over.
    expect(nextSessionNotBefore([first!, second!])).toBeNull();
  });
});
