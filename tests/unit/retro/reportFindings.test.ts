import { describe, expect, it } from 'vitest';
import { findingKey } from '../../../shared/retro/dismissals';
import { retroReportFindings } from '../../../shared/retro/reportFindings';
import { buildSampleWorkbook } from '../../../shared/sample/sampleWorkbook';

describe('blame language still open in a retrospective’s report', () => {
  const contents = buildSampleWorkbook({ endMs: Date.parse('2026-11-20T12:00:00Z') });
  const retro = contents.retros[0]!;
  const event = contents.timelineEvents.find((e) => e.retroId === retro.id)!;

  it('finds it in every part the report carries, with where it is and its sentence', () => {
    const withBlame = {
      ...contents,
      retros: [
        {
          ...retro,
          impact:
            'Shoppers could not pay. The engineer should have checked the dashboard. It recovered.',
        },
      ],
      timelineEvents: contents.timelineEvents.map((e) =>
        e.id === event.id ? { ...e, what: 'Dana made a careless mistake' } : e,
      ),
    };
    const found = retroReportFindings(withBlame, retro.id, (iso) => iso.slice(11, 16));
    const impact = found.find((f) => f.where === 'Customer impact')!;
    expect(impact.excerpt).toBe('The engineer should have checked the dashboard.');
    expect(impact.section).toBe('incident');
    const onEvent = found.find((f) => f.section === 'timeline')!;
    expect(onEvent.where).toBe(`Timeline event at ${event.at.slice(11, 16)}`);
    expect(onEvent.key).toBe(findingKey(`event:${event.id}:what`, onEvent));

    // Dismissed with the key the field writes: gone from the list.
    const dismissed = {
      ...withBlame,
      retros: [{ ...withBlame.retros[0]!, dismissals: [impact.key] }],
    };
    expect(retroReportFindings(dismissed, retro.id, (iso) => iso).map((f) => f.key)).not.toContain(
      impact.key,
    );
  });
});
