import { describe, expect, it } from 'vitest';
import { chatDrafts, eventText, tooLongEvents } from '../../../../shared/retro/chat/chatDrafts';
import { readChatFiles, readChatLog } from '../../../../shared/retro/chat/readChatLog';
import { NameFinder, participantsOf } from '../../../../shared/retro/chat/participantNames';
import { accountLines } from './lineAccounting';

const OPTIONS = { year: 2024 };
const UTC = { day: '2024-11-04', timeZone: 'UTC' };
const read = (text: string) => readChatLog(text, OPTIONS);
const said = (text: string) => read(text).messages.map((m) => [m.speaker, m.text]);
const reasons = (text: string) => read(text).skipped.map((s) => [s.line, s.reason]);

function namesOut(text: string, roles: Record<string, string>) {
  const r = read(text);
  const finder = new NameFinder(participantsOf(r, roles));
  return r.messages.map((m) => finder.replace(m.text));
}

describe('IRC: lines that are not messages are listed, never glued onto one', () => {
  const ZNC = [
    '[14:39:50] <zetok> and krita will get real support for .svg \\o/',
    '[14:40:01] -qtox-git-spam- [qTox] tux3 pushed 1 new commit to master: https://git.io/vrpmr',
    '[14:40:02] * zetok just edited .png',
    '[14:40:03] *** Quits: cisc (~cisc@ ) (Quit: Konversation terminated!)',
    '[14:40:04] <tux3> zetok, :)',
  ].join('\n');

  it('ZNC: a -bot- notice with its own stamp is a notice from the bot, an action is a message', () => {
    expect(said(ZNC)).toEqual([
      ['zetok', 'and krita will get real support for .svg \\o/'],
      ['zetok', 'just edited .png'],
      ['tux3', 'zetok, :)'],
    ]);
    expect(reasons(ZNC)).toEqual([
      [2, 'a notice from qtox-git-spam'],
      [4, 'a join, quit, nick or mode change'],
    ]);
  });

  it('supybot: ISO stamps, actions, joins and notices', () => {
    const log = [
      '2016-06-02T10:42:15  <ben> the pool is full',
      '2016-06-02T10:42:20  * dana restarts the pool',
      '2016-06-02T10:42:21  *** dana is now known as dana_away',
      '2016-06-02T10:42:22  -ChanServ- [#ops] Welcome',
      '2016-06-02T10:42:30  <dana_away> back',
    ].join('\n');
    expect(read(log).format).toBe('IRC log');
    expect(said(log)).toEqual([
      ['ben', 'the pool is full'],
      ['dana', 'restarts the pool'],
      ['dana_away', 'back'],
    ]);
    expect(reasons(log).map(([line]) => line)).toEqual([3, 4]);
  });

  it('dircproxy: “[04 Nov 10:42] <nick!user@host> text”, with its joins and notices', () => {
    const log = [
      '[04 Nov 10:41] --> ben (~ben@host.example) joined #ops',
      '[04 Nov 10:42] <ben!~ben@host.example> checkout errors are up',
      '[04 Nov 10:43] <dana!~dana@10.0.0.7> on it',
      '[04 Nov 10:44] * dana restarts the pool',
      '[04 Nov 10:45] -NickServ!services@services.example- You are now identified',
      '[04 Nov 10:46] --- dana is now known as dana_db',
    ].join('\n');
    const r = read(log);
    expect(r.messages.map((m) => m.speaker)).toEqual(['ben', 'dana', 'dana']);
    expect(r.skipped.map((s) => s.line)).toEqual([1, 5, 6]);
    const times = chatDrafts(r, UTC, { roles: {}, alsoCalled: {}, keep: new Set() }).events;
    expect(times.map((e) => new Date(e.ms).toISOString())).toEqual([
      '2024-11-04T10:42:00.000Z',
      '2024-11-04T10:43:00.000Z',
      '2024-11-04T10:44:00.000Z',
    ]);
  });

  it('a line an IRC log does not write for a message is listed, not added to the one before', () => {
    const log = '10:42 <ben> first\nsomething pasted in\n10:43 <dana> second';
    expect(said(log)).toEqual([
      ['ben', 'first'],
      ['dana', 'second'],
    ]);
    expect(reasons(log)).toEqual([
      [2, 'not a message: IRC log writes each message on one line of its own'],
    ]);
  });

  it('a bridge bot relays someone: the speaker is the relayed <nick>, the bot is known', () => {
    const log = [
      '10:42 <matterbridge> <alice> the deploy is stuck',
      '10:43 <ircbridge> [slack] <bob> rolling back',
      '10:44 <carol> thanks alice and bob',
    ].join('\n');
    const r = read(log);
    expect(r.messages.map((m) => [m.speaker, m.relayedBy ?? null, m.text])).toEqual([
      ['alice', 'matterbridge', 'the deploy is stuck'],
      ['bob', 'ircbridge', 'rolling back'],
      ['carol', null, 'thanks alice and bob'],
    ]);
    const out = namesOut(log, { alice: 'release manager', bob: 'SRE', carol: 'support' });
    expect(out[2]).toBe('thanks release manager and SRE');
  });

  it('a Matrix bridge relays “<user:server>”: the person is the user, the server no name', () => {
    // The form of the Monero meetings' logs, bridged to Matrix by “m-relay” since 2023.
    const log = [
      '17:02:08 <m-relay> <dana:monero.social> the bridge works',
      '17:03:00 <ben> thanks dana, and @dana:monero.social for the social graph',
    ].join('\n');
    const r = read(log);
    expect(r.messages.map((m) => [m.speaker, m.relayedBy ?? null])).toEqual([
      ['dana', 'm-relay'],
      ['ben', null],
    ]);
    expect(namesOut(log, { dana: 'SRE', ben: 'lead' })[1]).toBe(
      'thanks SRE, and SRE:monero.social for the social graph',
    );
  });
});

describe('Zoom: private messages are marked, with the recipient as a role', () => {
  const log = [
    '13:36:16\t From  Matthew Meidt  to  Luke(Privately) : Yes it is, the caps is a style guide',
    '13:36:46\t From  Donald Huynh : You mean variable type?',
    '11:52:50\t From 黑貓  To  鄭鴻旗(privately) : 突然想到',
  ].join('\n');

  it('reads who sent it and to whom', () => {
    expect(read(log).messages.map((m) => [m.speaker, m.to ?? null])).toEqual([
      ['Matthew Meidt', 'Luke'],
      ['Donald Huynh', null],
      ['黑貓', '鄭鴻旗'],
    ]);
  });

  it('the event says it was private and to which role, never the name', () => {
    const r = read(log);
    const drafts = chatDrafts(r, UTC, {
      roles: { 'Matthew Meidt': 'mentor', Luke: 'student' },
      alsoCalled: {},
      keep: new Set(),
    });
    expect(drafts.participants.map((p) => p.shown)).toContain('Luke');
    expect(eventText(drafts.events[0]!)).toBe(
      '(privately, to student) Yes it is, the caps is a style guide',
    );
    expect(eventText(drafts.events[1]!)).toBe('You mean variable type?');
  });

  it('a line stamped like a message but not one is listed, not glued on', () => {
    const text = '10:42:05 From Ben to Everyone: first\n10:42:09 Ben left the meeting\nsecond line';
    expect(said(text)).toEqual([['Ben', 'first']]);
    expect(reasons(text).map(([l]) => l)).toEqual([2, 3]);
  });
});

describe('Slack export', () => {
  const users = JSON.stringify([
    { id: 'U1', name: 'ben', profile: { real_name: 'Ben Okafor' } },
    { id: 'U2', name: 'al\u200Bice', profile: { real_name: 'Al\u200Bice Moreau' } },
  ]);
  const day = JSON.stringify([
    {
      type: 'message',
      subtype: 'bot_message',
      bot_id: 'B1',
      username: 'PagerDuty',
      text: '',
      ts: '1730716920.000100',
      attachments: [
        {
          fallback: 'Triggered: checkout 5xx',
          title: 'Triggered #4211: checkout 5xx',
          text: 'Error rate 7% on checkout-api',
          fields: [{ title: 'Service', value: 'checkout' }],
        },
      ],
    },
    {
      type: 'message',
      user: 'U1',
      text: 'first line\nsecond line :scream:',
      ts: '1730716980.000200',
    },
    {
      type: 'message',
      subtype: 'tombstone',
      hidden: true,
      user: 'USLACKBOT',
      text: 'This message was deleted.',
      ts: '1730717000.000300',
    },
    { type: 'message', user: 'U2', text: 'on it, <@U1>', ts: '1730717040.000400' },
  ]);
  const r = readChatFiles(
    [
      { name: 'users.json', text: users },
      { name: '2024-11-04.json', text: day },
    ],
    OPTIONS,
  );

  it('a bot post keeps the words of its attachments, from the bot', () => {
    expect(r.messages[0]!.speaker).toBe('PagerDuty');
    expect(r.messages[0]!.text).toBe(
      'Triggered #4211: checkout 5xx\nError rate 7% on checkout-api\nService: checkout',
    );
  });

  it('a multi-line message keeps its line break; emoji codes become emoji', () => {
    expect(r.messages[1]!.text).toBe('first line\nsecond line 😱');
  });

  it('a deleted message is left out and counted', () => {
    expect(r.messages).toHaveLength(3);
    expect(r.skipped.map((s) => s.reason)).toEqual(['a deleted message']);
  });

  it('a name written with a zero-width space is the same person, and goes in names out', () => {
    expect(r.messages[2]!.speaker).toBe('Alice Moreau');
    const drafts = chatDrafts(r, UTC, {
      roles: { 'Alice Moreau': 'database engineer', 'Ben Okafor': 'on-call SRE' },
      alsoCalled: {},
      keep: new Set(),
    });
    expect(drafts.events[2]).toMatchObject({
      role: 'database engineer',
      text: 'on it, on-call SRE',
    });
  });
});

describe('invisible characters never split a person in two', () => {
  it('“Al\\u200Bice” and “Alice” are one speaker; “Al\\u202Eice” in the text goes too', () => {
    const log = '10:42 <Al\u200Bice> one\n10:43 <Alice> two\n10:44 <bob> ask Al\u202Eice';
    const r = read(log);
    expect(new Set(r.messages.map((m) => m.speaker))).toEqual(new Set(['Alice', 'bob']));
    expect(namesOut(log, { Alice: 'SRE', bob: 'support' })[2]).toBe('ask SRE');
  });
});

describe('names out', () => {
  const roles = { 'Ben Okafor': 'on-call SRE', 'Brian Richter (Company)': 'vendor engineer' };
  const log = [
    'Ben Okafor  10:42 AM',
    'see https://github.com/benokafor/runbooks/blob/main/db.md and https://status.example.com/incidents/1',
    'Brian Richter (Company)  10:43 AM',
    'Brian Richter here; ssh ben-laptop.corp.example or ping okafor.dev.example.org (Brian)',
  ].join('\n');
  const [first, second] = namesOut(log, roles);

  it('a link that names someone goes whole as “a link”; one that names nobody stays as it is', () => {
    expect(first).toBe('see a link and https://status.example.com/incidents/1');
  });

  it('names inside host names and in parentheses go, and “Name (Company)” goes whole', () => {
    expect(second).toBe('vendor engineer here; ssh a host or ping a host (vendor engineer)');
  });

  it('no name is left in what is added', () => {
    expect([first, second].join(' ')).not.toMatch(/ben|okafor|brian|richter/i);
  });
});

describe('a text too long for an event is said in words, with its line', () => {
  it('a megabyte line is listed as not read, and the rest reads', () => {
    const huge = 'x'.repeat(1_000_000);
    const text = `10:42 <ben> before\n10:43 <dana> ${huge}\n10:44 <ben> after`;
    // How fast is the bench's to say (npm run bench): a timed assertion fails a busy machine.
    const r = read(text);
    expect(said(text).map(([who]) => who)).toEqual(['ben', 'ben']);
    expect(r.skipped[0]!.line).toBe(2);
    expect(r.skipped[0]!.reason).toMatch(/a line of 1,000,013 characters, longer than the 4,000/);
    expect(r.skipped[0]!.text.length).toBeLessThanOrEqual(200);
    expect(accountLines(text, r)).toEqual({ twice: [], missing: [], outside: [] });
  });

  it('a message of many lines over the bound is named with its line', () => {
    const text = `Ben Okafor  10:42 AM\n${Array.from({ length: 50 }, () => 'y'.repeat(100)).join('\n')}`;
    const r = read(text);
    const drafts = chatDrafts(r, UTC, { roles: {}, alsoCalled: {}, keep: new Set() });
    expect(tooLongEvents(drafts.events)).toEqual([
      'The message on line 1 has 5,049 characters; a timeline event holds at most 4,000.',
    ]);
  });
});
