import { describe, expect, it } from 'vitest';
import { chatDrafts } from '../../../../shared/retro/chat/chatDrafts';
import { readChatLog } from '../../../../shared/retro/chat/readChatLog';
import { accountLines } from './lineAccounting';

const OPTIONS = { year: 2004 };

/**
 * The five lines dircproxy's own developer quotes as its log (w8tvi/dircproxy, src/irc_log.c at
 * 4cc72492b9166edaf58695ac924aec4d03106f63, the comment in _irclog_recall), then the other kinds
 * its flag table writes, in the same form.
 */
const DEVELOPERS_LINES = [
  '1079304950 client #dircproxy dircproxy You connected',
  '1079304951 join #dircproxy niven.freenode.net You joined the channel',
  '1079305132 client #dircproxy dircproxy You disconnected',
  '1079305143 message #dircproxy bear!~bear@pa.comcast.net lah',
  '1079305150 action #dircproxy bear!~bear@pa.comcast.net moons the channel',
];
const MORE = [
  '1079305160 notice #dircproxy ChanServ!ChanServ@services. [#dircproxy] Welcome',
  '1079305161 mode #dircproxy ChanServ!ChanServ@services. +o bear',
  '1079305162 part #dircproxy scott!~scott@netsplit.com scott left the channel',
  '1079305163 topic #dircproxy bear!~bear@pa.comcast.net bear changed the topic to 1.1 is out',
  '1079305164 ctcp #dircproxy bear!~bear@pa.comcast.net VERSION',
  '1079305165 message #dircproxy scott!~scott@netsplit.com https://example.org/scott/notes <b>ok</b>',
  '1079305166 message noel bear!~bear@pa.comcast.net can you look at the recall bug',
  '1079305167 message #dircproxy bear!~bear@pa.comcast.net',
  '1079305168 server SERVER irc.freenode.net Highest connection count: 4242',
];

describe('dircproxy’s own log: “epoch kind target nick!user@host text”', () => {
  const log = [...DEVELOPERS_LINES, ...MORE].join('\n');
  const r = readChatLog(log, OPTIONS);

  it('reads messages and actions as said, the speaker from the hostmask', () => {
    expect(r.format).toBe('dircproxy log');
    expect(r.messages.map((m) => [m.line, m.speaker, m.text])).toEqual([
      [4, 'bear', 'lah'],
      [5, 'bear', 'moons the channel'],
      [11, 'scott', 'https://example.org/scott/notes <b>ok</b>'],
      [12, 'bear', 'can you look at the recall bug'],
      [13, 'bear', ''],
    ]);
  });

  it('takes the epoch seconds as the instant, whatever day was chosen', () => {
    expect(r.messages[0]!.time).toEqual({ kind: 'instant', ms: 1_079_305_143_000 });
    const drafts = chatDrafts(
      r,
      { day: '2026-01-01', timeZone: 'Europe/Berlin' },
      { roles: {}, alsoCalled: {}, keep: new Set() },
    );
    expect(new Date(drafts.events[0]!.ms).toISOString()).toBe('2004-03-14T22:59:03.000Z');
  });

  it('a message to a nick, not a channel, is private, to that person', () => {
    expect(r.messages.map((m) => m.to ?? null)).toEqual([null, null, null, 'noel', null]);
  });

  it('lists every other kind as not read, with its reason', () => {
    expect(r.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'a note dircproxy writes about its own connection'],
      [2, 'a join, part, kick or quit'],
      [3, 'a note dircproxy writes about its own connection'],
      [6, 'a notice from ChanServ'],
      [7, 'a nick, mode or topic change'],
      [8, 'a join, part, kick or quit'],
      [9, 'a nick, mode or topic change'],
      [10, 'a CTCP request'],
      [14, 'a note from the IRC server'],
    ]);
  });

  it('accounts for every line once', () => {
    expect(accountLines(log, r)).toEqual({ twice: [], missing: [], outside: [] });
  });

  it('a line in no form dircproxy writes is listed, never glued onto the message before', () => {
    const text = `${DEVELOPERS_LINES[3]}\nsomething pasted in\n1079305199 bogus #x y z`;
    const read = readChatLog(text, OPTIONS);
    expect(read.messages.map((m) => m.text)).toEqual(['lah']);
    expect(read.skipped.map((s) => s.line)).toEqual([2, 3]);
  });
});
