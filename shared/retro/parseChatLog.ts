/**
 * Turns a pasted chat log into draft timeline events. Reads the forms chat tools copy out:
 * "10:42 alice: restarting the pool", "[10:42] alice: …", "10:42:15 <alice> …",
 * "2026-11-24 10:42 alice: …" and "10:42 PM alice: …". A line without a time continues the
 * event before it. Times that jump back by more than 12 hours roll over to the next day.
 */
export interface DraftEvent {
  /** 1-based line in the pasted text where the event starts. */
  line: number;
  /** Minutes after midnight of the incident's first day (may pass 1440 after a rollover). */
  minuteOfIncident: number;
  /** "10:42", or "10:42:15" when seconds were given. */
  time: string;
  speaker: string;
  text: string;
}

export interface ChatLogResult {
  events: DraftEvent[];
  /** Everyone who spoke, in order of first appearance: the facilitator maps each to a role. */
  speakers: string[];
  /** Lines that could not be read, with why. */
  skipped: { line: number; text: string; reason: string }[];
}

const LINE =
  /^\s*(?:(\d{4}-\d{2}-\d{2})[ T])?\[?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|AM|PM)?\]?\s+(?:<([^>]{1,60})>|([^:\s][^:]{0,59}?):)\s*(.*)$/;

export function parseChatLog(text: string): ChatLogResult {
  const events: DraftEvent[] = [];
  const speakers: string[] = [];
  const skipped: ChatLogResult['skipped'] = [];
  let dayOffset = 0;
  let previousMinute = -1;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const m = LINE.exec(raw);
    if (!m) {
      const last = events[events.length - 1];
      if (last) last.text = `${last.text}\n${raw.trim()}`;
      else
        skipped.push({
          line,
          text: raw.trim(),
          reason: 'no time and speaker at the start, like “10:42 alice: …”',
        });
      return;
    }
    let hour = Number(m[2]);
    const minute = Number(m[3]);
    const meridiem = m[5]?.toLowerCase();
    if (meridiem === 'pm' && hour < 12) hour += 12;
    if (meridiem === 'am' && hour === 12) hour = 0;
    if (hour > 23 || minute > 59 || (m[4] !== undefined && Number(m[4]) > 59)) {
      skipped.push({ line, text: raw.trim(), reason: `${m[2]}:${m[3]} is not a time of day` });
      return;
    }
    const minuteOfDay = hour * 60 + minute;
    if (previousMinute >= 0 && minuteOfDay + 12 * 60 < previousMinute) dayOffset += 1;
    previousMinute = minuteOfDay;
    const speaker = (m[6] ?? m[7] ?? '').trim();
    if (!speakers.includes(speaker)) speakers.push(speaker);
    const pad = (n: number) => String(n).padStart(2, '0');
    events.push({
      line,
      minuteOfIncident: dayOffset * 1440 + minuteOfDay,
      time: `${pad(hour)}:${pad(minute)}${m[4] !== undefined ? `:${m[4]}` : ''}`,
      speaker,
      text: (m[8] ?? '').trim(),
    });
  });
  return { events, speakers, skipped };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Replaces people with the roles the facilitator chose, as speakers and wherever their names
 * appear in the text, so the timeline speaks of roles and teams, never of people. A speaker
 * without a role becomes "participant".
 */
export function applyRoles(events: DraftEvent[], roles: Record<string, string>): DraftEvent[] {
  const names = Object.keys(roles)
    .filter((name) => name.trim() !== '')
    .sort((a, b) => b.length - a.length);
  const pattern = names.length
    ? new RegExp(
        `(?<![\\p{L}\\p{N}])@?(${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`,
        'giu',
      )
    : null;
  const lower = new Map(names.map((n) => [n.toLowerCase(), roles[n]!.trim() || 'participant']));
  return events.map((event) => ({
    ...event,
    speaker: lower.get(event.speaker.toLowerCase()) ?? 'participant',
    text: pattern
      ? event.text.replace(pattern, (_m, name: string) => lower.get(name.toLowerCase()) ?? name)
      : event.text,
  }));
}
