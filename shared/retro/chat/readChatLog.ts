import { readGoogleTakeout, readSlackExport } from './chatExports';
import type { ChatRead } from './chatTypes';
import { DIRCPROXY_LOG } from './dircproxyLog';
import {
  DISCORD_COPY,
  GOOGLE_CHAT_COPY,
  IRC_LOG,
  MATTERMOST_COPY,
  SLACK_COPY,
  TEAMS_COPY,
  TIME_NAME_TEXT,
  ZOOM_CHAT,
} from './lineFormats';
import { readLines, type LineReadOptions } from './lineLogReader';

/** Most specific first: a tie goes to the format that knows more of the log's lines. */
const FORMATS = [
  ZOOM_CHAT,
  DIRCPROXY_LOG,
  IRC_LOG,
  SLACK_COPY,
  TEAMS_COPY,
  DISCORD_COPY,
  GOOGLE_CHAT_COPY,
  MATTERMOST_COPY,
  TIME_NAME_TEXT,
];

const UNEXPLAINED =
  /^(?:before the first message|after a line that is not|a line .+ writes for something other)/;

/**
 * Lines a format could not place at all: the fewer, the better it fits. (A line an IRC log lists
 * because IRC messages are one line each is placed: it is simply not a message.)
 */
const unexplained = (read: ChatRead) =>
  read.skipped.filter((s) => UNEXPLAINED.test(s.reason)).length;

export interface ChatFile {
  name: string;
  text: string;
}

const EMPTY: ChatRead = { format: 'chat log', messages: [], skipped: [], people: [] };

function parseJson(text: string): unknown {
  const t = text.trim();
  if (!/^[[{]/.test(t)) return undefined;
  try {
    return JSON.parse(t) as unknown;
  } catch {
    return undefined;
  }
}

const isSlackUsers = (v: unknown): v is unknown[] =>
  Array.isArray(v) &&
  v.length > 0 &&
  v.every(
    (u) => typeof u === 'object' && u !== null && 'id' in u && ('name' in u || 'profile' in u),
  );
const isSlackMessages = (v: unknown): v is unknown[] =>
  Array.isArray(v) && v.some((m) => typeof m === 'object' && m !== null && 'ts' in m);

/**
 * Reads a chat log pasted or opened from any of the tools teams use, choosing the format that
 * reads the most messages. JSON exports (Slack's, Google Chat's Takeout) are read as such.
 */
export function readChatLog(text: string, options: LineReadOptions): ChatRead {
  return readChatFiles([{ name: '', text }], options);
}

/** Several files read together: a Slack export's day files and its users.json. */
export function readChatFiles(files: ChatFile[], options: LineReadOptions): ChatRead {
  const jsons = files.map((f) => ({ file: f, json: parseJson(f.text) }));
  const users = jsons.filter((j) => isSlackUsers(j.json)).flatMap((j) => j.json as unknown[]);
  const slackDays = jsons.filter((j) => isSlackMessages(j.json));
  if (slackDays.length > 0)
    return readSlackExport(
      slackDays.flatMap((j) => j.json as unknown[]),
      users,
    );
  const takeout = jsons.find(
    (j) => typeof j.json === 'object' && j.json !== null && 'messages' in j.json,
  );
  if (takeout) return readGoogleTakeout(takeout.json as Record<string, unknown>);
  const texts = jsons.filter((j) => j.json === undefined).map((j) => j.file.text);
  if (texts.length === 0) return EMPTY;
  const text = texts.join('\n');
  let best: ChatRead | null = null;
  for (const format of FORMATS) {
    const read = readLines(text, format, options);
    if (
      !best ||
      read.messages.length > best.messages.length ||
      (read.messages.length === best.messages.length && unexplained(read) < unexplained(best))
    )
      best = read;
  }
  return best ?? EMPTY;
}
