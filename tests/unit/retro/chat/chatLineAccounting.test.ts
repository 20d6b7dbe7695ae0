import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readChatLog } from '../../../../shared/retro/chat/readChatLog';
import { accountLines } from './lineAccounting';
import * as S from './chatSamples';

const OPTIONS = { year: 2024 };

/** Lines as the chat tools write them, with the lines that trip readers up mixed in. */
const nick = fc.constantFrom('ben', 'dana', 'Al\u200Bice', '@op', 'x_y', 'pagerduty');
const name = fc.constantFrom('Ben Okafor', 'Dana Ruiz', 'Brian Richter (Company)', 'PagerDuty');
const clock = fc.constantFrom('10:42', '10:43:15', '09:05 AM', '23:59', '7:01 pm');
const words = fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ' '));
const epoch = fc.integer({ min: 100_000_000, max: 99_999_999_999 }).map(String);
const dircproxyKind = fc.constantFrom(
  'message',
  'action',
  'notice',
  'join',
  'part',
  'quit',
  'mode',
  'nick',
  'topic',
  'ctcp',
  'client',
  'server',
  'error',
);
const target = fc.constantFrom('#ops', 'SERVER', 'dana', '&local');
const line = fc.oneof(
  fc.tuple(clock, nick, words).map(([c, n, w]) => `${c} <${n}> ${w}`),
  fc.tuple(clock, nick, words).map(([c, n, w]) => `[${c}] <${n}> ${w}`),
  fc.tuple(clock, nick, words).map(([c, n, w]) => `[${c}] * ${n} ${w}`),
  fc.tuple(clock, nick, words).map(([c, n, w]) => `[${c}] -${n}- ${w}`),
  fc.tuple(clock, nick).map(([c, n]) => `[${c}] *** Joins: ${n} (~${n}@host)`),
  fc.tuple(clock, nick, nick, words).map(([c, a, b, w]) => `${c} <bridge> <${a}> ${w} ${b}`),
  fc.tuple(clock, name).map(([c, n]) => `${n}  ${c}`),
  fc.tuple(clock, name).map(([c, n]) => `[${c}] ${n}`),
  fc.tuple(clock, name, words).map(([c, n, w]) => `${c}:00 From ${n} to Everyone: ${w}`),
  fc
    .tuple(clock, name, name, words)
    .map(([c, a, b, w]) => `${c}:01 From ${a} to ${b}(Privately) : ${w}`),
  fc.tuple(clock, name).map(([c, n]) => `${n} — Today at ${c}`),
  fc
    .tuple(epoch, dircproxyKind, target, nick, words)
    .map(([e, k, t, n, w]) => `${e} ${k} ${t} ${n}!~${n}@host.example ${w}`),
  fc.constantFrom(
    'Today',
    'Yesterday',
    '--- Day changed Tue Nov 05 2024',
    ':+1: 2',
    '3 replies',
    '',
    '   ',
  ),
  words,
);
const log = fc
  .array(line, { maxLength: 30 })
  .chain((lines) => fc.constantFrom('\n', '\r\n').map((eol) => lines.join(eol)));

describe('every line of a chat log is accounted for exactly once', () => {
  it('holds for any mix of lines the chat tools write, and any text', () => {
    fc.assert(
      fc.property(log, (text) => {
        const read = readChatLog(text, OPTIONS);
        const { twice, missing, outside } = accountLines(text, read);
        expect({ twice, missing, outside }).toEqual({ twice: [], missing: [], outside: [] });
      }),
      { numRuns: 400 },
    );
  });

  // Line logs only: a JSON export's “lines” are its messages, counted by index.
  it.each(Object.entries(S).filter(([, v]) => typeof v === 'string' && !/^\s*[[{]/.test(v)))(
    'holds for the sample %s',
    (_name, text) => {
      const read = readChatLog(text as string, OPTIONS);
      expect(accountLines(text as string, read)).toEqual({ twice: [], missing: [], outside: [] });
    },
  );
});
