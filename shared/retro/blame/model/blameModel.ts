import type { BlameCategory } from '../../blameLanguage';
import type { Feature } from './blameFeatures';

/** The six blame categories, in the order of the category weights. */
export const MODEL_CATEGORIES = [
  'counterfactual',
  'judgmental',
  'human-error',
  'single-cause',
  'person-focused',
  'hindsight',
] as const satisfies readonly BlameCategory[];
export type ModelClass = 'none' | BlameCategory;

/**
 * Two linear models over sentence features, as shipped in blameModel.json: a logistic regression
 * that tells blame from the rest (one weight per feature), and a multinomial one that names the
 * category of a sentence that blames (one weight per category). Telling blame apart is learned
 * from every blaming sentence at once, which a corpus of a few hundred of them needs.
 */
export interface BlameModel {
  version: 2;
  categories: readonly BlameCategory[];
  /** The model flags a sentence the rules missed when its probability of blame reaches this. */
  threshold: number;
  /** A rule's finding is dropped when the sentence's probability of blame stays below this. */
  veto: number;
  detect: Record<string, number>;
  category: Record<string, number[]>;
}

export interface Prediction {
  /** Probability that the sentence carries blame language. */
  flag: number;
  /** The most likely blame category. */
  category: BlameCategory;
  /** The feature (with its words) that pushed most toward blame, to name a finding's words. */
  strongest: Feature | null;
}

export function predict(model: BlameModel, features: readonly Feature[]): Prediction {
  let score = 0;
  const k = model.categories.length;
  const scores = new Array<number>(k).fill(0);
  let strongest: Feature | null = null;
  let push = 0;
  for (const f of features) {
    const d = model.detect[f.name];
    if (d !== undefined) {
      score += d;
      if (f.from >= 0 && d > push) {
        push = d;
        strongest = f;
      }
    }
    const w = model.category[f.name];
    if (w) for (let c = 0; c < k; c += 1) scores[c]! += w[c]!;
  }
  let best = 0;
  for (let c = 1; c < k; c += 1) if (scores[c]! > scores[best]!) best = c;
  return { flag: 1 / (1 + Math.exp(-score)), category: model.categories[best]!, strongest };
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
