import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../../shared/retro/blame/blameTokens';
import { installWinkTagger } from '../../../../shared/retro/blame/nodeWinkTagger';
import { remapDismissalKey } from '../../../../shared/retro/dismissals';
import { installGivenNames } from '../../../../shared/retro/names/nodeGivenNames';
import { findPersonNames } from '../../../../shared/retro/names/personNames';
import { nameKey, retroReportNames } from '../../../../shared/retro/reportNames';
import { buildSampleWorkbook } from '../../../../shared/sample/sampleWorkbook';

installWinkTagger();
installGivenNames();

describe('people named in a retrospective’s report', () => {
  const contents = buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') });
  const retro = contents.retros[0]!;
  const [first, second] = contents.timelineEvents.filter((e) => e.retroId === retro.id);

  it('finds none in the sample, whose every person is a role, and lists its roles to pick', () => {
    const { findings, roles } = retroReportNames(contents, retro.id, (iso) => iso);
    expect(findings).toEqual([]);
    expect(roles).toContain('on-call SRE');
  });

  it('follows a name found where a person acts into every field that names them', () => {
    const named = {
      ...contents,
      timelineEvents: contents.timelineEvents.map((e) =>
        e.id === first!.id
          ? { ...e, what: 'Obviously Dana should have caught the spike.' }
          : e.id === second!.id
            ? { ...e, what: 'The on-call SRE asked Dana about the deploy.' }
            : e,
      ),
    };
    const { findings } = retroReportNames(named, retro.id, (iso) => iso.slice(11, 16));
    expect(findings.map((f) => [f.field, f.name, f.kind])).toEqual([
      [`event:${first!.id}:what`, 'Dana', 'known'],
      [`event:${second!.id}:what`, 'Dana', 'known'],
    ]);
    // Alone, the second sentence says nothing: "Dana" there is found because the first showed her.
    expect(findPersonNames('The on-call SRE asked Dana about the deploy.')).toEqual([]);

    const dismissed = {
      ...named,
      retros: contents.retros.map((r) =>
        r.id === retro.id ? { ...r, dismissals: [findings[0]!.key] } : r,
      ),
    };
    expect(retroReportNames(dismissed, retro.id, (iso) => iso).findings).toHaveLength(1);
  });

  it('keys a name like a blame finding, so a workbook imported as a copy keeps the dismissal', () => {
    const key = nameKey('event:e1:role', 'Tom  Baker');
    expect(key).toBe('event:e1:role|person name|tom baker');
    expect(remapDismissalKey(key, (_field, old) => `${old}-copy`)).toBe(
      'event:e1-copy:role|person name|tom baker',
    );
  });

  it('checks a 2,000-character field in a few milliseconds', () => {
    const sentence = 'At 09:14 the on-call SRE paged Tom, and Sarah rolled back the deploy. ';
    const field = sentence.repeat(Math.ceil(2000 / sentence.length)).slice(0, 2000);
    const tagged = sentencesOf(field);
    const time = (run: () => unknown) => {
      const start = performance.now();
      for (let i = 0; i < 50; i += 1) run();
      return (performance.now() - start) / 50;
    };
    // Warmed up first, then each measured in the same run.
    time(() => findPersonNames(field, new Set(['Tom'])));
    const tagging = time(() => sentencesOf(field));
    const perField = time(() => findPersonNames(field, new Set(['Tom'])));
    const scanning = time(() => findPersonNames(field, new Set(['Tom']), tagged));
    console.log(
      `person names: ${perField.toFixed(2)} ms per 2,000-character field; reading it into tagged sentences (as the blame checker does) ${tagging.toFixed(2)} ms; finding names in them ${scanning.toFixed(2)} ms`,
    );
    // Generous for a busy machine: the report check reads every field of a retrospective.
    expect(perField).toBeLessThan(50);
  });
});
