import type { ReviewSession } from '../domain/retro';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type TimerPhase = 'not started' | 'running' | 'paused' | 'time is up' | 'ended';

export interface TimerReading {
  phase: TimerPhase;
  elapsedMs: number;
  /** Negative once the timebox has passed. */
  remainingMs: number;
  timeboxMs: number;
}

type TimerFields = Pick<
  ReviewSession,
  'timeboxMinutes' | 'runningSince' | 'elapsedMs' | 'extendedMinutes' | 'endedAt'
>;

/** What the session timer shows at `nowMs`; the stored fields never tick, only this does. */
export function readTimer(session: TimerFields, nowMs: number): TimerReading {
  const since = session.runningSince ? Date.parse(session.runningSince) : null;
  const elapsedMs = session.elapsedMs + (since === null ? 0 : Math.max(0, nowMs - since));
  const timeboxMs = (session.timeboxMinutes + session.extendedMinutes) * MINUTE;
  const remainingMs = timeboxMs - elapsedMs;
  let phase: TimerPhase;
  if (session.endedAt) phase = 'ended';
  else if (since === null) phase = elapsedMs === 0 ? 'not started' : 'paused';
  else phase = remainingMs <= 0 ? 'time is up' : 'running';
  return { phase, elapsedMs, remainingMs, timeboxMs };
}

/** The stored change for each timer control. */
export function startTimer(session: TimerFields, nowMs: number): Partial<ReviewSession> {
  if (session.runningSince || session.endedAt) return {};
  return { runningSince: new Date(nowMs).toISOString() };
}

export function pauseTimer(session: TimerFields, nowMs: number): Partial<ReviewSession> {
  if (!session.runningSince) return {};
  return { runningSince: null, elapsedMs: Math.round(readTimer(session, nowMs).elapsedMs) };
}

export function extendTimer(session: TimerFields, minutes: number): Partial<ReviewSession> {
  return { extendedMinutes: Math.min(480, session.extendedMinutes + minutes) };
}

export function endSession(session: TimerFields, nowMs: number): Partial<ReviewSession> {
  return { ...pauseTimer(session, nowMs), endedAt: new Date(nowMs).toISOString() };
}

/** "12:05" or "−1:30" (overtime), minutes and seconds. */
/**
 * How long a session ran, with its units ("18 s", "12 min 5 s", "1 h 5 min"): a bare "0:18"
 * leaves the reader to guess minutes or hours.
 */
export function elapsedInWords(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return minutes ? `${hours} h ${minutes} min` : `${hours} h`;
  if (minutes > 0) return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
  return `${seconds} s`;
}

export function formatClock(ms: number): string {
  const sign = ms < 0 ? '−' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${sign}${minutes}:${seconds}`;
}

/**
 * Soak time: after a session ends, the next may not start before its soak hours have passed.
 * Only the last session to end counts: once a later session has been held, an earlier one's
 * soak holds nothing back. Returns when the next session may start, or null when nothing holds
 * it back.
 */
export function nextSessionNotBefore(
  sessions: Pick<ReviewSession, 'endedAt' | 'soakHours'>[],
): number | null {
  let last: { endedMs: number; soakHours: number } | null = null;
  for (const s of sessions) {
    if (!s.endedAt) continue;
    const endedMs = Date.parse(s.endedAt);
    if (last === null || endedMs > last.endedMs) last = { endedMs, soakHours: s.soakHours };
  }
  return last && last.soakHours > 0 ? last.endedMs + last.soakHours * HOUR : null;
}

type ActiveFields = TimerFields & Pick<ReviewSession, 'id' | 'updatedAt'>;

/**
 * The session the room is in: the one running, else the one paused most recently (started, not
 * ended). Null when no session is under way.
 */
export function activeSession<T extends ActiveFields>(sessions: readonly T[]): T | null {
  const running = sessions
    .filter((s) => s.runningSince && !s.endedAt)
    .sort((a, b) => Date.parse(b.runningSince!) - Date.parse(a.runningSince!));
  if (running[0]) return running[0];
  const paused = sessions
    .filter((s) => !s.endedAt && s.elapsedMs > 0)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return paused[0] ?? null;
}

/** Starting one session pauses any other that runs: one timebox at a time. */
export function startAlone<T extends ActiveFields>(
  sessions: readonly T[],
  id: string,
  nowMs: number,
): { id: string; patch: Partial<ReviewSession> }[] {
  const target = sessions.find((s) => s.id === id);
  if (!target) return [];
  const changes = sessions
    .filter((s) => s.id !== id && s.runningSince)
    .map((s) => ({ id: s.id, patch: pauseTimer(s, nowMs) }));
  const start = startTimer(target, nowMs);
  return Object.keys(start).length ? [...changes, { id, patch: start }] : changes;
}
