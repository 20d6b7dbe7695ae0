import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeStorageTokens } from '../../../electron/main/git/safeTokens';

/** A stand-in for safeStorage: reversible, and visibly not the token itself. */
const box = (available: boolean, backend = 'gnome_libsecret') => ({
  isEncryptionAvailable: () => available,
  getSelectedStorageBackend: () => backend,
  encryptString: (text: string) => Buffer.from(`enc:${[...text].reverse().join('')}`),
  decryptString: (data: Buffer) => [...data.toString().slice(4)].reverse().join(''),
});

describe('git tokens kept by the desktop app', () => {
  it('keeps a token encrypted on disk where the system can, and reads it back', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tokens-')), 'git-tokens.json');
    const writes: string[] = [];
    const write = async (text: string) => {
      writes.push(text);
      writeFileSync(file, text);
    };
    const kept = safeStorageTokens(box(true), file, write);
    kept.set('link-aaaa0001', 'ghp_secret');
    expect(readFileSync(file, 'utf8')).not.toContain('ghp_secret');
    expect(safeStorageTokens(box(true), file, write).get('link-aaaa0001')).toBe('ghp_secret');
    kept.set('link-aaaa0001', null);
    expect(safeStorageTokens(box(true), file, write).get('link-aaaa0001')).toBeNull();
  });

  it('never writes a token where the only store is plain text: this session only', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'tokens-')), 'git-tokens.json');
    const writes: string[] = [];
    const kept = safeStorageTokens(box(true, 'basic_text'), file, async (t) => void writes.push(t));
    kept.set('link-aaaa0001', 'ghp_secret');
    expect(kept.get('link-aaaa0001')).toBe('ghp_secret');
    expect(writes.join('')).not.toContain('ghp_secret');
    expect(writes.join('')).not.toContain('terces_phg');
  });
});
