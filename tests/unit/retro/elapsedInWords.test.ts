import { describe, expect, it } from 'vitest';
import { elapsedInWords } from '../../../shared/retro/sessionTimer';

describe('how long a session ran, with its units', () => {
  it('says seconds, minutes and hours rather than a bare 0:18', () => {
    expect(elapsedInWords(18_000)).toBe('18 s');
    expect(elapsedInWords(12 * 60_000 + 5_000)).toBe('12 min 5 s');
    expect(elapsedInWords(55 * 60_000)).toBe('55 min');
    expect(elapsedInWords(65 * 60_000 + 59_000)).toBe('1 h 5 min');
    expect(elapsedInWords(2 * 3_600_000)).toBe('2 h');
  });

  it('never reads a negative time', () => {
    expect(elapsedInWords(-5_000)).toBe('0 s');
  });
});
