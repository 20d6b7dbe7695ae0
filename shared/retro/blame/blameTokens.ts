/**
 * Words of a text with their part of speech, as the blame checker reads them. A real tagger
 * (wink-nlp, loaded by the app and the tests) gives the parts of speech; until it is loaded, a
 * plain tokenizer with a small lexicon stands in so checks still run as the person types.
 */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Universal POS tag: NOUN, PROPN, PRON, VERB, AUX, ADJ, ADV, DET, ADP, PART, CCONJ, SCONJ, PUNCT, … */
  pos: string;
  /** The dictionary form (“taken” → “take”); the word itself where the tagger gives none. */
  lemma: string;
}

/** Splits a text into sentences of tagged tokens, offsets into the text. */
export type Tagger = (text: string) => Token[][];

let tagger: Tagger | null = null;

/** Installs the real tagger (the app does so once wink-nlp has loaded). */
export function setBlameTagger(next: Tagger | null): void {
  tagger = next;
}

export function hasBlameTagger(): boolean {
  return tagger !== null;
}

export function sentencesOf(text: string): Token[][] {
  return (tagger ?? plainTagger)(text);
}

const PRONOUNS = new Set(
  'i we you he she they me us him her them it this that these those who whom whoever someone somebody anyone anybody everyone everybody nobody something anything everything nothing one'.split(
    ' ',
  ),
);
const AUX = new Set(
  'am is are was were be been being have has had do does did will would shall should can could may might must ought'.split(
    ' ',
  ),
);
const DET = new Set(
  'a an the my our your his her its their this that these those some any no every each'.split(' '),
);
const ADP = new Set(
  'of in on at by for with from to into over under about after before during through without within'.split(
    ' ',
  ),
);
const CCONJ = new Set(['and', 'but', 'or', 'nor', 'yet', 'so']);

const IRREGULAR: Record<string, string> = {
  done: 'do',
  made: 'make',
  caught: 'catch',
  built: 'build',
  taken: 'take',
  gone: 'go',
  seen: 'see',
  known: 'know',
  been: 'be',
  had: 'have',
  got: 'get',
  gotten: 'get',
  sent: 'send',
  spent: 'spend',
  left: 'leave',
  kept: 'keep',
  thought: 'think',
  brought: 'bring',
  told: 'tell',
  found: 'find',
  held: 'hold',
  lost: 'lose',
  paid: 'pay',
  said: 'say',
  written: 'write',
  given: 'give',
  shown: 'show',
  broken: 'break',
  chosen: 'choose',
  spotted: 'spot',
};

/** A rough dictionary form: enough to tell “checked” and “done” from “check” and “do”. */
function lemmaOf(lower: string): string {
  if (IRREGULAR[lower]) return IRREGULAR[lower];
  if (/[^e]ed$/.test(lower) || /eed$/.test(lower)) return lower.slice(0, -2);
  return lower;
}

function guess(word: string, first: boolean): string {
  const lower = word.toLowerCase();
  if (/^[^\p{L}\p{N}]+$/u.test(word)) return 'PUNCT';
  if (lower === 'not' || lower === "n't" || lower === 'n’t') return 'PART';
  if (PRONOUNS.has(lower)) return 'PRON';
  if (AUX.has(lower)) return 'AUX';
  if (DET.has(lower)) return 'DET';
  if (ADP.has(lower)) return 'ADP';
  if (CCONJ.has(lower)) return 'CCONJ';
  if (/ly$/.test(lower) && lower.length > 4) return 'ADV';
  if (!first && /^\p{Lu}/u.test(word)) return 'PROPN';
  if (/(?:ed|en)$/.test(lower) || IRREGULAR[lower]) return 'VERB';
  return 'NOUN';
}

/** The stand-in: words, contractions and punctuation; sentences end at . ! ? and line breaks. */
export function plainTagger(text: string): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  const pattern =
    /[\p{L}\p{N}][\p{L}\p{N}_.@'’-]*[\p{L}\p{N}]|n['’]t|['’](?:s|ve|re|ll|d|m)\b|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    let word = m[0];
    let start = m.index;
    // "shouldn't" → "should" + "n't", "Ben's" → "Ben" + "'s", as a real tokenizer splits them.
    const split = /^(.+?)(n['’]t|['’](?:s|ve|re|ll|d|m))$/i.exec(word);
    const parts: [string, number][] = split
      ? [
          [split[1]!, start],
          [split[2]!, start + split[1]!.length],
        ]
      : [[word, start]];
    for ([word, start] of parts) {
      const pos = guess(word, current.length === 0);
      current.push({
        text: word,
        lower: word.toLowerCase(),
        start,
        end: start + word.length,
        pos,
        lemma: lemmaOf(word.toLowerCase()),
      });
    }
    if (/^[.!?]$/.test(m[0]) || text[pattern.lastIndex] === '\n') {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length) sentences.push(current);
  return sentences;
}
