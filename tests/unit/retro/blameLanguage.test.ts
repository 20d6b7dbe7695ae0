import { describe, expect, it } from 'vitest';
import { installWinkTagger } from '../../../shared/retro/blame/nodeWinkTagger';

installWinkTagger();
import { findBlameLanguage, type BlameCategory } from '../../../shared/retro/blameLanguage';

/** Sentences a facilitator would want flagged, with the category each must be flagged as. */
const FLAGGED: [string, BlameCategory][] = [
  ['Who restarted the pool?', 'person-focused'],
  ['The graph spiked. Who rolled it out?', 'person-focused'],
  ['The engineer should have checked the config before deploying.', 'counterfactual'],
  ['They could have rolled back sooner.', 'counterfactual'],
  ['A second reviewer would have caught the typo.', 'counterfactual'],
  ['If only the canary had run longer.', 'counterfactual'],
  ['Had they looked at the dashboard, the outage would be shorter.', 'counterfactual'],
  ['The on-call failed to notice the alert.', 'counterfactual'],
  ['She neglected to update the runbook.', 'counterfactual'],
  ['He forgot to drain the node first.', 'counterfactual'],
  ['The operator did not verify the backup.', 'counterfactual'],
  ["The team didn't read the release notes.", 'counterfactual'],
  ["We should've tested the migration on staging.", 'counterfactual'],
  ["They shouldn't have deployed on a Friday.", 'counterfactual'],
  ['The SRE did not escalate to the database team.', 'counterfactual'],
  ['The change was careless.', 'judgmental'],
  ['A sloppy merge broke the build.', 'judgmental'],
  ['This was negligent handling of credentials.', 'judgmental'],
  ['The rollout was mismanaged from the start.', 'judgmental'],
  ['Running the script in production was inappropriate.', 'judgmental'],
  ['A reckless force-push wiped the branch.', 'judgmental'],
  ['Skipping the checklist was lazy.', 'judgmental'],
  ['An incompetent review let it through.', 'judgmental'],
  // Hindsight, as the development set's labelling rules class “it was obvious”.
  ['The fix was obvious.', 'hindsight'],
  ['They simply ignored the warning.', 'judgmental'],
  ['The engineer just had to restart the pod.', 'judgmental'],
  ['All they needed was care; they only needed to read the banner.', 'judgmental'],
  ['The root cause was human error.', 'single-cause'],
  ['This incident was caused by human error.', 'human-error'],
  ['Operator error led to the data loss.', 'human-error'],
  ['It was a simple user error.', 'human-error'],
  ['The report blames a lack of attention during the handover.', 'human-error'],
  ['The pilot error happened at 3 a.m.', 'human-error'],
  ['He lost situational awareness during the failover.', 'human-error'],
  ['We found the root cause in the load balancer.', 'single-cause'],
  ['The cause was a bad certificate.', 'single-cause'],
  ['The outage was caused by the engineer on duty.', 'single-cause'],
  ['We ran a five whys session.', 'single-cause'],
  ['Who pushed the change to production?', 'person-focused'],
  ['Who approved this pull request?', 'person-focused'],
  ['We need to know whose fault this was.', 'person-focused'],
  ['Clearly the disk was full.', 'hindsight'],
  ['Obviously the cache was stale.', 'hindsight'],
  ['Everyone knows you never restart the primary.', 'hindsight'],
  ['It was easy to see the queue was backing up.', 'hindsight'],
  ['The team should have known the quota was low.', 'hindsight'],
];

/** Sentences that must not be flagged: the checker must not cry wolf. */
const CLEAN = [
  'The team who handled the call kept notes.',
  'Support, who noticed the tickets first, paged us.',
  'The alert should page the on-call engineer.',
  'The runbook should have a section on failover.',
  'Dashboards should have a latency panel for checkout.',
  'The deploy job failed to start because the runner was offline.',
  'The alert did not fire because the threshold was 100%.',
  'The canary did not catch the regression at 1% traffic.',
  'What made rolling back look risky at the time?',
  'How did the change reach production without a canary?',
  'At 10:42 the on-call restarted the connection pool.',
  'The incident commander said "we should have paged earlier" during the call.',
  'In her account she wrote: “that was careless of me”.',
  'The lazyloader module renders the images.',
  'The rootcausefinder service is an internal tool.',
  'Care-check is the name of our lint rule.',
  'Contributing factors included alert fatigue and an unclear runbook.',
  'The team will add a check to the pipeline.',
  'We will make the failover runbook the default page.',
  'The queue grew for 20 minutes before the first alert.',
  'The database had no free connections at 10:40.',
  'Traffic was too high for one replica.',
  'The certificate expired at midnight UTC.',
  'Several factors combined: a config change, missing alerts and a holiday weekend.',
  'The engineer checked the dashboard, which showed green.',
  'The error budget was already 60% spent.',
  'What did the on-call know when the first page arrived?',
  'Which signals competed for attention during the failover?',
  'The migration script had no dry-run mode.',
  'Customers saw errors on checkout for 14 minutes.',
  'The status page was updated at 10:55.',
  'We found three contributing factors in the load balancer setup.',
  'The root volume filled up with logs.',
  'An error in the retry logic doubled the load.',
  'The new hire followed the runbook step by step.',
  'Nobody on the rota had seen this failure mode before.',
  'The build was green just before the release.',
  'Just after midnight the replica lagged by 40 seconds.',
  'The team had to choose between two risky options.',
  'The rota lists the payments team as on call next week.',
  'The monitor could have a lower threshold in the future.',
  'Retries would have a jittered backoff after the fix.',
  'The vendor outage caused a cascade of timeouts.',
  'A human reviewer approved the change after tests passed.',
  'Our user-error page now explains the timeout.',
];

describe('blame-language checker', () => {
  it.each(FLAGGED)('flags: %s', (sentence, category) => {
    const findings = findBlameLanguage(sentence);
    expect(findings.map((f) => f.category)).toContain(category);
    for (const finding of findings) {
      expect(sentence.slice(finding.start, finding.end)).toBe(finding.phrase);
      expect(finding.why.length).toBeGreaterThan(20);
      expect(finding.askInstead).toMatch(/\?$/);
    }
  });

  it.each(CLEAN)('does not cry wolf: %s', (sentence) => {
    expect(findBlameLanguage(sentence)).toEqual([]);
  });

  it('has at least 40 sentences each way', () => {
    expect(FLAGGED.length).toBeGreaterThanOrEqual(40);
    expect(CLEAN.length).toBeGreaterThanOrEqual(40);
  });

  it('finds the issue’s example and names the phrase', () => {
    expect(findBlameLanguage('the engineer should have checked')).toEqual([
      expect.objectContaining({
        phrase: 'should have checked',
        category: 'counterfactual',
        start: 13,
      }),
    ]);
  });
});
