/** A stage over consecutive steps of a journey, as a map draws it above them. */
export interface StageRun {
  /** The stage's name; empty where the steps have none. */
  stage: string;
  /** Index of the run's first step in the ordered steps. */
  first: number;
  /** How many steps in a row share the stage. */
  count: number;
}

/**
 * Groups ordered steps into runs of the same stage. A stage that comes back after another one
 * is a new run: the map shows the journey as it is, not as it should be.
 */
export function stageRuns(steps: readonly { stage: string }[]): StageRun[] {
  const runs: StageRun[] = [];
  steps.forEach((step, index) => {
    const stage = step.stage.trim();
    const last = runs[runs.length - 1];
    if (last && last.stage.toLowerCase() === stage.toLowerCase()) last.count += 1;
    else runs.push({ stage, first: index, count: 1 });
  });
  return runs;
}
