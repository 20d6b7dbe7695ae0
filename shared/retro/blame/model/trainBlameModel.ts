import { MODEL_CLASSES, softmax, type BlameModel, type ModelClass } from './blameModel';

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
  l2: 0.002,
  learningRate: 0.5,
  minCount: 2,
  threshold: 0.9,
  veto: 0,
  balance: 0.5,
  precision: 2,
  keepAbove: 0.05,
};

/**
 * Fits a multinomial logistic regression by full-batch AdaGrad. No randomness and a fixed order
 * of sums, so the same corpus gives the same weights on any machine (a test checks the shipped
 * file against a fresh run).
 */
export function trainBlameModel(
  examples: readonly TrainingExample[],
  options: TrainingOptions = TRAINING,
): BlameModel {
  const k = MODEL_CLASSES.length;
  const counts = new Map<string, number>();
  for (const e of examples)
    for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const names = [...counts]
    .filter(([, n]) => n >= options.minCount)
    .map(([f]) => f)
    .sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => ({
    ids: Int32Array.from(
      new Set(e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined)),
    ),
    label: MODEL_CLASSES.indexOf(e.label),
  }));
  // Rare classes weigh more in the loss, so six kinds of blame are not drowned by the silent.
  const perClass = new Array<number>(k).fill(0);
  for (const r of rows) perClass[r.label]! += 1;
  const present = perClass.filter((n) => n > 0).length;
  const classWeight = perClass.map((n) =>
    n === 0 ? 0 : (rows.length / (present * n)) ** options.balance,
  );

  const w = new Float64Array(names.length * k);
  const g2 = new Float64Array(names.length * k);
  const grad = new Float64Array(names.length * k);
  const scores = new Array<number>(k);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
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
      const g = grad[j]! / rows.length + options.l2 * w[j]!;
      g2[j]! += g * g;
      w[j]! -= (options.learningRate * g) / (Math.sqrt(g2[j]!) + 1e-8);
    }
  }
  const scale = 10 ** options.precision;
  const weights: Record<string, number[]> = {};
  names.forEach((f, i) => {
    const row = Array.from(w.subarray(i * k, i * k + k), (v) => Math.round(v * scale) / scale);
    // A feature that barely moves any class costs file size and explains nothing.
    if (row.some((v) => Math.abs(v) >= options.keepAbove)) weights[f] = row.map((v) => v + 0);
  });
  return {
    version: 1,
    classes: MODEL_CLASSES,
    threshold: options.threshold,
    veto: options.veto,
    weights,
  };
}
