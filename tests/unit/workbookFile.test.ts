import { describe, expect, it } from 'vitest';
import {
  WORKBOOK_FILE_VERSION,
  buildWorkbookFile,
  parseWorkbookFile,
  serializeWorkbookFile,
} from '../../shared/domain/workbookFile';
import type { Workbook } from '../../shared/domain/workbook';

const base: Workbook = {
  id: 'wb-1',
  name: 'Acme | checkout',
  description: 'Line one\nline <two>',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
};
const workbook = base;
const contents = {
  workbook,
  slos: [],
  sliChunks: [],
  accounts: [],
  journeys: [],
  journeySteps: [],
  painPoints: [],
  retros: [],
  timelineEvents: [],
  participantAccounts: [],
  contributingFactors: [],
  actionItems: [],
  reviewSessions: [],
};

describe('workbook file', () => {
  it('reads back exactly what it wrote', () => {
    const text = serializeWorkbookFile(
      buildWorkbookFile(contents, '1.0.0', '2026-11-03T00:00:00.000Z'),
    );
    const parsed = parseWorkbookFile(text);
    expect(parsed).toEqual({ ok: true, value: expect.objectContaining({ workbook }) });
    if (parsed.ok) expect(serializeWorkbookFile(parsed.value)).toBe(text);
  });

  it('says a truncated file looks cut short', () => {
    const text = serializeWorkbookFile(
      buildWorkbookFile(contents, '1.0.0', '2026-11-03T00:00:00.000Z'),
    );
    const result = parseWorkbookFile(text.slice(0, text.length / 2));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/cut short/);
  });

  it('refuses a file from a newer app and says to update', () => {
    const text = JSON.stringify({ format: 'slo-workbook', version: WORKBOOK_FILE_VERSION + 1 });
    const result = parseWorkbookFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/newer version.*Update the app/);
  });

  it('refuses other JSON and names the field that is wrong', () => {
    expect(parseWorkbookFile('[1,2]').ok).toBe(false);
    expect(parseWorkbookFile('{"format":"other"}').ok).toBe(false);
    const bad = { ...buildWorkbookFile(contents, '1', '2026-11-03T00:00:00.000Z') };
    const result = parseWorkbookFile(
      JSON.stringify({ ...bad, workbook: { ...workbook, name: '' } }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join(' ')).toMatch(/workbook\.name/);
  });
});
