import { wallClock } from '../../slo/calendarWindows';
import { resolveTimes, type TimeChoice } from './chatTimes';
import type { ChatRead } from './chatTypes';
import {
  NameFinder,
  NO_ROLE,
  participantsOf,
  spellingsOf,
  type NameMention,
  type Participant,
} from './participantNames';

/** Stands for the people the facilitator listed who never wrote in the log. */
export const OTHER_NAMES = 'a name you listed';

/** A message as it will enter the timeline: a time, a role, and text with no one's name. */
export interface DraftEvent {
  line: number;
  /** The instant, or NaN when the chosen day is not a date. */
  ms: number;
  /** The wall-clock time in the log's zone, as the log wrote it: "10:42" or "10:42:15". */
  time: string;
  role: string;
  text: string;
  /** Sent privately: the recipient's role (their name goes like any other). */
  privateTo?: string;
}

/** The most a timeline event's text holds (the file format's bound on `what`). */
export const EVENT_TEXT_MAX = 4000;

/** The words an event is added with: a private message says so, and to whom, first. */
export function eventText(draft: DraftEvent): string {
  const words = draft.text.trim() || '(no words)';
  return draft.privateTo ? `(privately, to ${draft.privateTo}) ${words}` : words;
}

/** Events whose text is longer than an event holds, said in words with their line. */
export function tooLongEvents(drafts: DraftEvent[]): string[] {
  return drafts
    .filter((d) => eventText(d).length > EVENT_TEXT_MAX)
    .map(
      (d) =>
        `The message on line ${d.line} has ${eventText(d).length.toLocaleString('en')} characters; a timeline event holds at most ${EVENT_TEXT_MAX.toLocaleString('en')}.`,
    );
}

export interface ChatDrafts {
  participants: Participant[];
  mentions: NameMention[];
  events: DraftEvent[];
}

export interface NameChoice {
  roles: Record<string, string>;
  /** Extra spellings per participant, comma-separated, as typed. */
  alsoCalled: Record<string, string>;
  /** Names of people who never wrote in the log (“Priya is on it”), comma-separated. */
  others?: string;
  /** Mention keys the facilitator keeps as written. */
  keep: ReadonlySet<string>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** What the dialog shows and adds: participants to give roles, names found, and events. */
export function chatDrafts(read: ChatRead, time: TimeChoice, names: NameChoice): ChatDrafts {
  const participants = participantsOf(read, names.roles, names.alsoCalled);
  const others = (names.others ?? '')
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  // Not a speaker: their names go like anyone's, to “participant”.
  if (others.length)
    participants.push({
      shown: OTHER_NAMES,
      role: NO_ROLE,
      names: [...new Set(others.flatMap(spellingsOf))],
    });
  const finder = new NameFinder(participants);
  const times = resolveTimes(read.messages, time);
  const events = read.messages.map((m, i) => {
    const ms = times[i]!;
    let label = '';
    if (Number.isFinite(ms)) {
      const w = wallClock(ms, time.timeZone);
      const seconds = m.time.kind === 'instant' || m.time.seconds;
      label = `${pad(w.hour)}:${pad(w.minute)}${seconds ? `:${pad(w.second)}` : ''}`;
    }
    return {
      line: m.line,
      ms,
      time: label,
      role: finder.roleOf(m.speaker),
      text: finder.replace(m.text, names.keep),
      ...(m.to ? { privateTo: finder.roleOf(m.to) } : {}),
    };
  });
  return { participants, mentions: finder.mentions(read.messages.map((m) => m.text)), events };
}
