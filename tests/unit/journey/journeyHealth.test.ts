import { describe, expect, it } from 'vitest';
import type { PainPoint } from '../../../shared/domain/journey';
import { pain, step } from './fixtures';
import { journeyHealth } from '../../../shared/journey/journeyHealth';

const painOf = (stepId: string, severity: PainPoint['severity']) =>
  pain(`${stepId}-${severity}`, stepId, { severity });
const steps = [step('browse', 0), step('pay', 1)];

describe('journey health roll-up', () => {
  it('has no data before any pain or SLO figures', () => {
    expect(journeyHealth([], [], []).status).toBe('no data');
    expect(journeyHealth(steps, [], []).status).toBe('no data');
  });

  it('is hurting when a critical pain has no SLO watching, or an SLO has spent its budget', () => {
    expect(journeyHealth(steps, [painOf('pay', 'critical')], []).status).toBe('hurting');
    const spent = journeyHealth(steps, [], [{ stepId: 'pay', budgetRemaining: -0.4 }]);
    expect(spent).toMatchObject({
      status: 'hurting',
      slosOverBudget: 1,
      worstBudgetRemaining: -0.4,
    });
  });

  it('is at risk when a painful step has no SLO, or a budget is nearly spent', () => {
    expect(journeyHealth(steps, [painOf('pay', 'high')], []).status).toBe('at risk');
    expect(
      journeyHealth(steps, [painOf('pay', 'high')], [{ stepId: 'pay', budgetRemaining: 0.2 }])
        .status,
    ).toBe('at risk');
  });

  it('is healthy when every painful step is measured and the budgets hold', () => {
    const health = journeyHealth(
      steps,
      [painOf('pay', 'critical')],
      [
        { stepId: 'pay', budgetRemaining: 0.8 },
        { stepId: null, budgetRemaining: -1 },
        { stepId: 'elsewhere', budgetRemaining: -1 },
      ],
    );
    expect(health).toMatchObject({
      status: 'healthy',
      slos: 1,
      painfulStepsWithoutSlo: 0,
      painScore: 15,
    });
    expect(health.summary).toBe('1 pain point on 1 step · 1 SLO');
  });
});
