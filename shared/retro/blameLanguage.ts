import { aboutBlame, BLAME_RULES, type Found } from './blame/blameRules';
import { sentencesOf, type Token } from './blame/blameTokens';
import { sentenceFeatures, type Feature } from './blame/model/blameFeatures';
import { blameModel, predict, type BlameModel } from './blame/model/blameModel';

/**
 * Finds blame and hindsight language in retrospective text (categories after Dekker, "The Field
 * Guide to Understanding 'Human Error'", and Bergstrom et al.). Each finding names the phrase,
 * why it hurts learning, and a question to ask instead. It must not cry wolf: quoted speech,
 * forward-looking "should" ("the alert should page on-call") and words inside other words are
 * left alone.
 */
export type BlameCategory =
  'counterfactual' | 'judgmental' | 'human-error' | 'single-cause' | 'person-focused' | 'hindsight';

export interface BlameFinding {
  phrase: string;
  /** Offsets into the checked text, for highlighting. */
  start: number;
  end: number;
  category: BlameCategory;
  why: string;
  askInstead: string;
}

export const CATEGORY_LABEL: Record<BlameCategory, string> = {
  counterfactual: 'Counterfactual',
  judgmental: 'Judgmental wording',
  'human-error': '“Human error” as a cause',
  'single-cause': 'Single-cause framing',
  'person-focused': 'Person-focused',
  hindsight: 'Hindsight certainty',
};

const WHY: Record<BlameCategory, string> = {
  counterfactual:
    'It describes what did not happen instead of what did, and judges the decision by its outcome, which nobody knew at the time.',
  judgmental:
    'It grades people instead of explaining the situation, so the next person hides their reasoning instead of sharing it.',
  'human-error':
    '“Human error” is where an investigation should start, not end: it names no condition that made the action likely.',
  'single-cause':
    'Incidents come from several contributing factors; one cause stops the search before the conditions are understood.',
  'person-focused':
    'Asking who points at a person; asking how and what shows the conditions that anyone in that seat would face.',
  hindsight:
    'What is clear now was not clear then: certainty after the fact hides the ambiguity people actually worked in.',
};

const ASK: Record<BlameCategory, string> = {
  counterfactual:
    'What did they see and know at that moment, and what made their action make sense at the time?',
  judgmental:
    'What about the situation (pressure, tools, signals) made this action look reasonable?',
  'human-error':
    'Which conditions (design, alerts, workload, procedures) made this action likely, and how can we change them?',
  'single-cause':
    'Which factors, technical, process, organisational and business, together made this incident possible?',
  'person-focused': 'How did the change get through, and what in our process let it?',
  hindsight:
    'What signals were available at the time, and how did they compete with everything else going on?',
};

/**
 * Ranges of quoted speech, which report what someone said rather than judge: "…", “…”, «…», ‘…’,
 * and what follows “said:” to the end of its sentence when the quote is never closed.
 */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pattern =
    /''[^\n]*?''|"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|‘[^’\n]*’|(?<=\b(?:said|says|told \w+|asked|wrote)[:,]?\s*)['‘"“][^\n]*?(?=\n|$)|(?<=^|[\s(:])'[^'\n]+'(?=[\s.,;:!?)]|$)/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text))
    ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/** One sentence as the rules saw it, ready for the learned model to confirm, veto or add to. */
export interface AnalysedSentence {
  tokens: Token[];
  /** The rules' findings outside quotes, most specific first, overlaps removed. */
  found: Found[];
  features: Feature[];
  /** The whole sentence sits inside quotation marks. */
  quoted: boolean;
}

/** `withFeatures` false skips what only a learned model reads (the rules alone are faster). */
export function analyseSentences(text: string, withFeatures = true): AnalysedSentence[] {
  const quoted = quotedRanges(text);
  const inQuote = (start: number, end: number) => quoted.some(([a, b]) => start >= a && end <= b);
  const out: AnalysedSentence[] = [];
  for (const tokens of sentencesOf(text)) {
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) continue;
    const sentenceText = text.slice(first.start, last.end);
    const sentence = {
      whole: text,
      text: sentenceText,
      offset: first.start,
      tokens,
      aboutBlame: aboutBlame(sentenceText),
      question: /\?\s*$/.test(sentenceText),
    };
    const found: Found[] = [];
    for (const rule of BLAME_RULES) {
      for (const f of rule(sentence)) {
        if (inQuote(f.start, f.end)) continue;
        // One finding per place: the first rule (most specific) wins an overlap.
        if (found.some((g) => f.start < g.end && f.end > g.start)) continue;
        found.push(f);
      }
    }
    let inside = 0;
    for (const [a, b] of quoted)
      inside += Math.max(0, Math.min(b, last.end) - Math.max(a, first.start));
    const quotedShare = inside / Math.max(1, last.end - first.start);
    const features = !withFeatures
      ? []
      : sentenceFeatures(tokens, {
          ruleCategories: [...new Set(found.map((f) => f.category))],
          aboutBlame: sentence.aboutBlame,
          question: sentence.question,
          quotedShare,
        });
    out.push({ tokens, found, features, quoted: quotedShare > 0.95 });
  }
  return out;
}

/**
 * Where a learned model is loaded it has the last word on each sentence: it keeps the rules'
 * findings (their words and category) when it agrees the sentence blames, drops them when it
 * reads the sentence as about blame, a request or a system's duty, and adds a finding the rules
 * missed, named by the words that weighed most.
 */
export function decideSentence(sentence: AnalysedSentence, model: BlameModel | null): Found[] {
  if (!model) return sentence.found;
  const verdict = predict(model, sentence.features);
  if (sentence.found.length > 0) return verdict.flag < model.veto ? [] : sentence.found;
  if (sentence.quoted || verdict.flag < model.threshold) return [];
  const first = sentence.tokens[0]!;
  const last = sentence.tokens[sentence.tokens.length - 1]!;
  const words = verdict.strongest;
  const from = words ? sentence.tokens[words.from]! : first;
  const to = words ? sentence.tokens[words.to]! : last;
  return [{ start: from.start, end: to.end, category: verdict.category }];
}

export function findBlameLanguage(text: string): BlameFinding[] {
  const model = blameModel();
  const findings: BlameFinding[] = [];
  for (const sentence of analyseSentences(text, model !== null)) {
    for (const found of decideSentence(sentence, model)) {
      findings.push({
        phrase: text.slice(found.start, found.end),
        start: found.start,
        end: found.end,
        category: found.category,
        why: WHY[found.category],
        askInstead: ASK[found.category],
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
