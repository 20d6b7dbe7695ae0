import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chatDrafts } from '../../../../shared/retro/chat/chatDrafts';
import { readChatFiles, type ChatFile } from '../../../../shared/retro/chat/readChatLog';
import { corpusDir } from '../../slo/corpusDir';
import { accountLines } from './lineAccounting';

/** Real chat logs from public repositories, kept beside the repository (see its SOURCES.md). */
const dir = corpusDir('real', 'chat');
const file = (name: string): ChatFile => ({ name, text: readFileSync(join(dir!, name), 'utf8') });
const USERS = 'slack-slackdump-users.json';

interface Expected {
  format: string;
  messages: number;
  speakers: number;
  first: [string, string];
  notRead: Record<string, number>;
  withUsers?: boolean;
}

const CASES: Record<string, Expected> = {
  'discord-copy-didcomm-ug-2022-02-23-transcript.md': {
    format: 'Discord (copied)',
    messages: 29,
    speakers: 9,
    first: ['Daniel Hardman', 'Welcome to the UnSync meeting, everyone!'],
    // The chair's own “## Welcome” heading above the first message.
    notRead: { 'before the first message': 1 },
  },
  'gchat-takeout-dm-1pRI-messages.json': {
    format: 'Google Chat (Takeout)',
    messages: 51,
    speakers: 2,
    first: ['Alan A Milne', '$95.00'],
    notRead: {},
  },
  'gchat-takeout-space-AAAATeQdkhI-messages.json': {
    format: 'Google Chat (Takeout)',
    messages: 9,
    speakers: 2,
    first: ['Maria S Curie', ''],
    notRead: {},
  },
  'gchat-takeout-space-AAAAdvGdRgs-messages.json': {
    format: 'Google Chat (Takeout)',
    messages: 5,
    speakers: 2,
    first: ['Maria S Curie', 'word is that TSA lines are way backed up'],
    notRead: {},
  },
  'irc-irssi-i2p-meeting-001.log': {
    format: 'IRC log',
    messages: 689,
    speakers: 7,
    first: ['logger', 'Logging started'],
    notRead: {
      'a date, used for the times after it': 1,
      'a join, quit, nick or mode change': 4,
      'the end of a logging session': 1,
    },
  },
  'irc-znc-qtox-20160602.log.txt': {
    format: 'IRC log',
    messages: 232,
    speakers: 12,
    first: ['tux3', 'zetok, people are making fun of our website!'],
    // The git bot's notices were glued onto the message before each of them.
    notRead: { 'a join, quit, nick or mode change': 60, 'a notice from qtox-git-spam': 11 },
  },
  'slack-slackdump-B75B4C7-2025-01-10.json': {
    format: 'Slack export (JSON)',
    messages: 2,
    speakers: 1,
    first: ['WgO268Xc0KtFylJ', 'CYmxt38hm'],
    notRead: {},
    withUsers: true,
  },
  'slack-slackdump-B75B4C7-2025-01-11.json': {
    format: 'Slack export (JSON)',
    messages: 9,
    speakers: 2,
    first: ['VFRmaaKq7LC7tyRP', 'V360Tq4QS6YZsODngkVaYehvZ7y9cBwcRZYRVTylAqxW8qRo5o'],
    // One tombstone: once imported as “This message was deleted.”.
    notRead: { 'a channel join': 1, 'a deleted message': 1 },
    withUsers: true,
  },
  'zoom-agu-oss-2020-meeting_saved_chat.txt': {
    format: 'Zoom chat',
    messages: 121,
    speakers: 21,
    first: ['Leah Wasser (she/her) Earth Lab / earthdatascience.org / pyOpenSci', 'Welcome'],
    notRead: {},
  },
  'zoom-ethereum-pm-merge-meeting08-chat.txt': {
    format: 'Zoom chat',
    messages: 62,
    speakers: 17,
    first: ['MariusVanDerWijden', 'Yes'],
    notRead: {},
  },
  'zoom-womenintech-scrum-meeting_saved_chat.txt': {
    format: 'Zoom chat',
    messages: 23,
    speakers: 9,
    first: ['Sonya', "Crazy...I'm doing a combo Scrum"],
    notRead: { 'a blank line': 1 },
  },
};

describe.skipIf(!dir)('real chat logs read right', () => {
  it.each(Object.entries(CASES))('%s', (name, expected) => {
    const files = [file(name), ...(expected.withUsers ? [file(USERS)] : [])];
    const read = readChatFiles(files, { year: 2020 });
    expect(read.format).toBe(expected.format);
    expect(read.messages).toHaveLength(expected.messages);
    expect(new Set(read.messages.map((m) => m.speaker)).size).toBe(expected.speakers);
    expect(read.messages[0]!.speaker).toBe(expected.first[0]);
    expect(read.messages[0]!.text.startsWith(expected.first[1])).toBe(true);
    const reasons: Record<string, number> = {};
    for (const s of read.skipped) reasons[s.reason] = (reasons[s.reason] ?? 0) + 1;
    expect(reasons).toEqual(expected.notRead);
    if (!expected.format.includes('JSON') && !expected.format.includes('Takeout'))
      expect(accountLines(files[0]!.text, read)).toEqual({ twice: [], missing: [], outside: [] });

    // Names out: no word of any speaker's name (four letters or more) is left in an event.
    const drafts = chatDrafts(
      read,
      { day: '2020-01-01', timeZone: 'UTC' },
      { roles: {}, alsoCalled: {}, keep: new Set() },
    );
    const words = new Set(
      read.messages.flatMap((m) =>
        m.speaker
          .replace(/\(.*$/, '')
          .split(/[\s/|]+/)
          .filter((w) => w.length >= 4 && /^\p{L}+$/u.test(w)),
      ),
    );
    const left = drafts.events.flatMap((e) =>
      [...words].filter((w) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'iu').test(e.text)),
    );
    expect(left).toEqual([]);
  });
});

describe('a real Zoom chat kept in the repository (CERTCC/SSVC, see tests/fixtures/real/chat)', () => {
  const text = readFileSync(
    join(
      import.meta.dirname,
      '../../../fixtures/real/chat/zoom-certcc-ssvc-meeting_saved_chat.txt',
    ),
    'utf8',
  );
  const read = readChatFiles([{ name: 'meeting_saved_chat.txt', text }], { year: 2020 });
  const roles = {
    'Jonathan Spring': 'SSVC author',
    'Allen Householder': 'SSVC author',
    'Charles Yarbrough': 'reviewer',
    'Laurie Tyzenhaus': 'reviewer',
  };
  const drafts = chatDrafts(
    read,
    { day: '2020-06-01', timeZone: 'America/New_York' },
    {
      roles,
      alsoCalled: { 'Charles Yarbrough': 'Chuck', 'Jonathan Spring': 'Jono' },
      keep: new Set(),
    },
  );

  it('reads 49 messages of 4 people, every line placed', () => {
    expect(read.format).toBe('Zoom chat');
    expect(read.messages).toHaveLength(49);
    expect(new Set(read.messages.map((m) => m.speaker))).toEqual(new Set(Object.keys(roles)));
    expect(read.skipped).toEqual([]);
    expect(accountLines(text, read)).toEqual({ twice: [], missing: [], outside: [] });
  });

  it('a message pasted with old Mac line ends keeps its lines as lines of that message', () => {
    expect(read.messages[0]!.text.split('\n')).toEqual([
      'is it only patch applier/patch developer? or are there more terms involved?',
      '02:11 PM',
      '"patch" should go away',
      'supplier, user',
      'vendor, user',
    ]);
  });

  it('times in the meeting’s zone, roles instead of names and nicknames, links left working', () => {
    expect(
      drafts.events.slice(0, 5).map((e) => [new Date(e.ms).toISOString(), e.role, e.text]),
    ).toEqual([
      ['2020-06-01T13:03:42.000Z', 'reviewer', read.messages[0]!.text],
      ['2020-06-01T13:04:41.000Z', 'SSVC author', 'https://github.com/CERTCC/SSVC/pull/37'],
      [
        '2020-06-01T13:09:05.000Z',
        'SSVC author',
        'SBOM supplier definition is section 5.8 here: https://www.ntia.doc.gov/files/ntia/publications/framingsbom_20191112.pdf',
      ],
      ['2020-06-01T13:11:16.000Z', 'SSVC author', 'Sorry reviewer, we can’t hear you, too garbled'],
      [
        '2020-06-01T13:11:36.000Z',
        'SSVC author',
        'reviewer: your audio is dropping out a lot. can you call in via phone?',
      ],
    ]);
    const all = drafts.events.map((e) => e.text).join('\n');
    expect(all).not.toMatch(
      /Chuck|Jono|Allen|Jonathan|Charles|Laurie|Householder|Spring|Yarbrough/,
    );
    expect(all).toContain('I agree with SSVC author');
  });
});
