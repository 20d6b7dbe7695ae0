import type { BlameCategory } from '../blameLanguage';
import { ABOUT_BLAME, CAUSE_VERBS, DILIGENCE, NEGATIONS, PERSON_NOUNS, SLIP } from './blameLexicon';
import { isPerson, isPersonPronoun, subjectOf, tokenAt } from './blameSubjects';
import type { Token } from './blameTokens';

export interface Found {
  start: number;
  end: number;
  category: BlameCategory;
}

/** One sentence being checked: its text, its tokens, and where it sits in the whole text. */
export interface Sentence {
  text: string;
  offset: number;
  tokens: Token[];
  /** The whole text the sentence is part of. */
  whole: string;
  /** The sentence talks about blame (describes or rejects it) rather than blaming. */
  aboutBlame: boolean;
  question: boolean;
}

type Rule = (s: Sentence) => Found[];

const B = "(?<![\\p{L}\\p{N}'’_-])";
const E = '(?![\\p{L}\\p{N}_]|-\\p{L})';
const compiled = new Map<string, RegExp>();
/** A pattern of whole words, compiled once: the checks run on every keystroke. */
function words(source: string): RegExp {
  let pattern = compiled.get(source);
  if (!pattern) {
    pattern = new RegExp(`${B}(?:${source})${E}`, 'giu');
    compiled.set(source, pattern);
  }
  return pattern;
}

/** Every match of a pattern in the sentence, as text offsets, with a check on its tokens. */
function matches(
  s: Sentence,
  pattern: RegExp,
  category: BlameCategory,
  accept: (first: number, last: number, m: RegExpExecArray) => boolean = () => true,
): Found[] {
  const out: Found[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(s.text); m; m = pattern.exec(s.text)) {
    const start = s.offset + m.index;
    const end = start + m[0].length;
    const first = tokenAt(s.tokens, start);
    const last = tokenAt(s.tokens, end - 1);
    if (accept(first, last, m)) out.push({ start, end, category });
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return out;
}

/** A negation earlier in the sentence than token `i` (“it wasn't a careless deploy”). */
function negatedBefore(s: Sentence, i: number, window = 12): boolean {
  for (let j = Math.max(0, i - window); j < i; j += 1)
    if (NEGATIONS.has(s.tokens[j]!.lower)) return true;
  return false;
}

/** “what we could have done”, “how they should have”: a question or a clause about it. */
function askedAbout(s: Sentence, i: number): boolean {
  for (let j = Math.max(0, i - 4); j < i; j += 1)
    if (/^(?:what|how|where|whether|if)$/.test(s.tokens[j]!.lower)) return true;
  return false;
}

const MODAL =
  /(?<![\p{L}'’])(should|could|would|must|might)(?:n['’]t| not)?(?:\s+(?:in retrospect|in hindsight|really|clearly|obviously|certainly|actually|at least|simply|just|definitely|probably|easily))?\s*(?:\s+have|['’]ve)\s+((?:\p{L}+ly\s+){0,2})(\p{L}+)/giu;
/** Verbs whose past participle is their base form: “should have put”, “should have read”. */
const SAME_FORM = new Set([
  'put',
  'set',
  'run',
  'read',
  'hit',
  'let',
  'shut',
  'cut',
  'spread',
  'cost',
  'hurt',
  'quit',
  'split',
  'come',
  'become',
]);
const FORESIGHT = /^(?:known|seen|foreseen|anticipated|realized|realised|predicted|expected)$/;

/** “We should have quickly reverted”: a person's past action judged against what they did. */
const counterfactualModal: Rule = (s) => {
  const out: Found[] = [];
  MODAL.lastIndex = 0;
  for (let m = MODAL.exec(s.text); m; m = MODAL.exec(s.text)) {
    const start = s.offset + m.index;
    const end = start + m[0].length;
    const modal = tokenAt(s.tokens, start);
    const verb = tokenAt(s.tokens, end - 1);
    const participle = m[3]!.toLowerCase();
    if (modal < 0 || verb < 0) continue;
    const after = s.tokens[verb + 1];
    // "should have been asking", "should have been able to": a person's conduct; any other
    // "been" is a state or a passive, what a system was meant to be.
    const conduct =
      participle === 'been' &&
      !!after &&
      ((after.pos === 'VERB' && after.lower.endsWith('ing')) ||
        (after.lower === 'able' && s.tokens[verb + 2]?.lower === 'to'));
    if ((participle === 'been' && !conduct) || participle === 'to') continue;
    const token = s.tokens[verb]!;
    const pastForm =
      token.lemma !== token.lower || SAME_FORM.has(participle) || participle === 'been';
    if (!pastForm) continue; // "shouldn't have write access": have is the verb
    if (askedAbout(s, modal)) continue;
    const marked = /in (?:retrospect|hindsight)/i.test(m[0]);
    if (marked) {
      out.push({ start, end, category: 'hindsight' });
      continue;
    }
    const subject = subjectOf(s.tokens, modal);
    const modalWord = m[1]!.toLowerCase();
    const person =
      modalWord === 'should' || modalWord === 'must'
        ? isPerson(s.tokens, subject)
        : isPersonPronoun(s.tokens, subject) ||
          (isPerson(s.tokens, subject) && s.tokens[subject]!.pos === 'NOUN');
    if (!person) continue;
    if (negatedBefore(s, subject < 0 ? modal : subject)) continue;
    const hindsight = FORESIGHT.test(participle);
    out.push({ start, end, category: hindsight ? 'hindsight' : 'counterfactual' });
  }
  return out;
};

/** “the operator fails to reconcile”: Kubernetes' operators are programs. */
function kubernetesOperator(s: Sentence, subject: number): boolean {
  return (
    /^operators?$/.test(s.tokens[subject]?.lower ?? '') &&
    /\b(?:reconcil\w*|kubernetes|k8s|crds?|controllers?|pods?|helm|resources)\b/i.test(s.text)
  );
}

/** “The operator failed to act”, “they didn't check”, “you are supposed to use”. */
const omission: Rule = (s) => [
  ...matches(
    s,
    words(
      '(?:failed|failing|fails|neglected|neglecting|forgot|forgetting|omitted|refused)\\s+to(?:\\s+\\p{L}+ly)?\\s+\\p{L}+',
    ),
    'counterfactual',
    (first) => {
      if (s.aboutBlame) return false;
      const subject = subjectOf(s.tokens, first);
      return isPerson(s.tokens, subject) && !kubernetesOperator(s, subject);
    },
  ),
  ...matches(
    s,
    words(
      "(?:did\\s+not|didn['’]t|never|had\\s+not|hadn['’]t)(?:\\s+\\p{L}+ly)?\\s+(\\p{L}+(?:-\\p{L}+)?)",
    ),
    'counterfactual',
    (first, _last, m) => {
      const subject = subjectOf(s.tokens, first);
      // "I didn't read all of it" admits; it does not judge.
      return (
        DILIGENCE.test(m[1]!.toLowerCase()) &&
        isPerson(s.tokens, subject) &&
        s.tokens[subject]?.lower !== 'i' &&
        !s.question &&
        !s.aboutBlame
      );
    },
  ),
  ...matches(
    s,
    words('(?:had\\s+)?(?:overlooked|ignored|missed|skipped|forgotten)'),
    'counterfactual',
    (first) => {
      const subject = subjectOf(s.tokens, first);
      return isPerson(s.tokens, subject) && s.tokens[subject]?.lower !== 'none' && !s.question;
    },
  ),
  ...matches(
    s,
    words('(?:are|were|was|is)\\s+supposed\\s+to'),
    'counterfactual',
    (first) => isPerson(s.tokens, subjectOf(s.tokens, first)) && !askedAbout(s, first),
  ),
  // "if the driver had been paying attention": a person's past, imagined otherwise.
  ...matches(
    s,
    words('if\\s+(?:the|a|an|our|their)\\s+(?:\\p{L}+\\s+){0,3}?had\\s+(?:been\\s+)?\\p{L}+'),
    'counterfactual',
    (first, last) => {
      const had = s.tokens.findIndex((t, i) => i < last && i > first && t.lower === 'had');
      return had > 0 && isPerson(s.tokens, had - 1) && s.tokens[last]!.pos === 'VERB';
    },
  ),
  ...matches(
    s,
    words('expect(?:ed)?\\s+(?:them|him|her|you|the\\s+\\p{L}+)\\s+to\\s+have'),
    'counterfactual',
  ),
  ...matches(
    s,
    words(
      "why\\s+(?:wouldn['’]t|didn['’]t|couldn['’]t|wasn['’]t|weren['’]t)\\s+(?:you|they|he|she|we|anyone)",
    ),
    'counterfactual',
  ),
  ...matches(
    s,
    words('how\\s+could\\s+(?:a|an|the|you|they|he|she|anyone)\\b[^?]{0,80}?\\bnot'),
    'counterfactual',
  ),
  ...matches(s, words('if only'), 'counterfactual'),
  ...matches(
    s,
    words('had (?:they|he|she|we|I|the (?:engineer|operator|team|on-call))(?! (?:to|no)\\b)'),
    'counterfactual',
  ),
];

const JUDGING = [
  'careless(?:ly|ness)?',
  'sloppy',
  'sloppiness',
  'negligen(?:t|tly|ce)',
  'reckless(?:ly|ness)?',
  'lazy',
  'laziness',
  'incompeten(?:t|ce|cy)',
  'inept(?:itude|ness)?',
  'feckless(?:ness)?',
  'idiot(?:s|ic)?',
  'morons?',
  'stupid(?:ity)?',
  'dumb',
  'foolish',
  'irresponsibl[ey]',
  'inexcusable',
  'unforgivable',
  'appalling',
  'damning',
  'disgraceful',
  'shameful',
  'pathetic',
  'clueless',
  'amateur(?:ish| hour)',
  'blunders?',
  'botched',
  'bungled',
  'cowboys?',
  'wankers?',
  'mismanag(?:ed|ement)',
  'inappropriate(?:ly)?',
  'no excuse',
  'not had a clue',
  "(?:didn['’]t|don['’]t|doesn['’]t) have a clue",
  '(?:horrible|terrible|awful|lousy|poor|shoddy) job',
  '(?:handled|managed|run) (?:this |it )?(?:so |very )?poorly',
  'poorly (?:\\p{L}+ ){0,2}(?:handled|managed|run|executed|planned)',
  'insane',
  'ridiculous',
  'bunglers?',
  '(?:massive|epic|spectacular|total) fail(?:ure)?',
  'management failure',
  'shit the bed',
  'dropped the ball',
  'set the bar (?:pretty |very |so )?low',
  'just had to',
  'only had to',
  '(?:just|only) (?:needed|need|needs|has|have) to',
];
const TECHNICAL_SENSE =
  /\blazy[- ]?(?:load\w*|init\w*|eval\w*|import\w*|about)|\.lazy\b|\blegal\b|\bdefendant\b|\blaw\b|\bcourt\b|\bliabilit/i;

/** Words that grade people's conduct. */
const judgmental: Rule = (s) =>
  matches(s, words(JUDGING.join('|')), 'judgmental', (first) => {
    const around = s.whole.slice(
      Math.max(0, s.tokens[first]!.start - 30),
      s.tokens[first]!.end + 30,
    );
    if (TECHNICAL_SENSE.test(s.text) || TECHNICAL_SENSE.test(around)) return false;
    return !negatedBefore(s, first, 8);
  });

/** “They simply ignored the warning”: a shrug at what someone did. */
const minimising: Rule = (s) =>
  matches(
    s,
    words("simply (?:ignored|forgot|skipped|missed|deleted|ran|pushed|didn['’]t|did not)"),
    'judgmental',
  );

const HUMAN_ERROR = words(
  '(?:human|operator|user|pilot|engineer|engineering|manual|sysadmin|admin|administrator|technician|contractor|staff|employee|driver|worker|personnel|people) (?:error|failure|mistake|slip)s?|(?:the )?human factors?|lack of (?:attention|care|diligence|oversight)|(?:lost|loss of) situational awareness|situational awareness (?:was|is) lost|inattention|(?:fucked|screwed|messed|cocked)[- ]up',
);

/** “Human error” and its kin given as what happened. */
const humanError: Rule = (s) =>
  matches(s, HUMAN_ERROR, 'human-error', (first, _l, m) => {
    if (/^lack of/i.test(m[0])) return true;
    if (s.aboutBlame) return false;
    for (let j = Math.max(0, first - 8); j < first; j += 1)
      if (/^(?:if|any|whether|between|label|labels|call|rid)$/.test(s.tokens[j]!.lower))
        return false;
    return !negatedBefore(s, first, 8);
  });

const CUE =
  /(?:caused|triggered|started)\s+by|due\s+to|traced\s+(?:back\s+)?to|blamed\s+on|because\s+of|(?:the\s+)?result\s+of|attributed\s+to|came\s+down\s+to/giu;

/** Whether the noun phrase after token `i` names a person or a slip. */
function personOrSlipAfter(s: Sentence, i: number): boolean {
  for (let j = i + 1; j < Math.min(s.tokens.length, i + 8); j += 1) {
    const t = s.tokens[j]!;
    if (
      t.pos === 'VERB' ||
      (t.pos === 'PUNCT' && t.lower !== '-') ||
      (t.pos === 'ADP' && t.lower !== 'of')
    )
      break;
    if (t.pos === 'PRON' && !isPersonPronoun(s.tokens, j)) return false;
    if (isPerson(s.tokens, j) && (t.pos !== 'PROPN' || PERSON_NOUNS.has(t.lower))) return true;
    if (SLIP.test(t.text) || (t.lower === 'wrong' && s.tokens[j + 1]?.pos === 'NOUN')) return true;
  }
  return false;
}

/** One cause named: “the root cause”, “caused by an engineer”, “one typo brought it down”. */
const singleCause: Rule = (s) => {
  const out: Found[] = [];
  if (!s.aboutBlame) {
    out.push(
      ...matches(
        s,
        words('(?:the |a )?root[- ]causes?(?! analys[ie]s)|(?:five|5) whys'),
        'single-cause',
      ),
      ...matches(
        s,
        words(
          '(?:the|a|one) (?:sole |real |true |main |only |primary |single |actual )?cause (?:of (?:this|the) (?:outage|incident|failure|breach|crash|problem) )?(?:was|is)(?= (?:a|an|the|that|human|one|accidental|\\p{Lu}))|(?:was|is|were) the (?:sole |real |true |main |only |primary |single |actual )?cause of',
        ),
        'single-cause',
      ),
    );
  }
  CUE.lastIndex = 0;
  for (let m = CUE.exec(s.text); m; m = CUE.exec(s.text)) {
    const last = tokenAt(s.tokens, s.offset + m.index + m[0].length - 1);
    if (last >= 0 && personOrSlipAfter(s, last) && !negatedBefore(s, last, 6))
      out.push({
        start: s.offset + m.index,
        end: s.offset + m.index + m[0].length,
        category: 'single-cause',
      });
  }
  // A person or a slip as the subject of a verb that brought the system down.
  s.tokens.forEach((t, i) => {
    if (!CAUSE_VERBS.test(t.lower) || t.pos !== 'VERB') return;
    if (
      /^(?:brought|took|knocked)$/.test(t.lower) &&
      !/\b(?:down|out|offline)\b/i.test(s.text.slice(t.end - s.offset, t.end - s.offset + 40))
    )
      return;
    if (
      /^(?:led|resulted)$/.test(t.lower) &&
      !/^\s+(?:to|in)\b/.test(s.text.slice(t.end - s.offset))
    )
      return;
    const subject = subjectOf(s.tokens, i);
    if (subject < 0) return;
    const head = s.tokens[subject]!;
    const slip = SLIP.test(head.text);
    const person =
      isPerson(s.tokens, subject) &&
      head.pos !== 'PRON' &&
      !/^(?:we|they|you|it)$/.test(head.lower);
    if ((slip || (person && head.pos === 'NOUN')) && !negatedBefore(s, subject, 2))
      out.push({ start: head.start, end: t.end, category: 'single-cause' });
  });
  // "entered the wrong command, which led to an error"
  out.push(
    ...matches(
      s,
      /\bwrong (?:command|plug|cable|button|key)\b[^.]{0,40}\b(?:led to|caused|causing|brought|resulting)\b/giu,
      'single-cause',
    ),
  );
  return out;
};

/** Pointing at a person: who did it, whose fault, calls to fire, self-blame. */
const personFocused: Rule = (s) => {
  const out: Found[] = [];
  const first = s.tokens[0];
  const second = s.tokens[1];
  // "Who pushed the change?": a question that asks for a person. "Who was affected?" asks scope.
  if (first?.lower === 'who' && second && s.question) {
    const third = s.tokens[2]?.lower ?? '';
    const scope =
      /^(?:was|were|is|are)$/.test(second.lower) &&
      !/^(?:responsible|at|to|asleep|on)$/.test(third);
    if (!scope && (second.pos === 'VERB' || /^(?:had|did|was|were)$/.test(second.lower)))
      out.push({ start: first.start, end: second.end, category: 'person-focused' });
  }
  out.push(
    ...matches(
      s,
      words(
        '(?:find out|ask(?:ed)?|know|knows|see|tell|figure out|debate|determine|say|said|identify|find) who (?:pushed|approved|deployed|merged|broke|caused|did|made|ran|changed|forgot|missed|signed off|carried out|was|is|let|wrote|typed)|whoever (?:approved|pushed|deployed|merged|wrote|did|made|broke|ran|signed)|who (?:is|was) (?:responsible|to blame|at fault|asleep)',
      ),
      'person-focused',
      (firstToken) =>
        !/\b(?:search|look|looking|hunt|hunting)\s+for\s*$/i.test(
          s.text.slice(0, s.tokens[firstToken]!.start - s.offset),
        ),
    ),
    ...matches(
      s,
      words(
        "whose fault|(?:my|his|her|their|your|our)(?: own)? (?:fault|mistake|screw-?up|blunder)|[\\p{L}-]+['’]s fault",
      ),
      'person-focused',
      (t) =>
        !negatedBefore(s, t, 10) && !(s.question && /^(?:how|why|what)$/.test(s.tokens[0]!.lower)),
    ),
    ...matches(s, words('bears? (?:\\p{L}+ ){0,3}(?:blame|responsibility)'), 'person-focused'),
    ...matches(
      s,
      words(
        '(?:completely |entirely |partly |solely |fully )?(?:at fault|to blame(?= for|\\s*[.,;:!?]|\\s*$)|culpable)|(?:was|were|is|are) (?:solely |directly )?responsible for',
      ),
      'person-focused',
      (t) => {
        if (s.aboutBlame && !/to blame/.test(s.text)) return false;
        const before = s.text.slice(0, s.tokens[t]!.start - s.offset);
        if (
          /\b(?:search|look|looking|hunt|find|finding)\s+(?:for\s+)?who\s+(?:is|was)\s*$/i.test(
            before,
          )
        )
          return false;
        const subject = subjectOf(s.tokens, t);
        return (
          subject < 0 ||
          isPerson(s.tokens, subject) ||
          /to blame/i.test(s.text.slice(s.tokens[t]!.start - s.offset))
        );
      },
    ),
    ...matches(
      s,
      words(
        "(?:to|and|should|must|will|just|gonna|'ll|’ll) fire (?:\\p{L}+ ){0,3}(?:every|everyone|all|him|her|them|the|whoever|someone|somebody|people|staff|members?)|(?<!(?:could|might|may|would) )(?:be|get|getting|got|gets|been) (?:fired|sacked|disciplined|reprimanded|canned)|sack-?able|fire-?able|disciplinary action|(?:lose|loose|lost|losing) (?:their|his|her|your) jobs?|telling[- ]off|heads (?:will|should|must|need to) roll|held accountable|hard conversation with|asleep at the wheel|(?:was|were) a no-show|(?:needs?|deserves?) to be blamed|(?:should|must) be blamed|blame is due|falling (?:well |far )?short of what",
      ),
      'person-focused',
    ),
    ...matches(
      s,
      words(
        '(?:one|a|that|this|the) (?:person|engineer|employee|guy|man|woman|individual) made (?:a|the) mistake',
      ),
      'person-focused',
    ),
    ...matches(s, /^@[\w.-]+\s+(?:how|why)\b[^?]*\?/giu, 'person-focused'),
    ...matches(
      s,
      words(
        'blame (?:on|him|her|them)|blame the (?:engineer|operator|team|on-call|developer|intern)',
      ),
      'person-focused',
    ),
  );
  return out;
};

/** Certainty after the fact: it was obvious, they should have known, I told you so. */
const hindsight: Rule = (s) => {
  const out: Found[] = [];
  out.push(
    ...matches(
      s,
      words(
        "(?:everyone|everybody|anyone|anybody) (?:knows|knew|could see|can see)|it was (?:easy|simple) to see|easy to (?:see|spot|catch|deduce|predict)|hard (?:thing )?to miss|pretty easily|no excuse for not|(?:I )?told (?:you|ya)(?: so)?|had to know|should know better|should be common sense|common sense|(?:manifestly|painfully|glaringly|blindingly) (?:evident|obvious|clear)|sheer (?:preventab|predictab|foreseeab)ility|(?:was|were|is|been|be) (?:entirely |completely |totally |easily |so )?(?:preventable|predictable|foreseeable|avoidable)|surely (?:would|should|could) have|clearly (?:had|knew|know|should|could|ignored|missed|mistakes?|a mistake|a case|didn\\u2019t|didn't|did not)|(?:was|were) clearly (?:mistakes?|a mistake|wrong|avoidable|a case)|certainly (?:does|did|knew|knows)|(?:was|were|should have been|must have been|would have been) (?:so |completely |very |pretty |painfully |quite )?(?:obvious|evident)",
      ),
      'hindsight',
      (t) =>
        !s.aboutBlame && !negatedBefore(s, t, 3) && !/\bun(?:predictab|foreseeab)/i.test(s.text),
    ),
    ...matches(
      s,
      words('(?:should|must|ought to) know (?:better|that|they|it|this|where|how)'),
      'hindsight',
      (t) => isPerson(s.tokens, subjectOf(s.tokens, t)),
    ),
  );
  // "Clearly the disk was full": certainty about a state, not "Clearly, we have…" reporting.
  const first = s.tokens[0];
  const second = s.tokens[1];
  if (first && second && /^(?:clearly|obviously)$/.test(first.lower) && second.pos === 'DET')
    out.push({ start: first.start, end: first.end, category: 'hindsight' });
  return out;
};

/** Most specific first: an overlap goes to the first rule that found it. */
export const BLAME_RULES: Rule[] = [
  hindsight,
  counterfactualModal,
  minimising,
  omission,
  humanError,
  singleCause,
  personFocused,
  judgmental,
];

export function aboutBlame(text: string): boolean {
  return ABOUT_BLAME.test(text);
}
