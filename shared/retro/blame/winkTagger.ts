import type { Tagger, Token } from './blameTokens';

/** The parts of wink-nlp the checker uses, so this file needs no import of the library itself. */
interface WinkItem {
  out(what?: unknown): string;
}
interface WinkCollection {
  each(fn: (item: WinkItem & { tokens(): WinkCollection }) => void): void;
}
export interface WinkLike {
  readDoc(text: string): { sentences(): WinkCollection };
  its: { pos: unknown; precedingSpaces: unknown; lemma: unknown };
}

/**
 * A tagger from a loaded wink-nlp instance. Offsets come from each token's preceding spaces,
 * which wink keeps so the text can be rebuilt exactly.
 */
export function winkTagger(wink: WinkLike): Tagger {
  return (text: string) => {
    const sentences: Token[][] = [];
    let at = 0;
    wink
      .readDoc(text)
      .sentences()
      .each((sentence) => {
        const tokens: Token[] = [];
        sentence.tokens().each((t) => {
          const value = t.out();
          at += t.out(wink.its.precedingSpaces).length;
          // wink folds some characters (curly quotes); keep offsets on the original text.
          const start = text.startsWith(value, at) ? at : text.indexOf(value, at);
          const begin = start < 0 ? at : start;
          const pos = t.out(wink.its.pos);
          if (pos !== 'SPACE')
            tokens.push({
              text: value,
              lower: value.toLowerCase(),
              start: begin,
              end: begin + value.length,
              pos,
              lemma: t.out(wink.its.lemma).toLowerCase(),
            });
          at = begin + value.length;
        });
        if (tokens.length) sentences.push(tokens);
      });
    return sentences;
  };
}
