import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chatDrafts, eventText } from '../../../../shared/retro/chat/chatDrafts';
import { readChatFiles } from '../../../../shared/retro/chat/readChatLog';

/** Kept in the repository (MIT, see tests/fixtures/real/chat/SOURCES.md). */
const dir = join(import.meta.dirname, '../../../fixtures/real/chat');
const file = (name: string) => ({ name, text: readFileSync(join(dir, name), 'utf8') });

describe('a real Slack export whose bot posts keep their words in attachments', () => {
  const read = readChatFiles(
    [file('slack-export-viewer-enrique-2016-02-07.json'), file('slack-export-viewer-users.json')],
    { year: 2016 },
  );
  const bot = (speaker: string) => speaker === 'B0JL6RASU';

  it('reads all 20 messages: 12 GitHub posts from the bot, 8 from Hamza Faran', () => {
    expect(read.format).toBe('Slack export (JSON)');
    expect(read.messages).toHaveLength(20);
    expect(read.messages.filter((m) => bot(m.speaker))).toHaveLength(12);
    expect(read.messages.filter((m) => m.speaker === 'Hamza Faran')).toHaveLength(8);
    expect(read.skipped).toEqual([]);
  });

  it('a bot post’s words are its attachment’s pretext and text, none is “(no words)”', () => {
    const first = read.messages.find((m) => bot(m.speaker))!;
    expect(first.text).toBe(
      '[enrique:master] 1 new commit by Anthony Bilinski:\n' +
        'ed1acbe (https://github.com/mesos-magellan/enrique/commit/ed1acbe9837b5ddf91e93606b604df3c2b4e128f): executor with simulated annealing rough draft - Anthony Bilinski',
    );
    expect(read.messages.filter((m) => m.text.trim() === '')).toEqual([]);
    expect(read.messages.map((m) => m.text)).toContain(
      '[enrique] The branch "hfaran_problem" was deleted by hfaran',
    );
  });

  it('a person’s link preview is kept after their words', () => {
    const preview = read.messages.find((m) => m.text.includes('simanneal'))!;
    expect(preview.text.split('\n')).toEqual([
      '<@U0BMYT2FL>: https://github.com/perrygeo/simanneal',
      'perrygeo/simanneal',
      'simanneal - Python module for Simulated Annealing optimization',
    ]);
  });

  it('names out: the people, their handles and Slack’s <@U…> tokens become roles', () => {
    const drafts = chatDrafts(
      read,
      { day: '2016-02-07', timeZone: 'America/Vancouver' },
      { roles: { 'Hamza Faran': 'maintainer' }, alsoCalled: {}, keep: new Set() },
    );
    expect(drafts.events).toHaveLength(20);
    // ts 1454884927.000002: an instant, whatever zone was chosen.
    expect(new Date(drafts.events[0]!.ms).toISOString()).toBe('2016-02-07T22:42:07.000Z');
    const all = drafts.events.map(eventText).join('\n');
    expect(all).not.toMatch(/Hamza|Faran|Harry Potter|U0BMYT2FL|<@/);
    // The mentioned person is a role; a link with a handle in its path goes whole, one without stays.
    expect(eventText(drafts.events[0]!)).toBe('participant: a link');
    expect(eventText(drafts.events[1]!)).toBe(
      'http://practicalcryptography.com/cryptanalysis/stochastic-searching/cryptanalysis-playfair/',
    );
  });
});
