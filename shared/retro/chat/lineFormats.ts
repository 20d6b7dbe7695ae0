import { CLOCK, readClock, readDate } from './chatClock';
import {
  commonNoise,
  dateSeparator,
  looksLikeName,
  withoutBadge,
  type LineFormat,
} from './lineLogReader';

const patterns = new Map<string, RegExp>();
/** A header pattern, compiled once: it is tried on every line of every format. */
function re(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source);
    patterns.set(source, pattern);
  }
  return pattern;
}
const clockOnly = (line: string) => readClock(line.replace(/^\[|\]$/g, '')) !== null;
const dropEdited = (text: string) =>
  text
    .replace(/\s*\((?:edited|bearbeitet)\)/gi, '')
    .replace(/\n+/g, '\n')
    .trim();

/**
 * Slack's desktop and web apps: “Ben Okafor  10:42 AM” (an APP badge for bots), the message on
 * the lines after, “10:44” alone for a grouped message, “Today” or “Monday, November 4th” between
 * days, and reactions, “(edited)” and “3 replies” copied along.
 */
export const SLACK_COPY: LineFormat = {
  name: 'Slack (copied)',
  header(lines, i) {
    const line = lines[i]!.trim();
    const m = re(`^(.+?)(\\s{2,}|\\t|\\s)(?:(.+?) at )?\\[?(${CLOCK})\\]?$`).exec(line);
    if (m) {
      const name = withoutBadge(m[1]!);
      const twoSpaces = m[2] !== ' ';
      const meridiem = /[ap]\.?m\.?$/i.test(m[4]!);
      if (looksLikeName(name) && (twoSpaces || meridiem || /\bAPP$|BOT$/.test(m[1]!)))
        return { speaker: name, clock: m[4]!, ...(m[3] ? { dateText: m[3] } : {}) };
    }
    if (clockOnly(line)) return { speaker: null, clock: line.replace(/^\[|\]$/g, '') };
    return null;
  },
  noise: commonNoise,
  dateLine: dateSeparator,
  clean: dropEdited,
};

/** Microsoft Teams: “[10:42 AM] Ben Okafor” or “[11/4/2024 10:42 AM] Ben Okafor”, then the text. */
export const TEAMS_COPY: LineFormat = {
  name: 'Microsoft Teams (copied)',
  header(lines, i) {
    const m = re(`^\\[(?:(.+?),? )?(${CLOCK})\\]\\s*(.+)$`).exec(lines[i]!.trim());
    if (!m || !looksLikeName(m[3]!)) return null;
    return { speaker: m[3]!, clock: m[2]!, ...(m[1] ? { dateText: m[1] } : {}) };
  },
  noise: (line) =>
    commonNoise(line) ??
    (/^(?:like|heart|laugh|surprised|sad|angry)\s*\d*$/i.test(line) ? 'a reaction' : null) ??
    (/^has context menu$/i.test(line) ? 'a Teams menu label' : null),
  dateLine: dateSeparator,
  clean: dropEdited,
};

/**
 * Zoom's saved chat: “10:42:15 From Ben Okafor to Everyone:” then the text (older: on the line),
 * “From Ben to Dana (Privately)” / “(Direct Message)” for a private message.
 */
export const ZOOM_CHAT: LineFormat = {
  name: 'Zoom chat',
  header(lines, i) {
    const m = re(
      `^(${CLOCK})\\s+From\\s+(.+?)(?:\\s+[Tt]o\\s+(Everyone|.+?))?\\s*(\\((?:Direct Message|[Pp]rivately)\\))?\\s*:\\s*(.*)$`,
    ).exec(lines[i]!.trim());
    if (!m) return null;
    const to = m[3]?.trim();
    const privately = Boolean(m[4]) || (to !== undefined && !/^everyone$/i.test(to));
    return {
      speaker: m[2]!.trim(),
      clock: m[1]!,
      text: m[5]!,
      ...(privately && to ? { to } : {}),
    };
  },
  noise: (line) => (/^Reacted to .+ with /i.test(line) ? 'a reaction' : null),
  stamp: /^\d{1,2}:\d{2}:\d{2}\s+\S/,
};

/** Google Chat: “Ben Okafor, 10:42 AM” or “Ben Okafor, Yesterday 10:42 AM”, then the text. */
export const GOOGLE_CHAT_COPY: LineFormat = {
  name: 'Google Chat (copied)',
  header(lines, i) {
    const m = re(`^(.+?),\\s+(?:(.+?),?\\s+)?(${CLOCK})$`).exec(lines[i]!.trim());
    if (!m || !looksLikeName(m[1]!)) return null;
    return { speaker: m[1]!, clock: m[3]!, ...(m[2] ? { dateText: m[2] } : {}) };
  },
  noise: commonNoise,
  dateLine: dateSeparator,
  clean: dropEdited,
};

/**
 * Discord: “Ben Okafor — Today at 10:42 AM”, “Ben Okafor — 11/04/2024 10:42 AM”; a grouped
 * message starts “[10:43 AM]”.
 */
export const DISCORD_COPY: LineFormat = {
  name: 'Discord (copied)',
  header(lines, i) {
    const line = lines[i]!.trim();
    const m = re(`^(.+?)\\s+[—–-]\\s+(?:(.+?)(?: at)?\\s+)?(${CLOCK})$`).exec(line);
    if (m && looksLikeName(withoutBadge(m[1]!)))
      return { speaker: withoutBadge(m[1]!), clock: m[3]!, ...(m[2] ? { dateText: m[2] } : {}) };
    const grouped = re(`^\\[(${CLOCK})\\]\\s*(.*)$`).exec(line);
    if (grouped) return { speaker: null, clock: grouped[1]!, text: grouped[2]! };
    return null;
  },
  noise: commonNoise,
  dateLine: dateSeparator,
  clean: dropEdited,
};

/** Mattermost: the name on one line, its time on the next, then the text. */
export const MATTERMOST_COPY: LineFormat = {
  name: 'Mattermost (copied)',
  header(lines, i) {
    const line = withoutBadge(lines[i]!.trim());
    const next = lines[i + 1]?.trim() ?? '';
    if (looksLikeName(line) && clockOnly(next) && !clockOnly(line))
      return { speaker: line, clock: next.replace(/^\[|\]$/g, ''), span: 2 };
    return null;
  },
  noise: commonNoise,
  dateLine: dateSeparator,
  clean: dropEdited,
};

/** The nick as a log shows it: a channel status sign before it, “!user@host” after it. */
const ircNick = (text: string) => text.replace(/^[@+%&~]/, '').replace(/!.*$/, '');

/**
 * The stamp IRC loggers put first: irssi “10:42”, ZNC “[10:42:15]”, supybot “2024-11-04T10:42:15”,
 * dircproxy “[04 Nov 10:42]”, irclog “[2024-11-04 10:42:15]”. Groups: date, clock, the rest.
 */
const IRC_STAMP =
  /^(?:\[(?:(\d{4}-\d{2}-\d{2}|\d{1,2} [A-Z][a-z]{2})[ T])?(\d{1,2}:\d{2}(?::\d{2})?)\]|(?:(\d{4}-\d{2}-\d{2})[ T])?(\d{1,2}:\d{2}(?::\d{2})?))\s+(\S.*)$/;

function ircStamp(line: string) {
  const m = IRC_STAMP.exec(line);
  if (!m) return null;
  const date = m[1] ?? m[3];
  return { clock: (m[2] ?? m[4])!, rest: m[5]!, ...(date ? { dateText: date } : {}) };
}

/** What an IRC log writes for things other than messages, once its stamp is taken off. */
function ircSystem(rest: string): string | null {
  if (
    /^(?:-!-|\*\*\*|-->|<--|---?|=!=|\*\s*(?:Now talking|Topic|Mode|Joins|Parts|Quits))(?:\s|$)/.test(
      rest,
    )
  )
    return 'a join, quit, nick or mode change';
  const notice = /^-([^\s-][^\s]*?)-\s/.exec(rest);
  if (notice) return `a notice from ${ircNick(notice[1]!)}`;
  if (/^\[[^\]\s]+\]\s/.test(rest)) return 'a CTCP request';
  return null;
}

/**
 * IRC logs: irssi (“10:42 <@ben> …”, “--- Day changed Mon Nov 04 2024”), weechat (“2024-11-04
 * 10:42:15<tab>ben<tab>…”), ZNC (“[10:42:15] <ben> …”), supybot, irclog and dircproxy, with actions
 * (“* ben restarts it”). Joins, quits, mode changes and notices (“-bot- …”) are not messages.
 */
export const IRC_LOG: LineFormat = {
  name: 'IRC log',
  oneLine: true,
  header(lines, i) {
    const line = lines[i]!;
    const weechat = /^(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2}:\d{2})\t([^\t]*)\t(.*)$/.exec(line);
    if (weechat) {
      const nick = ircNick(weechat[3]!.trim());
      if (/^(?:-->|<--|--|=!=|\*)$/.test(nick) || nick === '') {
        if (nick !== '*') return null;
        const [who, ...rest] = weechat[4]!.split(' ');
        return { speaker: who!, clock: weechat[2]!, dateText: weechat[1]!, text: rest.join(' ') };
      }
      return { speaker: nick, clock: weechat[2]!, dateText: weechat[1]!, text: weechat[4]! };
    }
    const stamp = ircStamp(line);
    if (!stamp) return null;
    const said = /^<[ @+%&~]?([^\s>]{1,120})>\s?(.*)$/.exec(stamp.rest);
    const action = said ? null : /^\*\s+([^\s*]+)\s+(.*)$/.exec(stamp.rest);
    const found = said ?? action;
    if (!found || ircSystem(stamp.rest)) return null;
    return {
      speaker: ircNick(found[1]!),
      clock: stamp.clock,
      text: found[2]!,
      ...(stamp.dateText ? { dateText: stamp.dateText } : {}),
    };
  },
  noise: (line) => {
    const stamp = ircStamp(line);
    if (stamp) return ircSystem(stamp.rest);
    if (/^\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}:\d{2}\t(?:-->|<--|--|=!=)\t/.test(line))
      return 'a join, quit, nick or mode change';
    if (/^--- Log closed/.test(line)) return 'the end of a logging session';
    if (/^(?:Session (?:Start|Close|Ident)|\*\*\*\* (?:BEGIN|ENDING) LOGGING)/.test(line))
      return 'the start or end of a logging session';
    return null;
  },
  stamp: /^(?:\[[^\]]{4,20}\]|\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2})/,
  dateLine: (line, year) => {
    const m =
      /^--- (?:Day changed|Log opened) (?:\w{3},? )?(\w{3} \d{1,2}|\d{1,2} \w{3})(?: \d{2}:\d{2}:\d{2})? (\d{4})/.exec(
        line.trim(),
      );
    return m ? readDate(`${m[1]} ${m[2]}`, year) : null;
  },
};

/**
 * The plain forms people type or tools print: “10:42 alice: …”, “[10:42] alice: …”,
 * “2026-11-24 10:42 alice: …”, “10:42 PM alice: …”, “10:42:15 <alice> …”.
 */
export const TIME_NAME_TEXT: LineFormat = {
  name: 'time, name and text',
  header(lines, i) {
    const m = re(
      `^\\s*(?:(\\d{4}-\\d{2}-\\d{2})[ T])?\\[?(${CLOCK})\\]?\\s+(?:<([^>]{1,60})>|([^:\\s*=<>!-][^:]{0,59}?):)\\s*(.*)$`,
    ).exec(lines[i]!);
    // “10:42:05 From Ben to Everyone: …” is Zoom's, whose reader knows who and to whom.
    if (!m || /^From\s/.test(m[4] ?? '')) return null;
    return {
      speaker: (m[3] ?? m[4])!,
      clock: m[2]!,
      text: m[5]!,
      ...(m[1] ? { dateText: m[1] } : {}),
    };
  },
  stamp: /^\s*(?:\d{4}-\d{2}-\d{2}[ T])?\[?\d{1,2}[:.]\d{2}/,
};

export const LINE_FORMATS: LineFormat[] = [
  TIME_NAME_TEXT,
  IRC_LOG,
  SLACK_COPY,
  TEAMS_COPY,
  ZOOM_CHAT,
  GOOGLE_CHAT_COPY,
  DISCORD_COPY,
  MATTERMOST_COPY,
];
