import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  WORKBOOK_FILE_VERSION,
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
  workbookFileSchema,
} from '../../shared/domain/workbookFile';
import { buildSampleWorkbook } from '../../shared/sample/sampleWorkbook';

/** Every key path the file format can hold, found by walking its schema. */
function keyPaths(schema: z.ZodType, prefix = ''): string[] {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })
    ._zod.def;
  switch (def.type) {
    case 'object': {
      const shape = def['shape'] as Record<string, z.ZodType>;
      return Object.entries(shape).flatMap(([key, value]) => [
        `${prefix}${key}`,
        ...keyPaths(value, `${prefix}${key}.`),
      ]);
    }
    case 'array':
      return keyPaths(def['element'] as z.ZodType, `${prefix}[].`);
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
      return keyPaths(def['innerType'] as z.ZodType, prefix);
    case 'pipe':
      return keyPaths(def['in'] as z.ZodType, prefix);
    case 'union':
      return [...new Set((def['options'] as z.ZodType[]).flatMap((o) => keyPaths(o, prefix)))];
    default:
      return [];
  }
}

/**
 * The shape each file format version has. A reader of version N refuses a file of version N+1
 * in words ("made by a newer version"), so a key added without raising the version would be
 * dropped silently by older apps, or refused as unknown. When this test fails: raise
 * WORKBOOK_FILE_VERSION, keep reading the older versions, and record the new shape here.
 */
const SHAPES: Record<number, { count: number; hash: string; sample: string[] }> = {
  1: {
    count: 207,
    hash: '97d506c9cab031c9',
    sample: [
      'workbook.name',
      'slos.[].window.timeZone',
      'painPoints.[].accountIds',
      'retros.[].dismissals',
    ],
  },
  2: {
    count: 213,
    hash: '1fc3260a389b0fcb',
    sample: ['slos.[].origin.documents', 'slos.[].window.startTime', 'painPoints.[].accountIds'],
  },
  3: {
    count: 219,
    hash: '777391da5a940b1a',
    sample: [
      'accounts.[].arr',
      'accounts.[].currency',
      'accounts.[].renewalDate',
      'painPoints.[].retroId',
      'retros.[].accountIds',
      'slos.[].csValidatedOn',
    ],
  },
  4: {
    count: 221,
    hash: '90876428a9d45b1d',
    sample: ['slos.[].sli.goodInWords', 'slos.[].sli.validInWords'],
  },
};

describe('the workbook file format version', () => {
  it('changes whenever the keys a file can hold change', () => {
    const paths = [...new Set(keyPaths(workbookFileSchema))].sort();
    const shape = SHAPES[WORKBOOK_FILE_VERSION];
    expect(shape, `record the shape of file format ${WORKBOOK_FILE_VERSION}`).toBeDefined();
    for (const path of shape!.sample) expect(paths).toContain(path);
    expect(paths.length, paths.join('\n')).toBe(shape!.count);
    const hash = createHash('sha256').update(paths.join('\n')).digest('hex').slice(0, 16);
    expect(hash, 'the keys changed: raise WORKBOOK_FILE_VERSION').toBe(shape!.hash);
  });
});

describe('a file of format 1, as the previous release wrote it', () => {
  it('reads: SLOs without an origin, calendars from Monday or the 1st', () => {
    const sample = buildSampleWorkbook({ endMs: Date.UTC(2026, 10, 1) });
    const file = buildWorkbookFile(sample, '0.1.0', '2026-11-01T00:00:00.000Z');
    // Format 1 had neither field: write the file as that release did.
    const old = JSON.parse(serializeWorkbookFile(file)) as {
      version: number;
      slos: Record<string, unknown>[];
    };
    old.version = 1;
    for (const slo of old.slos) {
      delete slo['origin'];
      const window = slo['window'] as Record<string, unknown>;
      if (window['kind'] === 'calendar') delete window['startTime'];
    }
    expect(old.slos.length).toBeGreaterThan(0);
    const parsed = parseWorkbookFile(JSON.stringify(old));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.slos).toEqual(file.slos);
    expect(parsed.value.slos.every((s) => s.origin === null)).toBe(true);
  });
});

describe('a file of format 2, as the previous release wrote it', () => {
  it('reads: accounts without revenue, pain points and incidents without links', () => {
    const sample = buildSampleWorkbook({ endMs: Date.UTC(2026, 10, 1) });
    const file = buildWorkbookFile(sample, '0.2.0', '2026-11-01T00:00:00.000Z');
    const old = JSON.parse(serializeWorkbookFile(file)) as Record<string, unknown> & {
      version: number;
    };
    old.version = 2;
    const strip = (part: string, keys: string[]) => {
      for (const record of old[part] as Record<string, unknown>[])
        for (const key of keys) delete record[key];
    };
    strip('accounts', ['arr', 'currency', 'renewalDate']);
    strip('painPoints', ['retroId']);
    strip('retros', ['accountIds']);
    strip('slos', ['csValidatedOn']);
    const parsed = parseWorkbookFile(JSON.stringify(old));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const { value } = parsed;
    expect(value.accounts.map((a) => [a.arr, a.currency, a.renewalDate])).toEqual(
      file.accounts.map(() => [null, 'USD', null]),
    );
    expect(value.painPoints.every((p) => p.retroId === null)).toBe(true);
    expect(value.retros.every((r) => r.accountIds.length === 0)).toBe(true);
    // What format 2 held reads back unchanged.
    expect(value.journeySteps).toEqual(file.journeySteps);
    expect(value.retros.map((r) => r.accountsAffected)).toEqual(
      file.retros.map((r) => r.accountsAffected),
    );
  });

  it('refuses a format 3 file whose links name records it does not hold', () => {
    const sample = buildSampleWorkbook({ endMs: Date.UTC(2026, 10, 1) });
    const file = JSON.parse(
      serializeWorkbookFile(buildWorkbookFile(sample, '0.3.0', '2026-11-01T00:00:00.000Z')),
    ) as { painPoints: { retroId: string | null }[]; retros: { accountIds: string[] }[] };
    file.painPoints[0]!.retroId = 'no-such-retro';
    file.retros[0]!.accountIds.push('no-such-account');
    const parsed = parseWorkbookFile(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([
      'painPoints.0.retroId: names a retrospective that is not in the file',
      expect.stringMatching(
        /^retros\.0\.accountIds\.\d+: names an account that is not in the file$/,
      ),
    ]);
  });
});

describe('a file of format 3, as the previous release wrote it', () => {
  it('reads: SLIs without plain words beside their queries, everything else unchanged', () => {
    const sample = buildSampleWorkbook({ endMs: Date.UTC(2026, 10, 1) });
    const file = buildWorkbookFile(sample, '0.3.0', '2026-11-01T00:00:00.000Z');
    const old = JSON.parse(serializeWorkbookFile(file)) as Record<string, unknown> & {
      version: number;
    };
    old.version = 3;
    const parsed = parseWorkbookFile(JSON.stringify(old));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.slos).toEqual(file.slos);
    expect(
      parsed.value.slos.every((s) => s.sli.kind !== 'ratio' || s.sli.goodInWords === undefined),
    ).toBe(true);
  });
});
