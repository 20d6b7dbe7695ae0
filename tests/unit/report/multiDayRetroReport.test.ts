import { describe, expect, it } from 'vitest';
import type { ReportContext } from '../../../shared/report/reportContext';
import { renderRetroReport } from '../../../shared/report/retroReport';
import { buildSampleWorkbook } from '../../../shared/sample/sampleWorkbook';

const END = Date.parse('2026-11-20T12:00:00Z');
const ctx: ReportContext = { generatedAt: '2026-11-21T09:00:00.000Z', timeZone: 'UTC' };
const RETRO = 'sample-retro-card-vault';

/** The sample card-vault retrospective, its first event moved to the evening before, 17:30. */
function withEveningDeploy(timeZone = 'UTC') {
  const contents = buildSampleWorkbook({ endMs: END });
  const events = contents.timelineEvents.filter((e) => e.retroId === RETRO);
  const first = events[0]!;
  const started = Date.parse(contents.retros.find((r) => r.id === RETRO)!.startedAt!);
  const day = new Date(started - 86_400_000).toISOString().slice(0, 10);
  contents.timelineEvents = contents.timelineEvents.map((e) =>
    e.id === first.id ? { ...e, at: `${day}T17:30:00.000Z` } : e,
  );
  contents.contributingFactors = contents.contributingFactors.map((f) =>
    f.retroId === RETRO ? { ...f, eventIds: [first.id, ...f.eventIds] } : f,
  );
  return { contents, day, ctx: { ...ctx, timeZone } };
}

const mermaidOf = (md: string) =>
  md.slice(md.indexOf('```mermaid'), md.indexOf('```', md.indexOf('```mermaid') + 3));

describe('the retrospective report of an incident that runs over midnight', () => {
  it('dates every event in the Mermaid timeline and the factors, as the table does', () => {
    const { contents, day, ctx } = withEveningDeploy();
    const md = renderRetroReport(contents, RETRO, ctx).markdown;
    const mermaid = mermaidOf(md);
    // Mermaid reads ":" as its own separator, so the report writes a ratio sign in times.
    expect(mermaid).toContain(`    ${day} 17∶30 : payments team card-vault client 4.2 deployed`);
    const lines = mermaid.split('\n').filter((l) => / : /.test(l));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line).toMatch(/^ {4}\d{4}-\d\d-\d\d \d\d∶\d\d : /);
    expect(md).toContain(`| ${day} 17:30 | payments team |`);
    expect(md).toMatch(new RegExp(`\\| ${day} 17:30, \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d`));
  });

  it('keeps times alone when the whole incident is on one day', () => {
    const contents = buildSampleWorkbook({ endMs: END });
    const mermaid = mermaidOf(renderRetroReport(contents, RETRO, ctx).markdown);
    const lines = mermaid.split('\n').filter((l) => / : /.test(l));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line).toMatch(/^ {4}\d\d∶\d\d : /);
  });

  it('decides the days in the report’s time zone, not the machine’s', () => {
    // The deploy at 00:30 UTC on the incident's own day (18:00 UTC): one day in UTC, but in
    // Tokyo (+9 h) it is 09:30 one day and the incident 03:00 the next.
    const contents = buildSampleWorkbook({ endMs: END });
    const started = contents.retros.find((r) => r.id === RETRO)!.startedAt!;
    const first = contents.timelineEvents.find((e) => e.retroId === RETRO)!;
    contents.timelineEvents = contents.timelineEvents.map((e) =>
      e.id === first.id ? { ...e, at: `${started.slice(0, 10)}T00:30:00.000Z` } : e,
    );
    const lines = (timeZone: string) =>
      mermaidOf(renderRetroReport(contents, RETRO, { ...ctx, timeZone }).markdown)
        .split('\n')
        .filter((l) => / : /.test(l));
    for (const line of lines('UTC')) expect(line).toMatch(/^ {4}\d\d∶\d\d : /);
    for (const line of lines('Asia/Tokyo'))
      expect(line).toMatch(/^ {4}\d{4}-\d\d-\d\d \d\d∶\d\d : /);
  });
});
