import { useId, useMemo, useState } from 'react';
import { applyRoles, parseChatLog } from '../../../../shared/retro/parseChatLog';
import { useDatabase } from '../../db/DatabaseContext';
import { addEvents } from '../../db/retroRepository';
import { Dialog } from '../../ui/Dialog';
import { useDraft } from '../../ui/useDraft';
import { errorText, showInfo } from '../../ui/noticeStore';

const MINUTE = 60_000;
const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

interface ChatLogDialogProps {
  retroId: string;
  /** The incident's start, for the day the log begins on. */
  startedMs: number | null;
  knownRoles: string[];
  onClose: () => void;
}

/**
 * Paste a chat log, see the events it holds, give each person a role (names never reach the
 * timeline), keep or drop each event, then add the kept ones in one go.
 */
export function ChatLogDialog({ retroId, startedMs, knownRoles, onClose }: ChatLogDialogProps) {
  const db = useDatabase();
  const id = useId();
  // A pasted log and the roles chosen so far survive a reload, until the events are added.
  const [draft, setDraft, clearDraft] = useDraft(`chat-log:${retroId}`, {
    text: '',
    day: '',
    roles: {} as Record<string, string>,
  });
  const { text, roles } = draft;
  const [fallbackDay] = useState(() => localDate(startedMs ?? Date.now()));
  const day = draft.day || fallbackDay;
  const setText = (value: string) => setDraft((d) => ({ ...d, text: value }));
  const setDay = (value: string) => setDraft((d) => ({ ...d, day: value }));
  const setRoles = (change: (r: Record<string, string>) => Record<string, string>) =>
    setDraft((d) => ({ ...d, roles: change(d.roles) }));
  const [dropped, setDropped] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const parsed = useMemo(() => parseChatLog(text), [text]);
  const drafts = useMemo(() => applyRoles(parsed.events, roles), [parsed, roles]);
  const kept = drafts.filter((d) => !dropped.has(d.line));
  const dayStart = new Date(`${day}T00:00`).getTime();

  async function add() {
    if (!Number.isFinite(dayStart)) return setError('Choose the day the log begins on.');
    if (kept.length === 0) return setError('Keep at least one event, or close this dialog.');
    try {
      await addEvents(
        db,
        retroId,
        kept.map((d) => ({
          at: new Date(dayStart + d.minuteOfIncident * MINUTE).toISOString(),
          what: d.text.trim() || '(no words)',
          role: d.speaker,
          source: 'chat log',
        })),
      );
      showInfo(`Added ${kept.length} ${kept.length === 1 ? 'event' : 'events'} from the chat log.`);
      clearDraft();
      onClose();
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  return (
    <Dialog title="Paste a chat log" onClose={onClose}>
      <div className="field">
        <label htmlFor={`${id}-log`}>Chat log</label>
        <textarea
          id={`${id}-log`}
          rows={8}
          value={text}
          placeholder="10:42 alice: restarting the pool"
          onChange={(e) => {
            setText(e.target.value);
            setDropped(new Set());
          }}
        />
        <p className="field-hint">
          One message a line, starting with its time: “10:42 alice: restarting the pool”, “[10:42]
          alice: …” or “10:42 &lt;alice&gt; …”. Lines without a time continue the message above.
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-day`}>Day the log begins on</label>
        <input id={`${id}-day`} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      </div>
      {parsed.speakers.length > 0 && (
        <fieldset>
          <legend>Roles instead of names</legend>
          <p className="field-hint">
            The timeline speaks of roles and teams, never of people. Names in the messages are
            replaced too; anyone left without a role becomes “participant”.
          </p>
          <datalist id={`${id}-roles`}>
            {knownRoles.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
          <div className="field-row">
            {parsed.speakers.map((speaker) => (
              <div className="field" key={speaker}>
                <label htmlFor={`${id}-role-${speaker}`}>Role for “{speaker}”</label>
                <input
                  id={`${id}-role-${speaker}`}
                  list={`${id}-roles`}
                  value={roles[speaker] ?? ''}
                  placeholder="e.g. on-call SRE"
                  onChange={(e) => {
                    const role = e.target.value;
                    setRoles((r) => ({ ...r, [speaker]: role }));
                  }}
                />
              </div>
            ))}
          </div>
        </fieldset>
      )}
      {drafts.length > 1 && (
        // A long log is easier to pick from than to prune: drop all, then tick what matters.
        <div className="toolbar-row">
          <button type="button" onClick={() => setDropped(new Set())}>
            Keep all
          </button>
          <button type="button" onClick={() => setDropped(new Set(drafts.map((d) => d.line)))}>
            Drop all
          </button>
        </div>
      )}
      {drafts.length > 0 && (
        <ul className="draft-events" aria-label="Draft events">
          {drafts.map((d) => (
            <li key={d.line}>
              <label>
                <input
                  type="checkbox"
                  checked={!dropped.has(d.line)}
                  onChange={(e) => {
                    // Read now: the updater runs later, after React has reset the input.
                    const keep = e.target.checked;
                    setDropped((s) => {
                      const next = new Set(s);
                      if (keep) next.delete(d.line);
                      else next.add(d.line);
                      return next;
                    });
                  }}
                />{' '}
                Keep: {d.time} {d.speaker}: {d.text}
              </label>
            </li>
          ))}
        </ul>
      )}
      {parsed.skipped.length > 0 && (
        <div className="import-problems" role="status">
          <p>
            {parsed.skipped.length} {parsed.skipped.length === 1 ? 'line was' : 'lines were'} not
            read:
          </p>
          <ul>
            {parsed.skipped.slice(0, 20).map((s) => (
              <li key={s.line}>
                Line {s.line}: {s.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => {
            clearDraft();
            onClose();
          }}
        >
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void add()}
          disabled={kept.length === 0}
        >
          Add {kept.length} {kept.length === 1 ? 'event' : 'events'} to the timeline
        </button>
      </div>
    </Dialog>
  );
}
