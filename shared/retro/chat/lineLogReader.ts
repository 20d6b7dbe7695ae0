import { readClock, readDate, type DateReading } from './chatClock';
import { cleanName, withEmoji, withoutInvisibles } from './chatText';
import type { ChatMessage, ChatRead, SkippedLine } from './chatTypes';

/** What a line that starts a message says. */
export interface Header {
  /** Null: the same speaker as the message before (a grouped message that shows only a time). */
  speaker: string | null;
  clock: string;
  /** A date on the line itself, as the tool writes it. */
  dateText?: string;
  /** Text on the header line itself; the message may continue on the lines after. */
  text?: string;
  /** How many lines the header takes (a name line and a time line: 2). */
  span?: number;
  /** Sent privately to this person (Zoom's “to Dana (Privately)”). */
  to?: string;
  /** An exact instant the line states (dircproxy's epoch seconds): `clock` is then not read. */
  instantMs?: number;
}

/** One chat tool's way of writing a log as lines of text. */
export interface LineFormat {
  name: string;
  header(lines: string[], index: number): Header | null;
  /** A line that is not a message (a reaction, “3 replies”, a join): why it is not read. */
  noise?(line: string): string | null;
  /** A line that sets the date for what follows (“Today”, “--- Day changed Mon Nov 04 2024”). */
  dateLine?(line: string, year: number): DateReading | null;
  /** Tidies a message's text (drops “(edited)”). */
  clean?(text: string): string;
  /**
   * Messages are one line each (IRC): a line that starts none is listed as not read, never glued
   * onto the message before it.
   */
  oneLine?: boolean;
  /**
   * How this format's own lines begin (a time stamp): such a line that is not a message is one
   * the format writes for something else, listed as not read rather than glued on.
   */
  stamp?: RegExp;
}

export interface LineReadOptions {
  /** The year of the chosen day, for dates written without one. */
  year: number;
  dayFirst?: boolean;
}

/**
 * The longest line read as a possible message start: a timeline event holds 4,000 characters, and
 * trying every header pattern on a line of a megabyte would hold the reader for seconds.
 */
export const LONGEST_LINE = 4000;

/** A message relayed by a bridge bot: “[irc] <alice> text”, “<alice> text”, “**<alice>** text”. */
const RELAY = /^(?:\[[\w .-]{1,30}\]\s*)?(?:\*\*)?<([^<>\s]{1,40})>(?:\*\*)?\s?([\s\S]*)$/;

/**
 * A Matrix user id a bridge relays (“<rucknium:monero.social>”, “@dana:matrix.org”): the person is
 * the local part, the same name they use on the IRC side; the home server is no part of a name.
 */
const matrixLocalPart = (nick: string) =>
  /^@?([^:\s@]+):[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.exec(nick)?.[1] ?? nick;

/** Reads a log line by line with one format: headers start messages, other lines continue them. */
export function readLines(text: string, format: LineFormat, options: LineReadOptions): ChatRead {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const messages: ChatMessage[] = [];
  const skipped: SkippedLine[] = [];
  let dated: DateReading | null = null;
  /** The message that the next plain line continues; null after a line that ends it. */
  let open: ChatMessage | null = null;
  const notRead = (line: number, raw: string, reason: string) => {
    skipped.push({ line, text: raw.trim().slice(0, 200), reason });
    open = null;
  };
  for (let i = 0; i < lines.length; i += 1) {
    const raw = lines[i]!;
    const line = i + 1;
    if (raw.trim() === '') {
      // A blank line inside a message is part of it (a paragraph break); before any, nothing.
      const last = messages[messages.length - 1];
      if (last) (last.continuations ??= []).push(line);
      else skipped.push({ line, text: '', reason: 'a blank line' });
      continue;
    }
    if (raw.length > LONGEST_LINE) {
      notRead(
        line,
        raw,
        `a line of ${raw.length.toLocaleString('en')} characters, longer than the ${LONGEST_LINE.toLocaleString('en')} a timeline event holds`,
      );
      continue;
    }
    const header = format.header(lines, i);
    if (header) {
      const instant = header.instantMs;
      const clock =
        instant !== undefined && Number.isFinite(instant)
          ? { secondOfDay: 0, seconds: true }
          : readClock(header.clock);
      const own = header.dateText
        ? readDate(header.dateText, options.year, options.dayFirst)
        : null;
      const speaker = header.speaker ?? messages[messages.length - 1]?.speaker ?? null;
      const span = Math.min(header.span ?? 1, lines.length - i);
      if (!clock || speaker === null || (header.dateText && !own)) {
        notRead(
          line,
          raw,
          !clock
            ? `${header.clock} is not a time of day`
            : speaker === null
              ? 'a time with no one before it to have said it'
              : `“${header.dateText}” is not a date`,
        );
        for (let k = 1; k < span; k += 1)
          skipped.push({
            line: line + k,
            text: lines[i + k]!.trim(),
            reason: 'part of the line before',
          });
        i += span - 1;
        continue;
      }
      if (own) dated = own;
      let who = cleanName(speaker);
      let said = (header.text ?? '').trim();
      let relayedBy: string | undefined;
      const relay = RELAY.exec(said);
      if (relay && header.text !== undefined) {
        relayedBy = who;
        who = cleanName(matrixLocalPart(relay[1]!));
        said = relay[2]!.trim();
      }
      const message: ChatMessage = {
        line,
        speaker: who,
        text: said,
        time:
          instant !== undefined
            ? { kind: 'instant', ms: instant }
            : {
                kind: 'wall',
                secondOfDay: clock.secondOfDay,
                seconds: clock.seconds,
                date: dated?.date ?? null,
                daysAfterChosen: dated?.daysAfterChosen ?? null,
              },
        ...(header.to ? { to: cleanName(header.to) } : {}),
        ...(relayedBy ? { relayedBy } : {}),
      };
      for (let k = 1; k < span; k += 1) (message.continuations ??= []).push(line + k);
      messages.push(message);
      open = format.oneLine ? null : message;
      i += span - 1;
      continue;
    }
    const date = format.dateLine?.(raw, options.year) ?? null;
    if (date) {
      dated = date;
      notRead(line, raw, 'a date, used for the times after it');
      continue;
    }
    const noise = format.noise?.(raw.trim());
    if (noise) {
      notRead(line, raw, noise);
      continue;
    }
    if (format.stamp?.test(raw)) {
      notRead(line, raw, `a line ${format.name} writes for something other than a message`);
      continue;
    }
    const target: ChatMessage | null = open;
    if (target && !format.oneLine) {
      target.text = target.text ? `${target.text}\n${raw.trim()}` : raw.trim();
      (target.continuations ??= []).push(line);
    } else if (messages.length === 0) notRead(line, raw, 'before the first message');
    else
      notRead(
        line,
        raw,
        format.oneLine
          ? `not a message: ${format.name} writes each message on one line of its own`
          : 'after a line that is not a message, so not part of one',
      );
  }
  for (const m of messages)
    m.text = withoutInvisibles(withEmoji(format.clean ? format.clean(m.text) : m.text));
  return { format: format.name, messages, skipped, people: [] };
}

/** A whole line that is a date separator as chat apps draw them (“Today”, “Monday, November 4th”). */
export function dateSeparator(line: string, year: number): DateReading | null {
  const t = line.trim();
  if (t.length > 40 || /\d{1,2}:\d{2}/.test(t)) return null;
  return readDate(t, year);
}

/** Reasons shared by the apps that copy reactions and thread counts along with messages. */
export function commonNoise(line: string): string | null {
  if (/^\(edited\)$|^edited$/i.test(line)) return 'an “edited” mark';
  if (/^\d+\s+(?:repl(?:y|ies)|antworten)$/i.test(line)) return 'a thread’s reply count';
  if (/^(?:last reply|view thread|view \d+ more repl)/i.test(line)) return 'a thread link';
  if (/^(?::[\w+-]+:\s*)+\d*$/.test(line)) return 'a reaction';
  if (/^(?:\p{Extended_Pictographic}\uFE0F?\s*\d*\s*)+$/u.test(line)) return 'a reaction';
  if (/^\d{1,3}$/.test(line)) return 'a reaction count';
  if (/^new messages?$/i.test(line)) return 'the “new messages” marker';
  if (/\b(?:has joined|joined|left) (?:the channel|#[\w-]+)\.?$/i.test(line))
    return 'a join or leave';
  return null;
}

/** “PagerDuty APP”, “Deploy bot BOT”: the badge goes, the name stays. */
export function withoutBadge(name: string): string {
  return name.replace(/(?:\s+|(?<=\p{Ll}))(?:APP|BOT)$/u, '').trim();
}

/** A name a chat app shows: a few words, no sentence punctuation, not a time. */
export function looksLikeName(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60 || /[:?!;,]|\d{1,2}:\d{2}/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 5) return false;
  // A handle (ben.okafor, b_okafor) or capitalised words (Ben Okafor, PagerDuty APP).
  return (
    (words.length === 1 && /^[\p{L}\p{N}._-]+$/u.test(t)) ||
    words.every(
      (w) => /^[\p{Lu}\p{N}(]/u.test(w) || /^(?:de|van|von|der|da|di|le|la|bin|al)$/.test(w),
    )
  );
}
