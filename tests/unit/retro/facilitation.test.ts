import { describe, expect, it } from 'vitest';
import type { ReviewSession } from '../../../shared/domain/retro';
import {
  endSession,
  extendTimer,
  formatClock,
  nextSessionNotBefore,
  pauseTimer,
  readTimer,
  startTimer,
} from '../../../shared/retro/sessionTimer';
import { findBlameLanguage } from '../../../shared/retro/blameLanguage';
import { RETRO_TEMPLATE_LIST } from '../../../shared/retro/templates';

const T0 = Date.parse('2026-11-24T09:00:00Z');
const MIN = 60_000;
type Timer = Pick<
  ReviewSession,
  'timeboxMinutes' | 'runningSince' | 'elapsedMs' | 'extendedMinutes' | 'endedAt'
>;
const fresh: Timer = {
  timeboxMinutes: 30,
  runningSince: null,
  elapsedMs: 0,
  extendedMinutes: 0,
  endedAt: null,
};

describe('session timer', () => {
  it('runs, pauses without losing time, resumes and counts down to a gentle end', () => {
    let s: Timer = { ...fresh };
    expect(readTimer(s, T0).phase).toBe('not started');
    s = { ...s, ...startTimer(s, T0) };
    expect(readTimer(s, T0 + 10 * MIN)).toMatchObject({ phase: 'running', remainingMs: 20 * MIN });
    s = { ...s, ...pauseTimer(s, T0 + 10 * MIN) };
    // Time spent paused does not count.
    expect(readTimer(s, T0 + 50 * MIN)).toMatchObject({ phase: 'paused', elapsedMs: 10 * MIN });
    s = { ...s, ...startTimer(s, T0 + 50 * MIN) };
    expect(readTimer(s, T0 + 70 * MIN)).toMatchObject({ phase: 'time is up', remainingMs: 0 });
    expect(readTimer(s, T0 + 71 * MIN).remainingMs).toBe(-MIN);
  });

  it('extends the timebox, and an extension brings a timer back from time-is-up', () => {
    let s: Timer = { ...fresh, ...startTimer(fresh, T0) };
    expect(readTimer(s, T0 + 31 * MIN).phase).toBe('time is up');
    s = { ...s, ...extendTimer(s, 5) };
    expect(readTimer(s, T0 + 31 * MIN)).toMatchObject({ phase: 'running', remainingMs: 4 * MIN });
  });

  it('ending a session stops the clock and keeps the elapsed time', () => {
    let s: Timer = { ...fresh, ...startTimer(fresh, T0) };
    s = { ...s, ...endSession(s, T0 + 25 * MIN) };
    expect(readTimer(s, T0 + 90 * MIN)).toMatchObject({ phase: 'ended', elapsedMs: 25 * MIN });
    expect(startTimer(s, T0 + 91 * MIN)).toEqual({});
  });

  it('formats the clock, overtime with a minus sign', () => {
    expect(formatClock(30 * MIN)).toBe('30:00');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(-90_000)).toBe('−1:30');
    expect(formatClock(2 * 60 * MIN + 5_000)).toBe('2:00:05');
  });

  it('soak: the next session waits for the soak time of the session that ended last', () => {
    expect(nextSessionNotBefore([])).toBeNull();
    const ended = '2026-11-24T10:00:00.000Z';
    expect(
      nextSessionNotBefore([
        { endedAt: ended, soakHours: 24 },
        { endedAt: null, soakHours: 24 },
        { endedAt: '2026-11-20T10:00:00.000Z', soakHours: 48 },
      ]),
    ).toBe(Date.parse('2026-11-25T10:00:00Z'));
    expect(nextSessionNotBefore([{ endedAt: ended, soakHours: 0 }])).toBeNull();
    // A later session, even one started early, ends the earlier one's soak.
    expect(
      nextSessionNotBefore([
        { endedAt: '2026-11-24T10:00:00.000Z', soakHours: 24 },
        { endedAt: '2026-11-24T16:00:00.000Z', soakHours: 0 },
      ]),
    ).toBeNull();
    expect(
      nextSessionNotBefore([
        { endedAt: '2026-11-24T16:00:00.000Z', soakHours: 2 },
        { endedAt: '2026-11-24T10:00:00.000Z', soakHours: 48 },
      ]),
    ).toBe(Date.parse('2026-11-24T18:00:00Z'));
  });
});

describe('templates', () => {
  it('every prompt and open question asks what and how, not who', () => {
    for (const template of RETRO_TEMPLATE_LIST) {
      const texts = [...template.prompts.map((p) => p.question), ...template.openQuestions];
      for (const text of texts)
        expect(findBlameLanguage(text), `${template.id}: ${text}`).toEqual([]);
      expect(template.sessions.length).toBeGreaterThan(0);
      expect(new Set(template.prompts.map((p) => p.id)).size).toBe(template.prompts.length);
    }
  });
});
