import type { LineFormat } from './lineLogReader';

/**
 * dircproxy's own log (the one it recalls from when a client reattaches): one line per event,
 * “<epoch seconds> <kind> <target> <from> <text>”, e.g.
 * “1079305143 message #dircproxy bear!~bear@pa.comcast.net lah”. The kinds are dircproxy's event
 * names (irc_log.c's flag table); only “message” and “action” are someone speaking.
 */
const LINE =
  /^(\d{9,11}) (message|notice|action|ctcp|join|part|kick|quit|nick|mode|topic|client|server|error) (\S+) (\S+)(?: (.*))?$/;

/** Why each kind that is not someone speaking is not read. */
const NOT_SAID: Record<string, string> = {
  join: 'a join, part, kick or quit',
  part: 'a join, part, kick or quit',
  kick: 'a join, part, kick or quit',
  quit: 'a join, part, kick or quit',
  nick: 'a nick, mode or topic change',
  mode: 'a nick, mode or topic change',
  topic: 'a nick, mode or topic change',
  ctcp: 'a CTCP request',
  client: 'a note dircproxy writes about its own connection',
  server: 'a note from the IRC server',
  error: 'an error dircproxy logged',
};

/** “bear!~bear@pa.comcast.net” → “bear”: the hostmask says where from, the nick says who. */
const nickOf = (from: string) => from.replace(/!.*$/, '');

/** A channel name as IRC writes them; any other target is a person, so the message was private. */
const isChannel = (target: string) => /^[#&+!]/.test(target);

export const DIRCPROXY_LOG: LineFormat = {
  name: 'dircproxy log',
  oneLine: true,
  header(lines, i) {
    const m = LINE.exec(lines[i]!);
    if (!m || (m[2] !== 'message' && m[2] !== 'action')) return null;
    const ms = Number(m[1]) * 1000;
    const target = m[3]!;
    return {
      speaker: nickOf(m[4]!),
      clock: '',
      instantMs: ms,
      text: m[5] ?? '',
      // The server log's target is “SERVER”: not a person the message was sent to.
      ...(!isChannel(target) && target !== 'SERVER' ? { to: target } : {}),
    };
  },
  noise(line) {
    const m = LINE.exec(line);
    if (!m) return null;
    if (m[2] === 'notice') return `a notice from ${nickOf(m[4]!)}`;
    return NOT_SAID[m[2]!] ?? null;
  },
  stamp: /^\d{9,11} [a-z]+ /,
};
