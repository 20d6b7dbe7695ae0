import { describe, expect, it } from 'vitest';
import { readChatFiles, readChatLog } from '../../../../shared/retro/chat/readChatLog';
import {
  NameFinder,
  participantsOf,
  spellingsOf,
} from '../../../../shared/retro/chat/participantNames';
import * as S from './chatSamples';

const ROLES = {
  'Ben Okafor': 'on-call SRE',
  'Dana Ruiz': 'database engineer',
  PagerDuty: 'paging system',
};
const NAMES = /\b(?:ben|okafor|dana|ruiz|benny)\b/i;

function scrub(
  text: string,
  roles: Record<string, string> = ROLES,
  also: Record<string, string> = {},
) {
  const read = readChatLog(text, { year: 2024 });
  const finder = new NameFinder(participantsOf(read, roles, also));
  return { read, finder, texts: read.messages.map((m) => finder.replace(m.text)) };
}

describe('names out, everywhere', () => {
  it('the spellings of a name: first, last, handles, initials', () => {
    expect(spellingsOf('Ben Okafor')).toEqual(
      expect.arrayContaining([
        'Ben Okafor',
        'Ben',
        'Okafor',
        'ben.okafor',
        'ben_okafor',
        'benokafor',
        'bokafor',
        'Ben O.',
      ]),
    );
    expect(spellingsOf('dana.ruiz@acme.example')).toEqual(
      expect.arrayContaining(['dana.ruiz@acme.example', 'dana.ruiz', 'dana', 'ruiz']),
    );
    expect(spellingsOf('Ben Okafor (he/him)')).toContain('Ben Okafor');
  });

  it.each([
    ['Slack', S.SLACK_DESKTOP],
    ['Teams', S.TEAMS],
    ['Zoom', S.ZOOM],
    ['Discord', S.DISCORD],
    ['Google Chat', S.GOOGLE_CHAT],
  ])('%s: full name, first name, @handle and possessive all become the role', (_n, log) => {
    const { texts } = scrub(log);
    expect(texts.slice(0, 3)).toEqual([
      'checkout errors are up, database engineer can you look at the pool?',
      'on it, on-call SRE. restarting the pool',
      "on-call SRE the pool is back; on-call SRE's dashboard shows it",
    ]);
    for (const t of texts) expect(t).not.toMatch(NAMES);
  });

  it('handles as speakers (Mattermost, IRC) still find the names in the text', () => {
    const roles = { 'ben.okafor': 'on-call SRE', 'dana.ruiz': 'database engineer' };
    const { texts } = scrub(S.MATTERMOST, roles);
    expect(texts[1]).toBe('on it, on-call SRE. restarting the pool');
    for (const t of texts) expect(t).not.toMatch(NAMES);
  });

  it('a Slack export: tokens, display names and emails from users.json', () => {
    const read = readChatFiles(
      [
        { name: 'users.json', text: S.SLACK_USERS },
        { name: 'day.json', text: S.SLACK_EXPORT_DAY },
      ],
      { year: 2024 },
    );
    const finder = new NameFinder(participantsOf(read, ROLES));
    const texts = read.messages.map((m) => finder.replace(m.text));
    expect(texts[0]).toBe('checkout errors are up, database engineer can you look at the pool?');
    expect(texts[1]).toMatch(/^on it, on-call SRE\. /);
    expect(finder.replace('mail dana.ruiz@acme.example or ben@acme.example')).toBe(
      'mail database engineer or on-call SRE',
    );
  });

  it('someone mentioned who never spoke becomes “participant”, and the review lists it', () => {
    const { finder } = scrub(S.TEAMS);
    const text = 'paging @priya.n and @here, cc lee@acme.example';
    expect(finder.replace(text)).toBe('paging participant and @here, cc participant');
    const mentions = finder.mentions([text]);
    expect(mentions.map((m) => [m.text, m.participant, m.replacement])).toEqual([
      ['@priya.n', null, 'participant'],
      ['lee@acme.example', null, 'participant'],
    ]);
  });

  it('the review counts each spelling, and a mention kept as written stays', () => {
    const { finder, read } = scrub(S.SLACK_DESKTOP);
    const mentions = finder.mentions(read.messages.map((m) => m.text));
    const ben = mentions
      .filter((m) => m.participant === 'Ben Okafor')
      .map((m) => [m.text, m.count]);
    expect(ben).toEqual([
      ['Ben', 2],
      ['@ben.okafor', 1],
    ]);
    const keep = new Set(mentions.filter((m) => m.text === '@ben.okafor').map((m) => m.key));
    expect(finder.replace(S.SAY[2]!, keep)).toBe(
      "@ben.okafor the pool is back; on-call SRE's dashboard shows it",
    );
  });

  it('a first name that is an everyday word is replaced only with its capital', () => {
    const read = readChatLog(
      '10:00 Will Hart: I will restart it\n10:01 Mark Li: Will, mark it done',
      { year: 2024 },
    );
    const finder = new NameFinder(participantsOf(read, { 'Will Hart': 'SRE', 'Mark Li': 'IC' }));
    expect(read.messages.map((m) => finder.replace(m.text))).toEqual([
      'I will restart it',
      'SRE, mark it done',
    ]);
  });

  it('“also called” adds a nickname the log uses', () => {
    const { finder } = scrub(S.TEAMS, ROLES, { 'Ben Okafor': 'Benji, B.O.' });
    expect(finder.replace('thanks Benji and B.O.')).toBe('thanks on-call SRE and on-call SRE');
  });

  it('does not touch names inside other words', () => {
    const { finder } = scrub(S.TEAMS);
    expect(finder.replace('the benchmark and Danaher bonds; ruizite')).toBe(
      'the benchmark and Danaher bonds; ruizite',
    );
  });
});

describe('people named who never wrote in the log', () => {
  it('are replaced once the facilitator lists them, and the review says so', async () => {
    const { chatDrafts, OTHER_NAMES } = await import('../../../../shared/retro/chat/chatDrafts');
    const read = readChatLog('10:00 Ben Okafor: Priya Shah is looking, ask priya', { year: 2024 });
    const time = { day: '2024-11-04', timeZone: 'UTC' };
    const names = { roles: { 'Ben Okafor': 'SRE' }, alsoCalled: {}, keep: new Set<string>() };
    expect(chatDrafts(read, time, names).events[0]!.text).toBe('Priya Shah is looking, ask priya');
    const listed = chatDrafts(read, time, { ...names, others: 'Priya Shah' });
    expect(listed.events[0]!.text).toBe('participant is looking, ask participant');
    expect(listed.mentions.map((m) => m.participant)).toEqual([OTHER_NAMES, OTHER_NAMES]);
  });
});
