import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runWorkbookCli, type CliIo } from '../../shared/cli/runWorkbookCli';
import { corpusDir } from '../unit/slo/corpusDir';

const ZOOM = [
  '13:36:16\t From  Matthew Meidt  to  Luke(Privately) : Yes it is, Luke, the caps is a style guide',
  '13:36:46\t From  Donald Huynh : You mean variable type, Matthew?',
  '13:37:01\t From  Donald Huynh : see https://github.com/donaldhuynh/notes and :tada:',
].join('\n');

/** Runs the command line in-process, with files from memory and a fixed clock. */
async function run(args: string[], files: Record<string, string>) {
  let out = '';
  let err = '';
  const io: CliIo = {
    readText: async (path) => {
      const text = files[path];
      if (text === undefined)
        throw Object.assign(new Error('missing'), { code: 'ENOENT' as const });
      return text;
    },
    writeText: async () => {
      throw new Error('timeline writes no file');
    },
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    now: () => new Date('2026-11-20T12:00:00Z'),
    timeZone: () => 'UTC',
  };
  const status = await runWorkbookCli(args, io);
  return { status, out, err };
}

describe('workbook timeline', () => {
  it('prints the events after names out, with the documented JSON keys', async () => {
    const { status, out } = await run(
      ['timeline', 'chat.txt', '--day', '2024-11-04', '--time-zone', 'Europe/Berlin', '--json'],
      { 'chat.txt': ZOOM },
    );
    expect(status).toBe(0);
    const json = JSON.parse(out);
    expect(Object.keys(json).sort()).toEqual(['events', 'format', 'notRead']);
    expect(json.format).toBe('Zoom chat');
    expect(json.events).toEqual([
      {
        at: '2024-11-04T12:36:16.000Z',
        actor: 'participant',
        text: '(privately, to participant) Yes it is, participant, the caps is a style guide',
        private: true,
      },
      {
        at: '2024-11-04T12:36:46.000Z',
        actor: 'participant',
        text: 'You mean variable type, participant?',
      },
      { at: '2024-11-04T12:37:01.000Z', actor: 'participant', text: 'see a link and 🎉' },
    ]);
    expect(json.notRead).toEqual([]);
  });

  it('lists each line not read with its line and reason', async () => {
    const log = '[10:42:00] <ben> up\n[10:42:05] -bot- deploy 42 done\n[10:43:00] <dana> ok ben';
    const { status, out } = await run(['timeline', 'irc.log', '--day', '2024-11-04', '--json'], {
      'irc.log': log,
    });
    expect(status).toBe(0);
    const json = JSON.parse(out);
    expect(json.format).toBe('IRC log');
    expect(json.events.map((e: { text: string }) => e.text)).toEqual(['up', 'ok participant']);
    expect(json.notRead).toEqual([
      { line: 2, reason: 'a notice from bot', text: '[10:42:05] -bot- deploy 42 done' },
    ]);
  });

  it('reads dircproxy’s own log: epoch instants, nicks from hostmasks, the rest listed', async () => {
    const log = [
      '1079304951 join #dircproxy niven.freenode.net You joined the channel',
      '1079305143 message #dircproxy bear!~bear@pa.comcast.net lah, scott',
      '1079305150 action #dircproxy bear!~bear@pa.comcast.net moons the channel',
      '1079305160 notice #dircproxy ChanServ!ChanServ@services. Welcome',
      '1079305166 message scott bear!~bear@pa.comcast.net psst',
    ].join('\n');
    const { status, out } = await run(['timeline', 'dircproxy.log', '--json'], {
      'dircproxy.log': log,
    });
    expect(status).toBe(0);
    const json = JSON.parse(out);
    expect(json.format).toBe('dircproxy log');
    expect(json.events).toEqual([
      { at: '2004-03-14T22:59:03.000Z', actor: 'participant', text: 'lah, participant' },
      { at: '2004-03-14T22:59:10.000Z', actor: 'participant', text: 'moons the channel' },
      {
        at: '2004-03-14T22:59:26.000Z',
        actor: 'participant',
        text: '(privately, to participant) psst',
        private: true,
      },
    ]);
    expect(json.notRead).toEqual([
      {
        line: 1,
        reason: 'a join, part, kick or quit',
        text: '1079304951 join #dircproxy niven.freenode.net You joined the channel',
      },
      {
        line: 4,
        reason: 'a notice from ChanServ',
        text: '1079305160 notice #dircproxy ChanServ!ChanServ@services. Welcome',
      },
    ]);
  });

  it('prints a readable list without --json', async () => {
    const { status, out } = await run(['timeline', 'chat.txt', '--day', '2024-11-04'], {
      'chat.txt': ZOOM,
    });
    expect(status).toBe(0);
    expect(out).toContain('Read as Zoom chat: 3 events, 0 lines not read.');
    expect(out).toContain(
      '2024-11-04T13:36:46.000Z  participant: You mean variable type, participant?',
    );
    expect(out).not.toMatch(/Matthew|Luke|Donald|Huynh/);
  });

  it('refuses a file with no message in it (exit 1, the reason in words)', async () => {
    const { status, err } = await run(['timeline', 'notes.txt'], {
      'notes.txt': 'just some notes\nwith no times',
    });
    expect(status).toBe(1);
    expect(err).toMatch(/No message found in notes\.txt: it is not a chat log this reads/);
  });

  it('refuses a zone or day that is not one, and says so', async () => {
    const zone = await run(['timeline', 'chat.txt', '--time-zone', 'Mars/Olympus'], {
      'chat.txt': ZOOM,
    });
    expect(zone.status).toBe(1);
    expect(zone.err).toMatch(/“Mars\/Olympus” is not a time zone/);
    const day = await run(['timeline', 'chat.txt', '--day', '4.11.2024'], { 'chat.txt': ZOOM });
    expect(day.status).toBe(1);
    expect(day.err).toMatch(/--day “4\.11\.2024” is not a date/);
  });

  it('needs a file (exit 2) and says when one cannot be read (exit 1)', async () => {
    expect((await run(['timeline'], {})).status).toBe(2);
    const missing = await run(['timeline', 'gone.txt'], {});
    expect(missing.status).toBe(1);
    expect(missing.err).toMatch(/Cannot read gone\.txt: no such file/);
  });

  const dir = corpusDir('real', 'chat');
  it.skipIf(!dir)('reads a Slack export day with its users file, as the dialog does', async () => {
    const day = 'slack-slackdump-B75B4C7-2025-01-11.json';
    const users = 'slack-slackdump-users.json';
    const files = {
      [day]: readFileSync(join(dir!, day), 'utf8'),
      [users]: readFileSync(join(dir!, users), 'utf8'),
    };
    const { status, out } = await run(['timeline', day, users, '--json'], files);
    expect(status).toBe(0);
    const json = JSON.parse(out);
    expect(json.format).toBe('Slack export (JSON)');
    expect(json.events).toHaveLength(9);
    expect(json.notRead.map((n: { reason: string }) => n.reason)).toEqual([
      'a channel join',
      'a deleted message',
    ]);
  });
});
