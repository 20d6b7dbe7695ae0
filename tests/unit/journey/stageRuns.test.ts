import { describe, expect, it } from 'vitest';
import { stageRuns } from '../../../shared/journey/stageRuns';

const steps = (...stages: string[]) => stages.map((stage) => ({ stage }));

describe('stage runs over a journey', () => {
  it('groups consecutive steps of one stage, whatever the case or spacing', () => {
    expect(stageRuns(steps('Discover', 'discover ', 'Buy', 'Buy', 'Buy', 'After'))).toEqual([
      { stage: 'Discover', first: 0, count: 2 },
      { stage: 'Buy', first: 2, count: 3 },
      { stage: 'After', first: 5, count: 1 },
    ]);
  });

  it('keeps steps without a stage as their own runs, and a stage that comes back as a new run', () => {
    expect(stageRuns(steps('', '', 'Buy', 'After', 'Buy'))).toEqual([
      { stage: '', first: 0, count: 2 },
      { stage: 'Buy', first: 2, count: 1 },
      { stage: 'After', first: 3, count: 1 },
      { stage: 'Buy', first: 4, count: 1 },
    ]);
  });

  it('covers every step exactly once', () => {
    const stages = steps('a', 'b', 'b', '', 'c', 'c', 'a');
    const runs = stageRuns(stages);
    expect(runs.reduce((n, r) => n + r.count, 0)).toBe(stages.length);
    runs.slice(1).forEach((r, i) => expect(r.first).toBe(runs[i]!.first + runs[i]!.count));
    expect(stageRuns([])).toEqual([]);
  });
});
