import { PERSON_NOUNS, PERSON_PRONOUNS, THING_PRONOUNS } from './blameLexicon';
import type { Token } from './blameTokens';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const SKIP_BACK = new Set(['ADV', 'AUX', 'PART']);
const NP_PART = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART']);

/** The token at a character offset, or -1. */
export function tokenAt(tokens: Token[], offset: number): number {
  return tokens.findIndex((t) => offset >= t.start && offset < t.end);
}

function singular(word: string): string {
  if (PERSON_NOUNS.has(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

/** A person, a role, a team or an organisation, rather than a system or a thing. */
export function isPerson(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.pos === 'PRON') return PERSON_PRONOUNS.has(t.lower);
  if (THING_PRONOUNS.has(t.lower)) return false;
  // "on-call" arrives as three tokens: read the word the head ends.
  const joined = tokens
    .slice(Math.max(0, i - 2), i + 1)
    .map((x) => x.lower)
    .join('');
  if (/on-?call$/.test(joined)) return true;
  if (PERSON_NOUNS.has(singular(t.lower))) return true;
  return t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !/^[A-Z0-9]{2,}s?$/.test(t.text);
}

/** Whether a token stands for a person spoken of as a pronoun (“we”, “they”), not a noun. */
export function isPersonPronoun(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.pos === 'PRON' && PERSON_PRONOUNS.has(t.lower);
}

/** The head of the first noun phrase of the clause that ends before `upto`: its subject. */
export function clauseSubject(tokens: Token[], upto: number): number {
  let from = 0;
  for (let i = upto - 1; i > 0; i -= 1) {
    if (tokens[i]!.lower === ';' || (tokens[i]!.pos === 'SCONJ' && i < upto - 1)) {
      from = i + 1;
      break;
    }
  }
  for (let i = from; i < upto; i += 1) {
    const t = tokens[i]!;
    if (t.pos === 'VERB' || t.pos === 'AUX') return -1;
    if (NOMINAL.has(t.pos)) {
      let head = i;
      for (;;) {
        const next = tokens[head + 1];
        if (head + 1 >= upto || !next) break;
        if (next.pos === 'NOUN' || next.pos === 'PROPN') head += 1;
        // "Cloudflare's parser": the possessed thing is the head.
        else if (/^['’]s$/.test(next.lower) && tokens[head + 2] && head + 2 < upto) head += 2;
        else break;
      }
      while (head > i && !['NOUN', 'PROPN', 'PRON'].includes(tokens[head]!.pos)) head -= 1;
      return head;
    }
  }
  return -1;
}

/**
 * The subject of the verb group that starts at `verb` (a modal, “failed”, “was”): the nearest
 * noun phrase before it, past a prepositional phrase (“the board of the bank”), or the clause's
 * subject when the verb is coordinated (“noticed the levels but failed to act”).
 */
export function subjectOf(tokens: Token[], verb: number): number {
  let j = verb - 1;
  while (j >= 0 && SKIP_BACK.has(tokens[j]!.pos)) j -= 1;
  if (j < 0) return -1;
  const t = tokens[j]!;
  if (t.pos === 'CCONJ' || (t.pos === 'ADP' && t.lower !== 'of')) return clauseSubject(tokens, j);
  // "The engineer, tired after a long shift, failed to…": the subject before the aside.
  if (t.pos === 'PUNCT' && t.lower === ',') return clauseSubject(tokens, j);
  if (NOMINAL.has(t.pos) || (t.pos === 'ADJ' && tokens[j - 1]?.pos === 'DET')) {
    let start = j;
    while (start > 0 && NP_PART.has(tokens[start - 1]!.pos)) start -= 1;
    const before = tokens[start - 1];
    // "Staff at Rogers caused…", "the person in charge of the project forgot…": past the phrase.
    if (before?.pos === 'ADP' || before?.lower === 'of') {
      const outer = subjectOf(tokens, start - 1);
      if (outer >= 0) return outer;
    }
    // "the person that broke this server should…": the noun before the relative clause.
    if (before?.pos === 'VERB' && /^(?:that|who|which)$/.test(tokens[start - 2]?.lower ?? '')) {
      const k = start - 3;
      if (k >= 0 && NOMINAL.has(tokens[k]!.pos)) return k;
    }
    // A relative pronoun or a thing pronoun is the subject itself.
    return j;
  }
  return -1;
}
