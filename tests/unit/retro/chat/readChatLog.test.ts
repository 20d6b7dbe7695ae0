import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readChatFiles, readChatLog } from '../../../../shared/retro/chat/readChatLog';
import { resolveTimes } from '../../../../shared/retro/chat/chatTimes';
import * as S from './chatSamples';

const OPTIONS = { year: 2024 };
const UTC = { day: '2024-11-04', timeZone: 'UTC' };
const clock = (ms: number) => new Date(ms).toISOString().slice(11, 16);
const at = (text: string) => {
  const read = readChatLog(text, OPTIONS);
  return resolveTimes(read.messages, UTC).map((ms) => new Date(ms).toISOString().slice(0, 16));
};

const FOUR = ['10:42', '10:43', '10:45', '10:46'];

describe.each([
  [
    'Slack desktop copy',
    S.SLACK_DESKTOP,
    'Slack (copied)',
    ['Ben Okafor', 'Dana Ruiz', 'Dana Ruiz', 'PagerDuty'],
  ],
  [
    'Teams copy',
    S.TEAMS,
    'Microsoft Teams (copied)',
    ['Ben Okafor', 'Dana Ruiz', 'Dana Ruiz', 'PagerDuty'],
  ],
  ['Zoom chat', S.ZOOM, 'Zoom chat', ['Ben Okafor', 'Dana Ruiz', 'Dana Ruiz', 'PagerDuty']],
  [
    'Google Chat copy',
    S.GOOGLE_CHAT,
    'Google Chat (copied)',
    ['Ben Okafor', 'Dana Ruiz', 'Dana Ruiz', 'PagerDuty'],
  ],
  [
    'Discord copy',
    S.DISCORD,
    'Discord (copied)',
    ['Ben Okafor', 'Dana Ruiz', 'Dana Ruiz', 'PagerDuty'],
  ],
  [
    'Mattermost copy',
    S.MATTERMOST,
    'Mattermost (copied)',
    ['ben.okafor', 'dana.ruiz', 'dana.ruiz', 'pagerduty'],
  ],
  ['irssi log', S.IRSSI, 'IRC log', ['ben', 'dana', 'dana', 'pagerduty', 'dana']],
  ['weechat log', S.WEECHAT, 'IRC log', ['ben', 'dana', 'dana', 'pagerduty']],
  ['ZNC log', S.ZNC, 'IRC log', ['ben', 'dana', 'dana', 'pagerduty']],
])('%s', (_name, sample, format, speakers) => {
  it('is recognised, with every message, its speaker and its time', () => {
    const read = readChatLog(sample, OPTIONS);
    expect(read.format).toBe(format);
    expect(read.messages.map((m) => m.speaker)).toEqual(speakers);
    expect(read.messages.slice(0, 4).map((m) => m.text)).toEqual(S.SAY);
    const times = resolveTimes(read.messages, UTC);
    expect(times.slice(0, 4).map(clock)).toEqual(FOUR);
  });
});

describe('chat logs', () => {
  it('Slack: lists every line it did not read, with why', () => {
    const read = readChatLog(S.SLACK_DESKTOP, OPTIONS);
    expect(read.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'a date, used for the times after it'],
      [8, 'a reaction'],
      [9, 'a reaction count'],
      [10, 'a thread’s reply count'],
      [11, 'a thread link'],
    ]);
  });

  it('Slack: “Today”, “Yesterday” and “Monday, November 4th” set the day', () => {
    const log = `Monday, November 4th\nBen Okafor  11:58 PM\nlate\nYesterday\nDana Ruiz  9:00 AM\nmorning\nToday\nBen Okafor  9:05 AM\nnow`;
    const read = readChatLog(log, OPTIONS);
    expect(
      resolveTimes(read.messages, { day: '2024-11-07', timeZone: 'UTC' }).map((ms) =>
        new Date(ms).toISOString().slice(0, 16),
      ),
    ).toEqual(['2024-11-04T23:58', '2024-11-06T09:00', '2024-11-07T09:05']);
  });

  it('irssi: the day changes with its “Day changed” line', () => {
    expect(at(S.IRSSI)).toEqual([
      '2024-11-04T10:42',
      '2024-11-04T10:43',
      '2024-11-04T10:45',
      '2024-11-04T10:46',
      '2024-11-05T00:10',
    ]);
    const read = readChatLog(S.IRSSI, OPTIONS);
    expect(read.skipped.map((s) => s.reason)).toEqual([
      'a date, used for the times after it',
      'a join, quit, nick or mode change',
      'a date, used for the times after it',
    ]);
    expect(read.messages[4]!.text).toBe('goes home');
  });

  it('weechat and ZNC: joins are listed as not read', () => {
    expect(readChatLog(S.WEECHAT, OPTIONS).skipped).toHaveLength(1);
    expect(readChatLog(S.ZNC, OPTIONS).skipped).toHaveLength(1);
  });

  it('plain “[time] name: text” with 12 and 24 hour clocks', () => {
    const read = readChatLog(S.PLAIN, OPTIONS);
    expect(read.format).toBe('time, name and text');
    expect(resolveTimes(read.messages, UTC).map(clock)).toEqual([
      '10:42',
      '10:43',
      '22:45',
      '22:46',
    ]);
  });

  it('old Zoom chat files keep the text on the header line', () => {
    const read = readChatLog(S.ZOOM_OLD, OPTIONS);
    expect(read.format).toBe('Zoom chat');
    expect(read.messages.map((m) => [m.speaker, m.text])).toEqual([
      ['Ben Okafor', S.SAY[0]],
      ['Dana Ruiz', S.SAY[1]],
    ]);
  });

  it('the chosen time zone places wall-clock times', () => {
    const read = readChatLog(S.TEAMS, OPTIONS);
    const berlin = resolveTimes(read.messages, { day: '2024-11-04', timeZone: 'Europe/Berlin' });
    expect(new Date(berlin[0]!).toISOString()).toBe('2024-11-04T09:42:00.000Z');
  });

  it('a log past midnight with no separator rolls over to the next day', () => {
    const read = readChatLog('23:58 ops: still failing\n00:03 ops: recovered', OPTIONS);
    expect(
      resolveTimes(read.messages, UTC).map((ms) => new Date(ms).toISOString().slice(0, 16)),
    ).toEqual(['2024-11-04T23:58', '2024-11-05T00:03']);
  });

  it('a Slack export: exact times, names from users.json, tokens and links read', () => {
    const read = readChatFiles(
      [
        { name: 'users.json', text: S.SLACK_USERS },
        { name: '2024-11-04.json', text: S.SLACK_EXPORT_DAY },
      ],
      OPTIONS,
    );
    expect(read.format).toBe('Slack export (JSON)');
    expect(read.messages.map((m) => m.speaker)).toEqual(['Ben Okafor', 'Dana Ruiz', 'PagerDuty']);
    expect(read.messages[0]!.text).toBe(
      'checkout errors are up, <@U02DANA> can you look at the pool?',
    );
    expect(read.messages[1]!.text).toBe(
      'on it, benny. restarting the pool & watching the pool board (https://grafana.example/d/pool)',
    );
    expect(read.skipped.map((s) => s.reason)).toEqual(['a channel join']);
    const times = resolveTimes(read.messages, { day: '2000-01-01', timeZone: 'Asia/Tokyo' });
    expect(new Date(times[0]!).toISOString()).toBe('2024-11-04T10:42:00.000Z');
    expect(read.people.find((p) => p.shown === 'Ben Okafor')?.aliases).toEqual(
      expect.arrayContaining(['ben.okafor', 'benny', 'ben@acme.example']),
    );
  });

  it('a Google Chat takeout: names, emails and UTC times', () => {
    const read = readChatLog(S.GOOGLE_TAKEOUT, OPTIONS);
    expect(read.format).toBe('Google Chat (Takeout)');
    expect(read.messages.map((m) => m.speaker)).toEqual(['Ben Okafor', 'Dana Ruiz']);
    expect(new Date(resolveTimes(read.messages, UTC)[1]!).toISOString()).toBe(
      '2024-11-04T10:43:00.000Z',
    );
  });

  it('never throws on arbitrary pasted text, and reads no more than its lines', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const read = readChatLog(text, OPTIONS);
        const lines = text.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '').length;
        return read.messages.length + read.skipped.length <= Math.max(lines, 1);
      }),
      { numRuns: 300 },
    );
  });
});
