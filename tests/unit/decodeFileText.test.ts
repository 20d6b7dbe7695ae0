import { describe, expect, it } from 'vitest';
import { decodeFileText } from '../../shared/decodeFileText';

const text = 'time,good,total\nZürich → 2026,1,2\n';

describe('decoding a file as every part of the app does', () => {
  it('reads UTF-8 with and without its mark, and UTF-16 by its mark or its zero bytes', () => {
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le);
    be.swap16();
    const cases: [string, Buffer][] = [
      ['utf-8', Buffer.from(text)],
      ['utf-8 with mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
      ['utf-16le with mark', Buffer.concat([Buffer.from([0xff, 0xfe]), le])],
      ['utf-16be with mark', Buffer.concat([Buffer.from([0xfe, 0xff]), be])],
      ['utf-16le unmarked', le],
      ['utf-16be unmarked', be],
    ];
    for (const [name, bytes] of cases)
      expect(decodeFileText(new Uint8Array(bytes)), name).toBe(text);
  });

  it('leaves short or binary-looking UTF-8 as UTF-8', () => {
    expect(decodeFileText(new Uint8Array(Buffer.from('{}')))).toBe('{}');
    expect(decodeFileText(new Uint8Array([]))).toBe('');
  });
});
