import { useEffect, useRef, useState } from 'react';
import type { ReviewSession } from '../../../../shared/domain/retro';
import {
  endSession,
  extendTimer,
  elapsedInWords,
  formatClock,
  pauseTimer,
  readTimer,
} from '../../../../shared/retro/sessionTimer';
import { useDatabase } from '../../db/DatabaseContext';
import { startSession, updateSession } from '../../db/retroRepository';
import { playGentleChime } from '../../ui/gentleChime';
import { formatLocal } from '../../ui/localTime';
import { errorText, showError, showInfo } from '../../ui/noticeStore';
import { useNow } from '../../ui/useNow';

interface SessionTimerProps {
  session: ReviewSession;
  /** When soak time holds this session back, until when. */
  soakUntilMs: number | null;
  /** Another session is running: starting this one is not the next thing to do. */
  anotherRunning?: boolean;
}

/** A visible timebox: start, pause, extend, end; at the end a gentle signal, never an alarm. */
export function SessionTimer({ session, soakUntilMs, anotherRunning = false }: SessionTimerProps) {
  const db = useDatabase();
  const now = useNow(1000, session.runningSince !== null);
  const reading = readTimer(session, now);
  const [confirmSoak, setConfirmSoak] = useState(false);
  const chimed = useRef(reading.phase === 'time is up');
  useEffect(() => {
    if (reading.phase === 'time is up' && !chimed.current) {
      chimed.current = true;
      playGentleChime();
    }
    if (reading.phase === 'running') chimed.current = false;
  }, [reading.phase]);

  const apply = (patch: Partial<ReviewSession>) =>
    void updateSession(db, session.id, patch).catch((e: unknown) => showError(errorText(e)));
  const run = () =>
    void startSession(db, session.id, Date.now())
      .then((paused) => {
        if (paused.length) showInfo(`Paused “${paused.join('”, “')}”: one session runs at a time.`);
      })
      .catch((e: unknown) => showError(errorText(e)));
  const start = () => {
    if (
      reading.phase === 'not started' &&
      soakUntilMs !== null &&
      soakUntilMs > Date.now() &&
      !confirmSoak
    ) {
      setConfirmSoak(true);
      return;
    }
    setConfirmSoak(false);
    run();
  };
  const running = session.runningSince !== null;
  const timebox = `timebox ${session.timeboxMinutes} min${session.extendedMinutes ? ` + ${session.extendedMinutes} min` : ''}`;
  return (
    <div className={`session-timer phase-${reading.phase.replace(/\s+/g, '-')}`}>
      {reading.phase === 'ended' ? (
        // An ended session's time left means nothing any more; the time it took does.
        <p>
          <span className="clock">{elapsedInWords(reading.elapsedMs)}</span>{' '}
          <span className="timer-phase">taken · {timebox}</span>
        </p>
      ) : (
        <p>
          <span role="timer" aria-label={`Time left in ${session.title}`} className="clock">
            {formatClock(reading.remainingMs)}
          </span>{' '}
          <span className="timer-phase">
            {reading.phase} · {timebox}
          </span>
        </p>
      )}
      {reading.phase === 'time is up' && (
        <p className="gentle-signal" role="status">
          Time is up. Wrap up gently: note the open questions and let them soak before the next
          session.
        </p>
      )}
      {confirmSoak && soakUntilMs !== null && (
        <p className="notice-inline" role="alert">
          The soak time after the last session runs until {formatLocal(soakUntilMs)}. Ideas settle
          in that time; start anyway?{' '}
          <button
            type="button"
            onClick={() => {
              setConfirmSoak(false);
              run();
            }}
          >
            Start anyway
          </button>
        </p>
      )}
      {reading.phase !== 'ended' && (
        <div className="timer-controls">
          {!running && (
            <button
              type="button"
              className={anotherRunning ? undefined : 'primary'}
              onClick={start}
            >
              {reading.phase === 'not started' ? 'Start session' : 'Resume'}
            </button>
          )}
          {running && (
            <button type="button" onClick={() => apply(pauseTimer(session, Date.now()))}>
              Pause
            </button>
          )}
          <button type="button" onClick={() => apply(extendTimer(session, 5))}>
            Extend by 5 minutes
          </button>
          {reading.phase !== 'not started' && (
            <button type="button" onClick={() => apply(endSession(session, Date.now()))}>
              End session
            </button>
          )}
        </div>
      )}
      {reading.phase === 'ended' && session.endedAt && (
        <p>
          Ended {formatLocal(Date.parse(session.endedAt))}.
          {session.soakHours > 0 ? ` Soak time after it: ${session.soakHours} h.` : ''}
        </p>
      )}
    </div>
  );
}
