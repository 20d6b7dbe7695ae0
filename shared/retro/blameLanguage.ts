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

/** Past participles after "should/could/would have" that judge a past action. */
const PARTICIPLE =
  '(?:[a-z]+(?:ed|en|wn)|been|done|seen|known|caught|gone|made|run|sent|spotted|read|built|set|put|got|gotten|kept|told|thought|brought|bought|held|left|lost|meant|paid|said|sold|sat|stood|understood|won|hit|shut|split|spread|let|dug|fought|found|ground|hung|led|met|shot|slid|spun|stuck|struck|swung|taught|wound|rolled back)';

const DILIGENCE =
  '(?:check|verify|test|notice|follow|read|review|escalate|validate|confirm|realize|realise|consider|ask|double-check|think|bother|pay attention|look at|heed)';

const PERSON =
  '(?:the |an |a |our |their )?(?:engineer|operator|developer|dev|on-call|oncall|on call|admin|administrator|intern|contractor|someone|somebody|he|she|him|her|they|them|human|person|employee|new hire|sre)';

interface Rule {
  category: BlameCategory;
  pattern: RegExp;
}

const rule = (category: BlameCategory, source: string): Rule => ({
  category,
  pattern: new RegExp(source, 'giu'),
});

// Word edges that treat letters, digits and apostrophes as inside a word.
const B = "(?<![\\p{L}\\p{N}'’])";
const E = '(?![\\p{L}\\p{N}])';

const RULES: Rule[] = [
  rule('hindsight', `${B}should(?:n['’]t)? have (?:known|seen it coming|been obvious)${E}`),
  rule('counterfactual', `${B}(?:should|could|would)(?:n['’]t| not)? have ${PARTICIPLE}${E}`),
  rule('counterfactual', `${B}(?:should|could|would)(?:n['’]t)?['’]ve ${PARTICIPLE}${E}`),
  rule('counterfactual', `${B}if only${E}`),
  rule(
    'counterfactual',
    `${B}had (?:they|he|she|we|I|the (?:engineer|operator|team|on-call))${E}(?! (?:to|no)${E})`,
  ),
  rule('counterfactual', `${B}(?:neglected|forgot) to${E}`),
  // "failed to" judges only when the missing act is a person's diligence: jobs fail to start.
  rule('counterfactual', `${B}failed to ${DILIGENCE}${E}`),
  rule('counterfactual', `${B}(?:did not|didn['’]t) ${DILIGENCE}${E}`),
  rule(
    'judgmental',
    `${B}(?:careless(?:ly|ness)?|sloppy|sloppiness|negligen(?:t|tly|ce)|mismanag(?:ed|ement)|inappropriate(?:ly)?|reckless(?:ly|ness)?|lazy|laziness|incompeten(?:t|ce)|obvious|stupid|dumb|foolish|irresponsibl[ey])${E}`,
  ),
  rule('judgmental', `${B}simply${E}`),
  rule('judgmental', `${B}(?:just|only) (?:had|needed|have|need|has|needs) to${E}`),
  rule(
    'human-error',
    `${B}(?:human|operator|user|pilot|engineer|manual) error${E}|${B}lack of (?:attention|care|diligence)${E}|${B}(?:lost|loss of) situational awareness${E}|${B}inattention${E}`,
  ),
  rule('single-cause', `${B}(?:the )?root[- ]causes?${E}|${B}(?:five|5) whys${E}`),
  rule(
    'single-cause',
    `${B}the (?:sole |real |true |main |only )?cause (?:was|of (?:the|this) (?:incident|outage|failure))${E}`,
  ),
  rule('single-cause', `${B}caused by ${PERSON}${E}`),
  rule(
    'person-focused',
    `${B}who (?:pushed|approved|deployed|merged|broke|caused|did|made|ran|changed|forgot|missed|signed off|is responsible|was responsible|should|let)${E}`,
  ),
  // A question opening with "who" and a past-tense verb ("Who restarted the pool?") asks for a
  // person; mid-sentence "who" is usually a relative clause ("the team who handled it").
  rule('person-focused', `(?:^|(?<=[.!?:;]\\s{1,3}))[Ww]ho \\p{L}+ed${E}`),
  rule(
    'person-focused',
    `${B}(?:whose fault|to blame|is at fault|was at fault|blame (?:on|the|him|her|them))${E}`,
  ),
  rule(
    'hindsight',
    `${B}(?:clearly|obviously|everyone knows|anyone could see|it was easy to see|it was obvious)${E}`,
  ),
];

/** Ranges of quoted speech ("…", “…”), which report what someone said rather than judge. */
function quotedRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pattern = /"[^"\n]*"|“[^”\n]*”|«[^»\n]*»/g;
  for (let m = pattern.exec(text); m; m = pattern.exec(text))
    ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

export function findBlameLanguage(text: string): BlameFinding[] {
  const quoted = quotedRanges(text);
  const inQuote = (start: number, end: number) => quoted.some(([a, b]) => start >= a && end <= b);
  const findings: BlameFinding[] = [];
  for (const { category, pattern } of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (inQuote(start, end)) continue;
      // One finding per place: the first rule (most specific) wins an overlap.
      if (findings.some((f) => start < f.end && end > f.start)) continue;
      findings.push({
        phrase: m[0],
        start,
        end,
        category,
        why: WHY[category],
        askInstead: ASK[category],
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}
