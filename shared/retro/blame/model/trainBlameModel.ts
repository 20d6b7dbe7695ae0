import { MODEL_CATEGORIES, softmax, type BlameModel, type ModelClass } from './blameModel';

export interface TrainingExample {
  features: readonly string[];
  label: ModelClass;
}

export interface TrainingOptions {
  /** Passes over the whole set (full-batch: the result does not depend on example order). */
  epochs: number;
  /** L2 penalty per weight. */
  l2: number;
  learningRate: number;
  /** Features seen in fewer sentences than this are dropped (rare spellings overfit). */
  minCount: number;
  threshold: number;
  veto: number;
  /** 0: classes weigh as often as they occur; 1: every class weighs the same in the loss. */
  balance: number;
  /** Decimal places kept in the shipped weights. */
  precision: number;
  /** Features whose largest weight is smaller than this are left out of the file. */
  keepAbove: number;
}

export const TRAINING: TrainingOptions = {
  epochs: 100,
  l2: 0.02,
  learningRate: 0.5,
  minCount: 2,
  // Chosen by grouped cross-validation: the model adds only findings it is sure of, and never
  // overrules a rule (vetoing cost more true findings than false alarms on every setting tried).
  threshold: 0.97,
  veto: 0,
  balance: 1,
  precision: 2,
  keepAbove: 0.1,
};

interface Row {
  ids: Int32Array;
  label: number;
}

/**
 * A multinomial logistic regression fitted by full-batch AdaGrad. No randomness and a fixed order
 * of sums, so the same corpus gives the same weights on any machine (a test checks the shipped
 * file against a fresh run).
 */
function fit(rows: readonly Row[], features: number, k: number, o: TrainingOptions): Float64Array {
  // Rare classes weigh more in the loss, so the few blaming sentences are not drowned out.
  const perClass = new Array<number>(k).fill(0);
  for (const r of rows) perClass[r.label]! += 1;
  const present = perClass.filter((n) => n > 0).length;
  const classWeight = perClass.map((n) =>
    n === 0 ? 0 : (rows.length / (present * n)) ** o.balance,
  );
  const w = new Float64Array(features * k);
  const g2 = new Float64Array(features * k);
  const grad = new Float64Array(features * k);
  const scores = new Array<number>(k);
  for (let epoch = 0; epoch < o.epochs; epoch += 1) {
    grad.fill(0);
    for (const r of rows) {
      scores.fill(0);
      for (const id of r.ids) for (let c = 0; c < k; c += 1) scores[c]! += w[id * k + c]!;
      const p = softmax(scores);
      const cw = classWeight[r.label]!;
      for (let c = 0; c < k; c += 1) {
        const d = cw * (p[c]! - (c === r.label ? 1 : 0));
        if (d === 0) continue;
        for (const id of r.ids) grad[id * k + c]! += d;
      }
    }
    for (let j = 0; j < w.length; j += 1) {
      const g = grad[j]! / Math.max(1, rows.length) + o.l2 * w[j]!;
      g2[j]! += g * g;
      w[j]! -= (o.learningRate * g) / (Math.sqrt(g2[j]!) + 1e-8);
    }
  }
  return w;
}

/** Trains the detector on every sentence and the category model on the blaming ones. */
export function trainBlameModel(
  examples: readonly TrainingExample[],
  options: TrainingOptions = TRAINING,
): BlameModel {
  const counts = new Map<string, number>();
  for (const e of examples)
    for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= options.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const idsOf = (e: TrainingExample) =>
    Int32Array.from(
      new Set(e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined)),
    );
  const all = examples.map((e) => ({ ids: idsOf(e), label: e.label === 'none' ? 0 : 1 }));
  const blaming = examples
    .filter((e) => e.label !== 'none')
    .map((e) => ({
      ids: idsOf(e),
      label: MODEL_CATEGORIES.indexOf(e.label as (typeof MODEL_CATEGORIES)[number]),
    }));
  const detector = fit(all, names.length, 2, options);
  const k = MODEL_CATEGORIES.length;
  const categories = fit(blaming, names.length, k, options);

  const scale = 10 ** options.precision;
  const round = (v: number) => Math.round(v * scale) / scale + 0;
  const detect: Record<string, number> = {};
  const category: Record<string, number[]> = {};
  names.forEach((f, i) => {
    // Two classes: the difference of their weights is the logistic weight.
    const d = round(detector[i * 2 + 1]! - detector[i * 2]!);
    // A feature that barely moves the verdict costs file size and explains nothing.
    if (Math.abs(d) >= options.keepAbove) detect[f] = d;
    const row = Array.from(categories.subarray(i * k, i * k + k), round);
    if (row.some((v) => Math.abs(v) >= options.keepAbove)) category[f] = row;
  });
  return {
    version: 2,
    categories: MODEL_CATEGORIES,
    threshold: options.threshold,
    veto: options.veto,
    detect,
    category,
  };
}
