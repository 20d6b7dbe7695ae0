import { describe, expect, it } from 'vitest';
import { activeSession, readTimer, startAlone } from '../../../shared/retro/sessionTimer';

const base = {
  timeboxMinutes: 45,
  extendedMinutes: 0,
  endedAt: null as string | null,
  elapsedMs: 0,
  runningSince: null as string | null,
};
const session = (id: string, fields: Partial<typeof base> & { updatedAt?: string } = {}) => ({
  ...base,
  id,
  updatedAt: '2026-11-20T10:00:00.000Z',
  ...fields,
});
const NOW = Date.parse('2026-11-20T11:00:00.000Z');

describe('the session the room is in', () => {
  it('is the running one, else the one paused last, never an ended or unstarted one', () => {
    const ended = session('ended', { elapsedMs: 60_000, endedAt: '2026-11-20T09:00:00.000Z' });
    const fresh = session('fresh');
    const pausedEarly = session('early', { elapsedMs: 1, updatedAt: '2026-11-20T09:00:00.000Z' });
    const pausedLate = session('late', { elapsedMs: 1, updatedAt: '2026-11-20T10:30:00.000Z' });
    expect(activeSession([ended, fresh])).toBeNull();
    expect(activeSession([ended, fresh, pausedEarly, pausedLate])?.id).toBe('late');
    const running = session('running', { runningSince: '2026-11-20T10:50:00.000Z' });
    expect(activeSession([pausedLate, running, fresh])?.id).toBe('running');
  });

  it('starting one pauses every other that runs, keeping the time each has run', () => {
    const a = session('a', { runningSince: '2026-11-20T10:40:00.000Z', elapsedMs: 60_000 });
    const b = session('b');
    const changes = startAlone([a, b], 'b', NOW);
    expect(changes.map((c) => c.id)).toEqual(['a', 'b']);
    const pausedA = { ...a, ...changes[0]!.patch };
    expect(pausedA.runningSince).toBeNull();
    expect(readTimer(pausedA, NOW + 3_600_000).elapsedMs).toBe(21 * 60_000);
    expect(changes[1]!.patch.runningSince).toBe(new Date(NOW).toISOString());
    // Starting the one that already runs changes nothing.
    expect(startAlone([a, b], 'a', NOW)).toEqual([]);
  });
});
