import { chatDrafts, eventText } from '../retro/chat/chatDrafts';
import { readIsoDay } from '../retro/chat/chatTimes';
import { readChatFiles, type ChatFile } from '../retro/chat/readChatLog';
import { isValidTimeZone, wallClock } from '../slo/calendarWindows';

export interface TimelineOptions {
  /** The day the log begins on (YYYY-MM-DD); “Today” in a copied log means this day. */
  day?: string;
  timeZone?: string;
}

/** The JSON the command prints; these keys stay, others may be added. */
export interface TimelineJson {
  format: string;
  events: { at: string; actor: string; text: string; private?: true }[];
  notRead: { line: number; reason: string; text: string }[];
}

export type TimelineResult =
  { ok: true; json: TimelineJson; text: string } | { ok: false; problems: string[] };

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Reads chat logs as the app's paste dialog does (same reader, same names out) and says what it
 * read: the format, the events with every name replaced by a role (“participant” here, where no
 * one chose roles), and each line not read with why.
 */
export function timelineCommand(
  files: ChatFile[],
  options: TimelineOptions,
  now: Date,
): TimelineResult {
  const timeZone = options.timeZone ?? 'UTC';
  if (!isValidTimeZone(timeZone))
    return {
      ok: false,
      problems: [`“${timeZone}” is not a time zone; name one such as Europe/Berlin.`],
    };
  let day = options.day;
  if (day === undefined) {
    const w = wallClock(now.getTime(), timeZone);
    day = `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  }
  const chosen = readIsoDay(day);
  if (!chosen) return { ok: false, problems: [`--day “${day}” is not a date such as 2024-11-04.`] };
  const read = readChatFiles(files, { year: chosen.year });
  if (read.messages.length === 0)
    return {
      ok: false,
      problems: [
        `No message found in ${files.map((f) => f.name).join(', ')}: it is not a chat log this reads (Slack, Teams, Zoom, Discord, Google Chat, Mattermost, IRC, or a Slack or Google Chat export).`,
      ],
    };
  const drafts = chatDrafts(
    read,
    { day, timeZone },
    { roles: {}, alsoCalled: {}, keep: new Set() },
  );
  const events = drafts.events.map((d) => ({
    at: Number.isFinite(d.ms) ? new Date(d.ms).toISOString() : '',
    actor: d.role,
    text: eventText(d),
    ...(d.privateTo ? { private: true as const } : {}),
  }));
  const notRead = read.skipped
    .filter((s) => s.text !== '')
    .map((s) => ({ line: s.line, reason: s.reason, text: s.text }));
  const json: TimelineJson = { format: read.format, events, notRead };
  const lines = [
    `Read as ${read.format}: ${events.length} ${events.length === 1 ? 'event' : 'events'}, ${notRead.length} ${notRead.length === 1 ? 'line' : 'lines'} not read.`,
    ...events.map((e) => `${e.at}  ${e.actor}: ${e.text.replace(/\n/g, ' / ')}`),
    ...(notRead.length ? ['', 'Lines not read:'] : []),
    ...notRead.map((n) => `  line ${n.line}: ${n.reason}: ${n.text}`),
  ];
  return { ok: true, json, text: `${lines.join('\n')}\n` };
}
