import { readClock, readDate } from './chatClock';
import { cleanName, withEmoji, withoutInvisibles } from './chatText';
import type { ChatMessage, ChatRead, KnownPerson } from './chatTypes';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
/** A name field: invisible characters that would make “Al\u200Bice” a second person go. */
const name = (v: unknown): string => cleanName(str(v));

/** Slack subtypes that are not something a person said. */
const SLACK_NOISE =
  /^(?:channel_(?:join|leave|topic|purpose|name|archive|unarchive)|group_\w+|pinned_item|unpinned_item)$/;

/** A message deleted after it was sent: Slack keeps a tombstone (“This message was deleted.”). */
const isTombstone = (m: Json, subtype: string) =>
  subtype === 'tombstone' ||
  subtype === 'message_deleted' ||
  (m['hidden'] === true && subtype !== '');

/**
 * The words of an integration's post (a bot_message from PagerDuty, Grafana, a CI): its text, then
 * each attachment's pretext, title, text (or its fallback) and fields, one per line.
 */
function slackAttachments(m: Json): string[] {
  const attachments = Array.isArray(m['attachments']) ? m['attachments'] : [];
  const out: string[] = [];
  for (const a of attachments) {
    if (!isObject(a)) continue;
    const parts = [str(a['pretext']), str(a['title']), str(a['text']) || str(a['fallback'])];
    const fields = Array.isArray(a['fields']) ? a['fields'] : [];
    for (const f of fields)
      if (isObject(f) && (str(f['title']) || str(f['value'])))
        parts.push([str(f['title']), str(f['value'])].filter(Boolean).join(': '));
    for (const part of parts) if (part && !out.includes(part)) out.push(part);
  }
  return out;
}

/** Files shared with a message, by name, so a message that is only a file still says something. */
function slackFiles(m: Json): string[] {
  const files = Array.isArray(m['files']) ? m['files'] : [];
  return files
    .filter(isObject)
    .map((f) => str(f['title']) || str(f['name']))
    .filter(Boolean)
    .map((n) => `(shared a file: ${n})`);
}

/** Slack's markup in message text: links and channels read as words, people stay as tokens. */
function slackText(text: string): string {
  return withoutInvisibles(withEmoji(text))
    .replace(/<!(here|channel|everyone)(?:\|[^>]*)?>/g, '@$1')
    .replace(/<#[A-Z0-9]+\|([^>]+)>/g, '#$1')
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, '$2 ($1)')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/<(@[UW][A-Z0-9]+)\|[^>]+>/g, '<$1>')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function slackPeople(users: unknown[]): Map<string, KnownPerson> {
  const people = new Map<string, KnownPerson>();
  for (const u of users) {
    if (!isObject(u) || !str(u['id'])) continue;
    const profile = isObject(u['profile']) ? u['profile'] : {};
    const names = [
      name(profile['real_name']),
      name(u['real_name']),
      name(profile['display_name']),
      name(u['name']),
      name(profile['email']),
      name(profile['first_name']),
      name(profile['last_name']),
    ].filter(Boolean);
    const shown = names[0] ?? str(u['id']);
    people.set(str(u['id']), {
      shown,
      aliases: [...new Set(names.filter((n) => n !== shown))],
      tokens: [`<@${str(u['id'])}>`],
    });
  }
  return people;
}

/**
 * A Slack export: a channel's day file (a list of messages with `ts`), and its `users.json` for
 * names. Without the users file, each message's own `user_profile` names its author.
 */
export function readSlackExport(messagesJson: unknown[], users: unknown[] = []): ChatRead {
  const people = slackPeople(users);
  const messages: ChatMessage[] = [];
  const skipped: ChatRead['skipped'] = [];
  messagesJson.forEach((m, index) => {
    const line = index + 1;
    if (!isObject(m) || m['type'] !== 'message') {
      skipped.push({ line, text: JSON.stringify(m).slice(0, 80), reason: 'not a message' });
      return;
    }
    const subtype = str(m['subtype']);
    const ts = Number(str(m['ts']));
    if (isTombstone(m, subtype)) {
      skipped.push({ line, text: str(m['text']).slice(0, 80), reason: 'a deleted message' });
      return;
    }
    if (SLACK_NOISE.test(subtype)) {
      skipped.push({
        line,
        text: slackText(str(m['text'])).slice(0, 80),
        reason: `a ${subtype.replace(/_/g, ' ')}`,
      });
      return;
    }
    if (!Number.isFinite(ts) || ts <= 0) {
      skipped.push({ line, text: str(m['text']).slice(0, 80), reason: 'no time (ts)' });
      return;
    }
    const user = str(m['user']);
    const profile = isObject(m['user_profile']) ? m['user_profile'] : null;
    if (user && !people.has(user) && profile) {
      const names = [
        name(profile['real_name']),
        name(profile['display_name']),
        name(profile['name']),
      ].filter(Boolean);
      if (names[0])
        people.set(user, { shown: names[0], aliases: names.slice(1), tokens: [`<@${user}>`] });
    }
    const bot = isObject(m['bot_profile']) ? name(m['bot_profile']['name']) : '';
    const speaker =
      people.get(user)?.shown ??
      (name(m['username']) || bot || user || str(m['bot_id']) || 'unknown');
    const words = [str(m['text']), ...slackAttachments(m), ...slackFiles(m)].filter(Boolean);
    messages.push({
      line,
      speaker,
      // Each part on its own line: a multi-line message keeps its breaks, never glued.
      text: slackText([...new Set(words)].join('\n')),
      time: { kind: 'instant', ms: Math.round(ts * 1000) },
    });
  });
  messages.sort((a, b) =>
    a.time.kind === 'instant' && b.time.kind === 'instant' ? a.time.ms - b.time.ms : 0,
  );
  return { format: 'Slack export (JSON)', messages, skipped, people: [...people.values()] };
}

/** Google Takeout's “Monday, November 4, 2024 at 10:42:15 AM UTC”. */
function takeoutTime(text: string): ChatMessage['time'] | null {
  const m = /^(.+?)\s+at\s+(\d{1,2}:\d{2}(?::\d{2})?\s*[AP]M)\s*(UTC|GMT)?$/i.exec(text.trim());
  if (!m) return null;
  const date = readDate(m[1]!, 2000)?.date;
  const clock = readClock(m[2]!);
  if (!date || !clock) return null;
  if (m[3])
    return {
      kind: 'instant',
      ms: Date.UTC(date.year, date.month - 1, date.day) + clock.secondOfDay * 1000,
    };
  return {
    kind: 'wall',
    secondOfDay: clock.secondOfDay,
    seconds: clock.seconds,
    date,
    daysAfterChosen: null,
  };
}

/** Google Chat's Takeout file `messages.json`: creators with names and emails, dated messages. */
export function readGoogleTakeout(json: Json): ChatRead {
  const list = Array.isArray(json['messages']) ? json['messages'] : [];
  const people = new Map<string, KnownPerson>();
  const messages: ChatMessage[] = [];
  const skipped: ChatRead['skipped'] = [];
  list.forEach((m, index) => {
    const line = index + 1;
    const creator = isObject(m) && isObject(m['creator']) ? m['creator'] : null;
    const time = isObject(m) ? takeoutTime(str(m['created_date'])) : null;
    if (!isObject(m) || !creator || !time) {
      skipped.push({ line, text: JSON.stringify(m).slice(0, 80), reason: 'no author or date' });
      return;
    }
    const who = name(creator['name']) || name(creator['email']) || 'unknown';
    const email = name(creator['email']);
    if (!people.has(who))
      people.set(who, { shown: who, aliases: email ? [email] : [], tokens: [] });
    messages.push({ line, speaker: who, text: withoutInvisibles(str(m['text'])), time });
  });
  return { format: 'Google Chat (Takeout)', messages, skipped, people: [...people.values()] };
}
