import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorkbookFile, serializeWorkbookFile } from '../../../shared/domain/workbookFile';
import { RECORD_KIND_DESCRIPTORS } from '../../../shared/domain/recordKinds';
import {
  fromRepository,
  toRepository,
  type RepositoryFile,
} from '../../../shared/repository/repositoryForm';
import { arbitraryWorkbook, sample } from './workbookArbitrary';

const AT = '2026-11-21T00:00:00.000Z';
const fileText = (contents: Parameters<typeof buildWorkbookFile>[0]) =>
  serializeWorkbookFile(buildWorkbookFile(contents, '1', AT));

function read(files: RepositoryFile[]) {
  const result = fromRepository(files);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5)));
  return result.contents;
}

describe('the repository form', () => {
  it('writes one file per record, a day file per SLO and day, the reports, README and .gitattributes', () => {
    const files = toRepository(sample);
    const paths = files.map((f) => f.path);
    for (const d of RECORD_KIND_DESCRIPTORS) {
      expect(paths.filter((p) => p.startsWith(`${d.folder}/`))).toHaveLength(sample[d.kind].length);
    }
    expect(paths.filter((p) => p.startsWith('sli-data/'))).toHaveLength(sample.sliChunks.length);
    expect(paths).toContain('README.md');
    expect(paths).toContain('.gitattributes');
    expect(paths).toContain('workbook.json');
    expect(paths.some((p) => /^reports\/.*\.md$/.test(p))).toBe(true);
    expect(paths.some((p) => /^reports\/.*\.svg$/.test(p))).toBe(true);
    expect(new Set(paths).size).toBe(paths.length);
    for (const file of files) {
      expect(file.text.endsWith('\n'), file.path).toBe(true);
      expect(file.text.includes('\r'), file.path).toBe(false);
    }
    // Keys sorted and indented by two spaces.
    const journey = files.find((f) => f.path.startsWith('journeys/'))!.text;
    const keys = [...journey.matchAll(/^ {2}"(\w+)":/gm)].map((m) => m[1]!);
    expect(keys).toEqual([...keys].sort());
  });

  it('a change to one record changes one record file', () => {
    const before = toRepository(sample, { reports: false });
    const pain = sample.painPoints[3]!;
    const after = toRepository(
      {
        ...sample,
        painPoints: sample.painPoints.map((p) => (p.id === pain.id ? { ...p, quote: 'Slow' } : p)),
      },
      { reports: false },
    );
    const changed = after.filter((f, i) => before[i]!.text !== f.text).map((f) => f.path);
    expect(changed).toEqual([`pain-points/${pain.id}.json`]);
  });

  it('round-trips any workbook losslessly and byte for byte', () => {
    fc.assert(
      fc.property(arbitraryWorkbook, (workbook) => {
        const files = toRepository(workbook, { reports: false });
        const back = read(files);
        expect(fileText(back)).toBe(fileText(workbook));
        expect(toRepository(back, { reports: false })).toEqual(files);
        // Whatever order the files come in.
        expect(fileText(read([...files].reverse()))).toBe(fileText(workbook));
      }),
      { numRuns: 40 },
    );
  });

  it('writes the same reports for the same workbook', () => {
    const once = toRepository(sample);
    expect(toRepository(read(once))).toEqual(once);
  });

  it('refuses an invalid record file with its path, line and rule', () => {
    const files = toRepository(sample, { reports: false });
    const step = files.find((f) => f.path.startsWith('journey-steps/'))!;
    const broken = step.text.replace(/"emotion": -?\d+/, '"emotion": 7');
    const result = fromRepository(files.map((f) => (f === step ? { ...f, text: broken } : f)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const line = broken.split('\n').findIndex((l) => l.includes('"emotion"')) + 1;
    expect(result.problems).toEqual([
      { path: step.path, line, rule: expect.stringMatching(/^emotion: /) as string },
    ]);
  });

  it('refuses a file that is not JSON, a record filed under another id, and a link to nothing', () => {
    const files = toRepository(sample, { reports: false });
    const pain = files.find((f) => f.path.startsWith('pain-points/'))!;
    const cut = fromRepository(
      files.map((f) => (f === pain ? { ...f, text: f.text.slice(0, 40) } : f)),
    );
    expect(cut.ok || cut.problems[0]!.path).toBe(pain.path);
    const moved = fromRepository(
      files.map((f) => (f === pain ? { ...f, path: 'pain-points/elsewhere.json' } : f)),
    );
    expect(moved.ok || moved.problems.map((p) => p.rule)).toEqual([
      expect.stringContaining('must be pain-points/'),
    ]);
    const orphan = fromRepository(
      files.map((f) =>
        f === pain ? { ...f, text: f.text.replace(/"stepId": "[^"]+"/, '"stepId": "gone"') } : f,
      ),
    );
    expect(orphan.ok || orphan.problems).toEqual([
      {
        path: pain.path,
        line: pain.text.split('\n').findIndex((l) => l.includes('"stepId"')) + 1,
        rule: 'stepId: names a step that is not in the file',
      },
    ]);
    const none = fromRepository(files.filter((f) => f.path !== 'workbook.json'));
    expect(none.ok || none.problems[0]!.path).toBe('workbook.json');
  });
});
