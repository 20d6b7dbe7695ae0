/** The words the app uses, one meaning each, as a person new to it would ask for them. */
const TERMS: [term: string, meaning: string][] = [
  [
    'Journey',
    'Something a customer sets out to do with the product (sign up, check out), mapped as steps.',
  ],
  ['Step', 'One stage of a journey, where a customer can succeed, wait or fail.'],
  [
    'Pain point',
    'What a customer told a CSM hurt on a step: their words, the accounts, how bad, how often.',
  ],
  [
    'Customer impact',
    'A pain point’s weight: severity × accounts affected × how often. A step’s is the sum of its pain points’.',
  ],
  [
    'Customer account',
    'A customer organisation the workbook knows, named on the pain points it reported, with its annual revenue (ARR), renewal date and CSM owner.',
  ],
  [
    'Revenue at risk',
    'The ARR of the distinct accounts with pain on a step, a journey, an SLO’s step or an incident; each account counts once, and currencies are never added together.',
  ],
  [
    'Hears the customer',
    'Whether an SLO’s bad days match the days customers complained: pain heard while it stayed within budget, or budget burnt with no one complaining, says it may measure the wrong thing.',
  ],
  [
    'SLI',
    'Service level indicator: the share of good events (or good minutes) a measurement counts.',
  ],
  ['SLO', 'Service level objective: the SLI’s target over a window, e.g. 99.9% over 30 days.'],
  [
    'Error budget',
    'What the target allows to go wrong in a window: 0.1% of events, or 43.2 minutes in 30 days at 99.9%.',
  ],
  [
    'Burn rate',
    'How fast the budget is spent: 1 spends it exactly over the window, 14.4 in about two days.',
  ],
  [
    'Retrospective',
    'A blameless review of an incident: what happened, how it made sense at the time, what we change.',
  ],
  [
    'Participant’s narrative',
    'One participant’s own account of the incident, by role: what they saw, knew and did. Customer accounts are a different thing.',
  ],
  [
    'Contributing factor',
    'One condition among several that made the incident possible; never a single root cause.',
  ],
  [
    'Review session',
    'A timeboxed meeting on the retrospective, with soak time after it for ideas to settle.',
  ],
  ['Action item', 'A change someone owns, with a due date, that protects a journey or an SLO.'],
];

export function Glossary() {
  return (
    <dl className="glossary" aria-label="Glossary">
      {TERMS.map(([term, meaning]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{meaning}</dd>
        </div>
      ))}
    </dl>
  );
}
