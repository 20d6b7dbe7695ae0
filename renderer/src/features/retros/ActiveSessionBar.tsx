import { useLiveQuery } from 'dexie-react-hooks';
import {
  activeSession,
  formatClock,
  pauseTimer,
  readTimer,
} from '../../../../shared/retro/sessionTimer';
import { useDatabase } from '../../db/DatabaseContext';
import { listWorkbookSessions, startSession, updateSession } from '../../db/retroRepository';
import { errorText, showError } from '../../ui/noticeStore';
import { useNow } from '../../ui/useNow';
import { useRetroUi } from './retroStore';
import './activeSession.css';

interface ActiveSessionBarProps {
  workbookId: string;
  /** Shown inside this retrospective: no link to open it, it is open. */
  insideRetroId?: string;
  /** Opens the session's retrospective on its Sessions tab (from elsewhere in the app). */
  onOpen?: (retroId: string) => void;
}

/**
 * The review session under way, wherever the facilitator is: its time left, pause or resume,
 * and a way back to it. Shown above every tab of its retrospective and in the app bar elsewhere.
 */
export function ActiveSessionBar({ workbookId, insideRetroId, onOpen }: ActiveSessionBarProps) {
  const db = useDatabase();
  const sessions = useLiveQuery(() => listWorkbookSessions(db, workbookId), [db, workbookId]);
  const session = sessions ? activeSession(sessions) : null;
  const retro = useLiveQuery(
    async () => (session ? ((await db.retros.get(session.retroId)) ?? null) : null),
    [db, session?.retroId],
  );
  const running = !!session?.runningSince;
  const now = useNow(1000, running);
  if (!session || !retro) return null;
  const here = insideRetroId === session.retroId;
  // Inside another retrospective, the app bar already shows it.
  if (insideRetroId !== undefined && !here) return null;
  const reading = readTimer(session, now);
  const left = formatClock(reading.remainingMs);
  const fail = (e: unknown) => showError(errorText(e));
  return (
    <div
      className={`active-session phase-${reading.phase.replace(/\s+/g, '-')}`}
      role="group"
      aria-label="Session under way"
    >
      <span className="active-session-title" title={`${session.title} · ${retro.title}`}>
        {reading.phase === 'paused' ? 'Paused: ' : ''}
        {session.title}
        {!here && <span className="active-session-retro"> · {retro.title}</span>}
      </span>
      <span className="clock" role="timer" aria-label={`Session time left: ${left}`}>
        {left}
      </span>
      {running ? (
        <button
          type="button"
          onClick={() =>
            void updateSession(db, session.id, pauseTimer(session, Date.now())).catch(fail)
          }
        >
          Pause
        </button>
      ) : (
        <button
          type="button"
          onClick={() => void startSession(db, session.id, Date.now()).catch(fail)}
        >
          Resume
        </button>
      )}
      {!here && onOpen && (
        <button type="button" className="link-button" onClick={() => onOpen(session.retroId)}>
          Open
        </button>
      )}
    </div>
  );
}

/** Opens a retrospective on its Sessions tab, from anywhere in the app. */
export function useOpenSession(setArea: (area: 'retros') => void): (retroId: string) => void {
  const { selectRetro, setSection, setTab } = useRetroUi();
  return (retroId) => {
    setArea('retros');
    setTab('retros');
    selectRetro(retroId);
    setSection('sessions');
  };
}
