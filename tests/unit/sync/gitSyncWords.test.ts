import { describe, expect, it } from 'vitest';
import { gitFailure } from '../../../electron/main/git/gitService';
import { agoText } from '../../../shared/sync/agoText';
import { remoteUrlProblem } from '../../../shared/sync/gitLinkRequests';
import { countUnpushed } from '../../../shared/sync/unpushedChanges';

describe('what the top bar and the dialogs say about git', () => {
  it('says how long ago the last sync was', () => {
    const at = '2026-03-02T10:00:00.000Z';
    const now = Date.parse(at);
    expect(agoText(at, now + 30_000)).toBe('just now');
    expect(agoText(at, now + 2 * 60_000)).toBe('2 min ago');
    expect(agoText(at, now + 3 * 3_600_000)).toBe('3 h ago');
    expect(agoText(at, now + 24 * 3_600_000)).toBe('1 day ago');
  });

  it('refuses SSH and addresses carrying a password, in words', () => {
    expect(remoteUrlProblem('git@github.com:team/wb.git')).toMatch(/SSH .*not supported/);
    expect(remoteUrlProblem('ssh://git@host/wb.git')).toMatch(/SSH .*not supported/);
    expect(remoteUrlProblem('https://me:tok@github.com/team/wb.git')).toMatch(/token in its own/);
    expect(remoteUrlProblem('http://git.example.com/wb.git')).toMatch(/Only HTTPS/);
    expect(remoteUrlProblem('http://127.0.0.1:8080/team.git')).toBeNull();
    expect(remoteUrlProblem('https://gitlab.com/team/wb.git')).toBeNull();
  });

  it('words 401, 403 and a host that does not answer', () => {
    expect(gitFailure({ code: 'HttpError', data: { statusCode: 401 } })).toMatchObject({
      kind: 'unauthorized',
    });
    expect(gitFailure({ code: 'HttpError', data: { statusCode: 403 } })).toMatchObject({
      kind: 'forbidden',
      message: expect.stringMatching(/cannot push/),
    });
    expect(gitFailure(new TypeError('fetch failed'))).toMatchObject({ kind: 'offline' });
    expect(gitFailure({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' })).toMatchObject({
      kind: 'offline',
    });
  });

  it('counts records changed, added and removed since the last sync', () => {
    expect(countUnpushed({ a: '1', b: '2', c: '3' }, { a: '1', b: '9', d: '4' })).toBe(3);
    expect(countUnpushed({ a: '1' }, { a: '1' })).toBe(0);
  });
});
