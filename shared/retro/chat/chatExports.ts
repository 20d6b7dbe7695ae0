import { readClock, readDate } from './chatClock';
import type { ChatMessage, ChatRead, KnownPerson } from './chatTypes';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');

/** Slack subtypes that are not something a person said. */
const SLACK_NOISE =
  /^(?:channel_(?:join|leave|topic|purpose|name|archive|unarchive)|group_\w+|pinned_item|unpinned_item)$/;

/** Slack's markup in message text: links and channels read as words, people stay as tokens. */
function slackText(text: string): string {
  return text
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
      str(profile['real_name']),
      str(u['real_name']),
      str(profile['display_name']),
      str(u['name']),
      str(profile['email']),
      str(profile['first_name']),
      str(profile['last_name']),
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
        str(profile['real_name']),
        str(profile['display_name']),
        str(profile['name']),
      ].filter(Boolean);
      if (names[0])
        people.set(user, { shown: names[0], aliases: names.slice(1), tokens: [`<@${user}>`] });
    }
    const bot = isObject(m['bot_profile']) ? str(m['bot_profile']['name']) : '';
    const speaker = people.get(user)?.shown ?? (str(m['username']) || bot || user || 'unknown');
    messages.push({
      line,
      speaker,
      text: slackText(str(m['text'])),
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
    const name = str(creator['name']) || str(creator['email']) || 'unknown';
    const email = str(creator['email']);
    if (!people.has(name))
      people.set(name, { shown: name, aliases: email ? [email] : [], tokens: [] });
    messages.push({ line, speaker: name, text: str(m['text']), time });
  });
  return { format: 'Google Chat (Takeout)', messages, skipped, people: [...people.values()] };
}
