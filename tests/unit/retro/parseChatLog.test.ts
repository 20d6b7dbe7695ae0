import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRoles, parseChatLog } from '../../../shared/retro/parseChatLog';

const LOG = `10:40 alice: checkout errors are up, looking
[10:42] bob: restarting the pool
  (it took two tries)
10:42:15 <carol> @alice the pool is back, Bob saw it first
2026-11-24 10:45 alice: error rate falling
10:47 PM dave: late page for the batch job
just some noise without a time`;

describe('chat log to draft timeline events', () => {
  it('reads the common forms, keeps continuation lines with their event, and lists the speakers', () => {
    const result = parseChatLog(LOG);
    expect(result.events.map((e) => [e.time, e.speaker, e.line])).toEqual([
      ['10:40', 'alice', 1],
      ['10:42', 'bob', 2],
      ['10:42:15', 'carol', 4],
      ['10:45', 'alice', 5],
      ['22:47', 'dave', 6],
    ]);
    expect(result.events[1]!.text).toBe('restarting the pool\n(it took two tries)');
    expect(result.events[4]!.text).toBe(
      'late page for the batch job\njust some noise without a time',
    );
    expect(result.speakers).toEqual(['alice', 'bob', 'carol', 'dave']);
    expect(result.skipped).toEqual([]);
  });

  it('rolls over midnight and says which lines it could not read', () => {
    const result = parseChatLog(
      'nothing here\n23:58 ops: still failing\n00:03 ops: recovered\n25:61 ops: ?',
    );
    expect(result.events.map((e) => e.minuteOfIncident)).toEqual([23 * 60 + 58, 1440 + 3]);
    expect(result.skipped).toEqual([
      { line: 1, text: 'nothing here', reason: expect.stringMatching(/no time and speaker/) },
      { line: 4, text: '25:61 ops: ?', reason: '25:61 is not a time of day' },
    ]);
  });

  it('replaces names with roles, as speakers and inside the text, not inside other words', () => {
    const events = parseChatLog(LOG).events;
    const withRoles = applyRoles(events, {
      alice: 'on-call SRE',
      bob: 'database engineer',
      carol: 'incident commander',
    });
    expect(withRoles.map((e) => e.speaker)).toEqual([
      'on-call SRE',
      'database engineer',
      'incident commander',
      'on-call SRE',
      'participant',
    ]);
    expect(withRoles[2]!.text).toBe('on-call SRE the pool is back, database engineer saw it first');
    expect(
      applyRoles(parseChatLog('10:00 al: albert and al agree').events, { al: 'SRE' })[0]!.text,
    ).toBe('albert and SRE agree');
  });

  it('never throws on arbitrary pasted text, and accounts for every non-empty line', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseChatLog(text);
        const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').length;
        const continuation = result.events.reduce((n, e) => n + e.text.split('\n').length - 1, 0);
        return result.events.length + result.skipped.length + continuation === lines;
      }),
      { numRuns: 300 },
    );
  });
});
