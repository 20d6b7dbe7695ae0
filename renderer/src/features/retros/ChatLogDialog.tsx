import { FormActions } from '../../ui/FormActions';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { eventText, OTHER_NAMES, tooLongEvents } from '../../../../shared/retro/chat/chatDrafts';
import { readIsoDay } from '../../../../shared/retro/chat/chatTimes';
import type { ChatPreviewRequest } from '../../../../shared/retro/chat/chatPreview';
import { NO_ROLE } from '../../../../shared/retro/chat/participantNames';
import type { ChatFile } from '../../../../shared/retro/chat/readChatLog';
import { isValidTimeZone } from '../../../../shared/slo/calendarWindows';
import { useDatabase } from '../../db/DatabaseContext';
import { addEvents } from '../../db/retroRepository';
import { platform } from '../../platform/platform';
import { Dialog } from '../../ui/Dialog';
import { useDraft } from '../editing/useDraft';
import { errorText } from '../../ui/noticeStore';
import { ChatNamesReview } from './ChatNamesReview';
import { ChatSkippedLines } from './ChatSkippedLines';
import { useRetroUi } from './retroStore';
import { useChatPreview } from './useChatPreview';
import './chatLog.css';

/** Draft events drawn at once: ten thousand checkboxes would hold the window for seconds. */
const SHOWN_EVENTS = 200;
/** A paste larger than this is refused in words: split the log by day. */
const LARGEST_PASTE = 20 * 1024 * 1024;
/**
 * A paste longer than this is read like an opened file, never put in the text box: a box holding
 * megabytes (one line of 1 MB) takes the window seconds to lay out, and a draft that size would
 * be written to storage at every key.
 */
const LONGEST_IN_BOX = 100_000;
const megabytes = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
const ZONES: string[] = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
})();

interface ChatLogDialogProps {
  retroId: string;
  /** The incident's start, for the day the log begins on. */
  startedMs: number | null;
  knownRoles: string[];
  onClose: () => void;
}

/**
 * Paste or open a chat log from the tools teams use, give each person a role, review every name
 * found in the messages (all become roles), keep or drop each event, then add the kept ones.
 */
export function ChatLogDialog({ retroId, startedMs, knownRoles, onClose }: ChatLogDialogProps) {
  const db = useDatabase();
  const id = useId();
  // A pasted log and the choices made so far survive a reload, until the events are added.
  const [draft, setDraft, clearDraft] = useDraft(`chat-log:${retroId}`, {
    text: '',
    day: '',
    timeZone: '',
    roles: {} as Record<string, string>,
    alsoCalled: {} as Record<string, string>,
    others: '',
    keep: [] as string[],
  });
  const [fallbackDay] = useState(() => localDate(startedMs ?? Date.now()));
  const day = draft.day || fallbackDay;
  const timeZone = draft.timeZone || localZone();
  const zoneValid = isValidTimeZone(timeZone);
  const patch = (change: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...change }));
  // Opened exports (a Slack export's day files and users.json) are read as files, not text.
  const [files, setFiles] = useState<ChatFile[] | null>(null);
  const [dropped, setDropped] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);

  const year = readIsoDay(day)?.year ?? new Date().getFullYear();
  const pasteSize = (files ?? [{ text: draft.text }]).reduce((n, f) => n + f.text.length, 0);
  const tooBig = pasteSize > LARGEST_PASTE;
  const request = useMemo<ChatPreviewRequest>(
    () => ({
      files: tooBig ? [] : (files ?? [{ name: '', text: draft.text }]),
      year,
      time: { day, timeZone: zoneValid ? timeZone : 'UTC' },
      names: {
        roles: draft.roles,
        alsoCalled: draft.alsoCalled,
        others: draft.others,
        keep: draft.keep,
      },
    }),
    [
      files,
      draft.text,
      tooBig,
      year,
      day,
      timeZone,
      zoneValid,
      draft.roles,
      draft.alsoCalled,
      draft.others,
      draft.keep,
    ],
  );
  const { preview, current, failure } = useChatPreview(request);
  const keep = useMemo(() => new Set(draft.keep), [draft.keep]);
  const events = preview?.events ?? [];
  const kept = events.filter((d) => !dropped.has(d.line));
  const mentioned = new Set(preview?.mentions.map((m) => m.participant));
  const speakers = new Set(preview?.speakers);
  const shownParticipants = (preview?.participants ?? []).filter(
    (p) => p.shown !== OTHER_NAMES && (speakers.has(p.shown) || mentioned.has(p.shown)),
  );
  const nobodyHasARole =
    shownParticipants.length > 0 && shownParticipants.every((p) => p.role === NO_ROLE);
  // Asked once per add: “every event would say participant”, answered by giving roles or going on.
  const [askingRoles, setAskingRoles] = useState(false);
  const rolesRef = useRef<HTMLFieldSetElement>(null);
  const questionRef = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  // The question and an error come after the long lists: brought into view when they appear, so
  // the one who pressed Add (at the foot of the dialog) sees why nothing was added.
  useEffect(() => {
    if (!askingRoles) return;
    questionRef.current?.scrollIntoView({ block: 'center' });
    questionRef.current?.querySelector('button')?.focus();
  }, [askingRoles]);
  useEffect(() => {
    if (error) errorRef.current?.scrollIntoView({ block: 'center' });
  }, [error]);
  const { setLastDeleted } = useRetroUi();

  async function openFiles() {
    setError(null);
    const opened = await platform.openFile({ kind: 'chat', multiple: true });
    if (opened.status === 'canceled') return;
    if (opened.status === 'failed') return setError(opened.message);
    const list = (opened.files ?? [opened]).map((f) => ({ name: f.fileName, text: f.text }));
    setDropped(new Set());
    if (list.length === 1 && !/^\s*[[{]/.test(list[0]!.text)) {
      setFiles(null);
      patch({ text: list[0]!.text });
    } else setFiles(list);
  }

  function giveRoles() {
    setAskingRoles(false);
    rolesRef.current?.scrollIntoView({ block: 'start' });
    rolesRef.current?.querySelector('input')?.focus();
  }

  async function add(creditAllToParticipant = false) {
    if (!readIsoDay(day)) return setError('Choose the day the log begins on.');
    if (!zoneValid)
      return setError(`“${timeZone}” is not a time zone. Choose one such as Europe/Berlin.`);
    if (kept.length === 0) return setError('Keep at least one event, or close this dialog.');
    const tooLong = tooLongEvents(kept);
    if (tooLong.length > 0)
      return setError(
        `${tooLong.slice(0, 3).join(' ')}${tooLong.length > 3 ? ` And ${tooLong.length - 3} more.` : ''} Untick ${tooLong.length === 1 ? 'it' : 'them'}, or shorten the log, then add.`,
      );
    if (nobodyHasARole && !creditAllToParticipant) return setAskingRoles(true);
    setAskingRoles(false);
    try {
      const added = await addEvents(
        db,
        retroId,
        kept.map((d) => ({
          at: new Date(d.ms).toISOString(),
          what: eventText(d),
          role: d.role,
          source: 'chat log',
        })),
      );
      // The notice that says what was added offers to take it all back.
      setLastDeleted({ kind: 'added events', ids: added.map((e) => e.id) });
      clearDraft();
      onClose();
    } catch (failure) {
      setError(errorText(failure));
    }
  }

  const summary = tooBig
    ? `This log is ${megabytes(pasteSize)}: paste at most 20 MB at once (a day at a time).`
    : failure
      ? `The log could not be read: ${failure}`
      : !current
        ? 'Reading the log…'
        : preview && preview.messageCount > 0
          ? `Read as ${preview.format}: ${preview.messageCount} ${preview.messageCount === 1 ? 'message' : 'messages'}.`
          : null;

  const shownEvents = events.slice(0, SHOWN_EVENTS);

  return (
    <Dialog title="Paste a chat log" onClose={onClose} wide>
      {files ? (
        <div className="chat-files" role="group" aria-label="Opened files">
          <p>
            Reading {files.length === 1 ? 'the file' : `${files.length} files`}:{' '}
            {files.map((f) => f.name).join(', ')}
          </p>
          <button
            type="button"
            onClick={() => {
              setFiles(null);
              setDropped(new Set());
            }}
          >
            Paste text instead
          </button>
        </div>
      ) : (
        <div className="field">
          <label htmlFor={`${id}-log`}>Chat log</label>
          <textarea
            id={`${id}-log`}
            rows={6}
            value={draft.text}
            placeholder={
              'Paste messages copied from Slack, Teams, Zoom, Discord, Google Chat,\nMattermost or an IRC log.'
            }
            onPaste={(e) => {
              const pasted = e.clipboardData.getData('text/plain');
              if (pasted.length + draft.text.length <= LONGEST_IN_BOX) return;
              e.preventDefault();
              setDropped(new Set());
              setAskingRoles(false);
              setFiles([{ name: `pasted text (${megabytes(pasted.length)})`, text: pasted }]);
            }}
            onChange={(e) => {
              patch({ text: e.target.value });
              setDropped(new Set());
              setAskingRoles(false);
            }}
          />
          <p className="field-hint">
            Copy the messages in the chat app and paste them here, or open a saved chat, an IRC log
            or a Slack export (a channel’s day files with its users.json).
          </p>
        </div>
      )}
      <div className="toolbar-row">
        <button type="button" onClick={() => void openFiles()}>
          Open chat files…
        </button>
        {summary && (
          <p className="chat-summary" role="status">
            {summary}
          </p>
        )}
      </div>
      {shownParticipants.length > 0 && (
        // First after the log: every event's “who” comes from here, so it is never below the fold.
        <fieldset ref={rolesRef} className="chat-roles-section">
          <legend>Roles instead of names</legend>
          <p className="field-hint">
            The timeline speaks of roles and teams, never of people. Every way a person appears in
            the messages (name, first name, @handle, email, a host or link named after them) becomes
            their role; anyone left without one becomes “participant”.
          </p>
          <datalist id={`${id}-roles`}>
            {knownRoles.map((r) => (
              <option key={r} value={r} />
            ))}
          </datalist>
          <div className="chat-roles">
            {shownParticipants.map((p, index) => (
              <div className="chat-role" key={p.shown}>
                <div className="field">
                  <label htmlFor={`${id}-role-${index}`}>Role for “{p.shown}”</label>
                  <input
                    id={`${id}-role-${index}`}
                    list={`${id}-roles`}
                    value={draft.roles[p.shown] ?? ''}
                    placeholder="e.g. on-call SRE"
                    onChange={(e) => {
                      patch({ roles: { ...draft.roles, [p.shown]: e.target.value } });
                      setAskingRoles(false);
                    }}
                  />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-also-${index}`}>Also called</label>
                  <input
                    id={`${id}-also-${index}`}
                    value={draft.alsoCalled[p.shown] ?? ''}
                    placeholder="nicknames, comma-separated"
                    onChange={(e) =>
                      patch({ alsoCalled: { ...draft.alsoCalled, [p.shown]: e.target.value } })
                    }
                  />
                </div>
              </div>
            ))}
          </div>
          <div className="field">
            <label htmlFor={`${id}-others`}>Other people named in the messages</label>
            <input
              id={`${id}-others`}
              value={draft.others}
              placeholder="names of people who did not write, comma-separated"
              onChange={(e) => patch({ others: e.target.value })}
            />
            <p className="field-hint">
              Someone talked about but not in the log (“Priya is looking”): their names become
              “participant” too.
            </p>
          </div>
        </fieldset>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-day`}>Day the log begins on</label>
          <input
            id={`${id}-day`}
            type="date"
            value={day}
            onChange={(e) => patch({ day: e.target.value })}
          />
          <p className="field-hint">“Today” in a copied log means this day.</p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-zone`}>Time zone of the log’s times</label>
          <input
            id={`${id}-zone`}
            list={`${id}-zones`}
            value={timeZone}
            aria-invalid={!zoneValid}
            onChange={(e) => patch({ timeZone: e.target.value.trim() })}
          />
          <datalist id={`${id}-zones`}>
            {ZONES.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
          {!zoneValid && (
            <p className="field-error" role="alert">
              “{timeZone}” is not a time zone. Choose one such as Europe/Berlin.
            </p>
          )}
        </div>
      </div>
      <ChatNamesReview
        mentions={preview?.mentions ?? []}
        keep={keep}
        onKeep={(key, kept) =>
          patch({ keep: kept ? [...draft.keep, key] : draft.keep.filter((k) => k !== key) })
        }
      />
      {events.length > 1 && (
        // A long log is easier to pick from than to prune: drop all, then tick what matters.
        <div className="toolbar-row">
          <button type="button" onClick={() => setDropped(new Set())}>
            Keep all
          </button>
          <button type="button" onClick={() => setDropped(new Set(events.map((d) => d.line)))}>
            Drop all
          </button>
        </div>
      )}
      {events.length > 0 && (
        <ul className="draft-events" aria-label="Draft events">
          {shownEvents.map((d) => (
            <li key={d.line}>
              <label>
                <input
                  type="checkbox"
                  checked={!dropped.has(d.line)}
                  onChange={(e) => {
                    // Read now: the updater runs later, after React has reset the input.
                    const keepIt = e.target.checked;
                    setDropped((s) => {
                      const next = new Set(s);
                      if (keepIt) next.delete(d.line);
                      else next.add(d.line);
                      return next;
                    });
                  }}
                />{' '}
                Keep: {d.time} {d.role}: {eventText(d)}
              </label>
            </li>
          ))}
        </ul>
      )}
      {events.length > SHOWN_EVENTS && (
        <p className="field-hint">
          Showing the first {SHOWN_EVENTS} of {events.length.toLocaleString('en')} events; the
          others are added as they are unless you drop all.
        </p>
      )}
      <ChatSkippedLines skipped={preview?.skipped ?? []} />
      {askingRoles && (
        <div className="chat-roles-question" role="alert" ref={questionRef}>
          <p>
            No one has a role yet: all {kept.length} {kept.length === 1 ? 'event' : 'events'} would
            say “participant”, and the timeline could not tell who did what.
          </p>
          <div className="toolbar-row">
            <button type="button" onClick={giveRoles}>
              Give roles first
            </button>
            <button type="button" onClick={() => void add(true)}>
              Add them as “participant”
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert" ref={errorRef}>
          {error}
        </p>
      )}
      <FormActions
        cancel={{
          onCancel: () => {
            clearDraft();
            onClose();
          },
        }}
        onAction={() => void add()}
        disabled={kept.length === 0 || !current || tooBig}
        label={`Add ${kept.length.toLocaleString('en')} ${kept.length === 1 ? 'event' : 'events'} to the timeline`}
      />
    </Dialog>
  );
}
