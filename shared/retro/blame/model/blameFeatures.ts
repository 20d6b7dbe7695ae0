import type { Token } from '../blameTokens';

/** A feature of one sentence, with the tokens it stands on (for naming the words of a finding). */
export interface Feature {
  name: string;
  /** Token indices, first and last, inclusive; -1 for features of the whole sentence. */
  from: number;
  to: number;
}

/** What the rules and the quote finder already know about the sentence. */
export interface SentenceFacts {
  /** Categories the hand-written rules found outside quotes. */
  ruleCategories: readonly string[];
  aboutBlame: boolean;
  question: boolean;
  /** Share of the sentence's characters inside quotation marks, 0 to 1. */
  quotedShare: number;
}

const isWord = (t: Token) => t.pos !== 'PUNCT' && t.pos !== 'SYM' && t.pos !== 'X';

/** Numbers, user names and code look alike to the model: their exact spelling says nothing. */
function norm(word: string): string {
  if (/^\d[\d.,:]*$/.test(word)) return '#';
  if (word.startsWith('@')) return '@';
  if (/[`_/\\]|^https?:/.test(word)) return '<code>';
  return word;
}

/**
 * Word and lemma n-grams, part-of-speech patterns, the rules' verdicts and a few shapes of the
 * sentence (a question, a request, shouting). Kept small on purpose: the corpus is a few thousand
 * sentences, so the model learns from patterns that recur, not from rare spellings.
 */
export function sentenceFeatures(tokens: readonly Token[], facts: SentenceFacts): Feature[] {
  const out: Feature[] = [];
  const add = (name: string, from = -1, to = from) => out.push({ name, from, to });
  const words: { t: Token; i: number }[] = [];
  tokens.forEach((t, i) => {
    if (isWord(t)) words.push({ t, i });
  });
  const lemma = (k: number) => (k < 0 ? '^' : k >= words.length ? '$' : norm(words[k]!.t.lemma));
  const lower = (k: number) => norm(words[k]!.t.lower);
  const pos = (k: number) => (k < 0 ? '^' : k >= words.length ? '$' : words[k]!.t.pos);
  const at = (k: number) => words[Math.max(0, Math.min(words.length - 1, k))]?.i ?? -1;

  for (let k = 0; k < words.length; k += 1) {
    const i = words[k]!.i;
    add(`w:${lower(k)}`, i);
    add(`l:${lemma(k)}`, i);
    add(`lp:${lemma(k)}/${pos(k)}`, i);
    add(`l2:${lemma(k - 1)}_${lemma(k)}`, at(k - 1), i);
    if (k >= 1) add(`l3:${lemma(k - 2)}_${lemma(k - 1)}_${lemma(k)}`, at(k - 2), i);
    add(`p2:${pos(k - 1)}_${pos(k)}`, at(k - 1), i);
    add(`p3:${pos(k - 2)}_${pos(k - 1)}_${pos(k)}`, at(k - 2), i);
    // A content word next to a part of speech: "should have <VERB>", "<PROPN> forgot".
    add(`lP:${lemma(k)}_${pos(k + 1)}`, i, at(k + 1));
    add(`Pl:${pos(k - 1)}_${lemma(k)}`, at(k - 1), i);
    const text = words[k]!.t.text;
    if (text.length > 2 && /^\p{Lu}+$/u.test(text) && /\p{L}/u.test(text)) add('shape:shout', i);
  }
  add(`l2:${lemma(words.length - 1)}_$`);
  add(`first:${lemma(0)}`, at(0));
  if (words.length > 1) add(`first2:${lemma(0)}_${lemma(1)}`, at(0), at(1));

  for (const c of facts.ruleCategories) add(`rule:${c}`);
  if (facts.ruleCategories.length > 0) add('rule:any');
  if (facts.aboutBlame) add('fact:about-blame');
  if (facts.question) add('fact:question');
  if (facts.quotedShare > 0.5) add('fact:mostly-quoted');
  else if (facts.quotedShare > 0) add('fact:some-quoted');
  const request = /^(?:can|could|would|will) you$|^please/.test(`${lemma(0)} ${lemma(1)}`);
  if (request || lemma(0) === 'please') add('fact:request');
  add('bias');
  return out;
}
