/** Who can be blamed: people, roles, teams and organisations, singular or plural. */
export const PERSON_NOUNS = new Set(
  (
    'engineer developer dev programmer coder admin administrator sysadmin operator intern contractor ' +
    'employee staff staffer worker technician tech team crew squad people person someone somebody ' +
    'anyone anybody everyone everybody nobody individual guy man woman associate colleague coworker ' +
    'author committer reviewer approver lead manager management leadership executive exec board ' +
    'ceo cto cio coo cso ciso vp director boss owner founder oncall on-call sre ops devops dba ' +
    'architect analyst officer official human driver pilot controller dispatcher crewmember ' +
    'company organisation organization org firm bank vendor provider supplier partner customer ' +
    'client user agency department group department'
  ).split(' '),
);

/** Pronouns that stand for people. */
export const PERSON_PRONOUNS = new Set(
  'i we you he she they me us him her them who whoever someone somebody anyone anybody everyone everybody nobody one'.split(
    ' ',
  ),
);

/** Pronouns that stand for things: a relative “that” or “which”, “it”, “this”. */
export const THING_PRONOUNS = new Set(['it', 'this', 'that', 'which', 'these', 'those', 'what']);

export const NEGATIONS = new Set([
  'not',
  "n't",
  'n’t',
  'never',
  'no',
  'none',
  'neither',
  'nor',
  'without',
]);

/**
 * Words that show a sentence is about blame rather than blaming: it describes, argues about or
 * rejects a way of judging (“Saying what people should have done doesn't explain…”).
 */
export const ABOUT_BLAME =
  /\b(?:blam(?:e|ed|ing)|scapegoat\w*|bad apples?|retribution|punish\w*|accountab\w+|attribut(?:e|ion)|blameless|mindset|theory|labels?|labell?ing|hindsight bias|just culture|safety culture|in hindsight|retrospective fact)\b/i;

/** Things a person does with care; failing to do them is a counterfactual about a person. */
export const DILIGENCE =
  /^(?:check|verify|test|notice|follow|read|review|escalate|validate|confirm|realize|realise|consider|ask|think|bother|pay|look|heed|understand|account|back|backup|install|apply|update|monitor|communicate|inform|notify|tell|warn|prepare|plan|fund|challenge|remove|reactivate|restore|document|investigate|respond|act|take|transmit|set|use|double-check|catch|see|spot|learn|listen|care|try)$/;

/** A slip by a person, named as what brought a system down. */
export const SLIP =
  /\b(?:mistakes?|typos?|slip(?:-?ups?)?|oversights?|missteps?|fat[- ]?finger(?:ed)?|blunders?|wrong (?:command|plug|cable|button|key|server|switch|file|box|database|cluster|region)|bad (?:command|line of code|keystroke))\b/i;

/** Verbs that make their subject the cause of an outage. */
export const CAUSE_VERBS =
  /^(?:caused|causes|brought|brings|took|takes|toppled|crashed|knocked|broke|breaks|triggered|led|resulted|disabled|deleted|wiped)$/;
