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

/** Zoom's saved chat: “10:42:15 From Ben Okafor to Everyone:” then the text (older: on the line). */
export const ZOOM_CHAT: LineFormat = {
  name: 'Zoom chat',
  header(lines, i) {
    const m = re(
      `^(${CLOCK})\\s+From\\s+(.+?)(?:\\s+[Tt]o\\s+(?:Everyone|.+?))?(?:\\s*\\((?:Direct Message|Privately)\\))?\\s*:\\s*(.*)$`,
    ).exec(lines[i]!.trim());
    return m ? { speaker: m[2]!.trim(), clock: m[1]!, text: m[3]! } : null;
  },
  noise: (line) => (/^Reacted to .+ with /i.test(line) ? 'a reaction' : null),
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

const IRC_NICK = '[ @+%&~]?([^\\s>]{1,40})';

/**
 * IRC logs: irssi (“10:42 <@ben> …”, “--- Day changed Mon Nov 04 2024”), weechat (“2024-11-04
 * 10:42:15<tab>ben<tab>…”), ZNC (“[10:42:15] <ben> …”), with actions (“* ben restarts it”).
 */
export const IRC_LOG: LineFormat = {
  name: 'IRC log',
  header(lines, i) {
    const line = lines[i]!;
    const weechat = /^(\d{4}-\d{2}-\d{2})\s+(\d{2}:\d{2}:\d{2})\t([^\t]*)\t(.*)$/.exec(line);
    if (weechat) {
      const nick = weechat[3]!.trim().replace(/^[@+%&~]/, '');
      if (/^(?:-->|<--|--|=!=|\*)$/.test(nick) || nick === '') {
        if (nick !== '*') return null;
        const [who, ...rest] = weechat[4]!.split(' ');
        return { speaker: who!, clock: weechat[2]!, dateText: weechat[1]!, text: rest.join(' ') };
      }
      return { speaker: nick, clock: weechat[2]!, dateText: weechat[1]!, text: weechat[4]! };
    }
    const said = re(`^\\[?(\\d{2}:\\d{2}(?::\\d{2})?)\\]?\\s+<${IRC_NICK}>\\s?(.*)$`).exec(line);
    if (said) return { speaker: said[2]!, clock: said[1]!, text: said[3]! };
    const action = re(`^\\[?(\\d{2}:\\d{2}(?::\\d{2})?)\\]?\\s+\\*\\s+([^\\s*]+)\\s+(.*)$`).exec(
      line,
    );
    if (action) return { speaker: action[2]!, clock: action[1]!, text: action[3]! };
    return null;
  },
  noise: (line) => {
    if (/^\[?\d{2}:\d{2}(?::\d{2})?\]?\s+(?:-!-|\*\*\*|-->|<--|--)\s/.test(line))
      return 'a join, quit or mode change';
    if (/^\d{4}-\d{2}-\d{2}\s+\d{2}:\d{2}:\d{2}\t(?:-->|<--|--|=!=)\t/.test(line))
      return 'a join, quit or mode change';
    if (/^--- Log closed/.test(line)) return 'the end of a logging session';
    return null;
  },
  dateLine: (line, year) => {
    const m =
      /^--- (?:Day changed|Log opened) (?:\w{3} )?(\w{3} \d{1,2})(?: \d{2}:\d{2}:\d{2})? (\d{4})/.exec(
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
    if (!m) return null;
    return {
      speaker: (m[3] ?? m[4])!,
      clock: m[2]!,
      text: m[5]!,
      ...(m[1] ? { dateText: m[1] } : {}),
    };
  },
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
