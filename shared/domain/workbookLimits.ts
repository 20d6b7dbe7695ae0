/**
 * How many records of each kind one workbook may hold. The workbook file refuses more, so every
 * write that adds records checks the same numbers: whatever the app stores, it can export and
 * import again (a backup the app itself refuses is no backup).
 */
export const WORKBOOK_LIMITS = {
  slos: 10_000,
  sliData: 1_000_000,
  accounts: 100_000,
  journeys: 10_000,
  journeySteps: 1_000_000,
  painPoints: 10_000_000,
  retros: 10_000,
  timelineEvents: 1_000_000,
  participantAccounts: 100_000,
  contributingFactors: 100_000,
  actionItems: 100_000,
  reviewSessions: 100_000,
} as const;

export type LimitedKind = keyof typeof WORKBOOK_LIMITS;

const KIND_WORDS: Record<LimitedKind, string> = {
  slos: 'SLOs',
  sliData: 'days of SLI data',
  accounts: 'customer accounts',
  journeys: 'journeys',
  journeySteps: 'journey steps',
  painPoints: 'pain points',
  retros: 'retrospectives',
  timelineEvents: 'timeline events',
  participantAccounts: 'narratives',
  contributingFactors: 'contributing factors',
  actionItems: 'action items',
  reviewSessions: 'review sessions',
};

const count = (n: number) => n.toLocaleString('en-US');

/**
 * What is wrong when a workbook would hold `total` records of a kind, in words; null when it fits.
 * `before` is what it held before the write, so the person sees how much the write added.
 */
export function overLimitProblem(
  kind: LimitedKind,
  limit: number,
  before: number,
  total: number,
): string | null {
  if (total <= limit) return null;
  const words = KIND_WORDS[kind];
  return (
    `A workbook holds at most ${count(limit)} ${words}; this one has ${count(before)} and this ` +
    `would make it ${count(total)}, which its own file could not hold. Nothing was changed: ` +
    `bring in ${count(Math.max(0, limit - before))} or fewer, or split them across workbooks.`
  );
}
