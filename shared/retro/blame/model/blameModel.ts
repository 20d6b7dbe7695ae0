import type { BlameCategory } from '../../blameLanguage';
import type { Feature } from './blameFeatures';

/** The classes the model tells apart: silent, or one of the six blame categories. */
export const MODEL_CLASSES = [
  'none',
  'counterfactual',
  'judgmental',
  'human-error',
  'single-cause',
  'person-focused',
  'hindsight',
] as const;
export type ModelClass = (typeof MODEL_CLASSES)[number];

/**
 * A multinomial logistic regression over sentence features, as shipped in blameModel.json:
 * one weight per class for each feature kept. Weights are rounded so the file stays small and
 * the same on every machine.
 */
export interface BlameModel {
  version: 1;
  classes: readonly ModelClass[];
  /** The model flags a sentence the rules missed when the blame classes together reach this. */
  threshold: number;
  /** A rule's finding is dropped when the blame classes together stay below this. */
  veto: number;
  weights: Record<string, number[]>;
}

export interface Prediction {
  /** Probability that the sentence carries blame language (all classes but "none"). */
  flag: number;
  /** The most likely blame category. */
  category: BlameCategory;
  /** The feature that pushed most toward that category, to name the words of a finding. */
  strongest: Feature | null;
}

export function predict(model: BlameModel, features: readonly Feature[]): Prediction {
  const k = model.classes.length;
  const scores = new Array<number>(k).fill(0);
  for (const f of features) {
    const w = model.weights[f.name];
    if (!w) continue;
    for (let c = 0; c < k; c += 1) scores[c]! += w[c]!;
  }
  const probs = softmax(scores);
  let best = 1;
  for (let c = 2; c < k; c += 1) if (probs[c]! > probs[best]!) best = c;
  let strongest: Feature | null = null;
  let push = 0;
  for (const f of features) {
    const w = model.weights[f.name];
    if (!w || f.from < 0) continue;
    // How much this feature favours the category over staying silent.
    const margin = w[best]! - w[0]!;
    if (margin > push) {
      push = margin;
      strongest = f;
    }
  }
  return {
    flag: 1 - probs[0]!,
    category: model.classes[best] as BlameCategory,
    strongest,
  };
}

export function softmax(scores: readonly number[]): number[] {
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

let shipped: BlameModel | null = null;

/** Installs the learned model (the app loads it with the tagger; tests and the CLI at once). */
export function setBlameModel(next: BlameModel | null): void {
  shipped = next;
}

export function blameModel(): BlameModel | null {
  return shipped;
}
