import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCorpus, trainOnCorpus } from '../../shared/retro/blame/model/blameCorpusModel';
import type { BlameModel } from '../../shared/retro/blame/model/blameModel';
import { installWinkTagger } from '../../shared/retro/blame/nodeWinkTagger';

// From the repository's root, where npm scripts and vitest run (the script runs bundled).
export const CORPUS_FILE = resolve('tests/fixtures/blame-corpus/sentences.tsv');
export const MODEL_FILE = resolve('shared/retro/blame/model/blameModel.json');

/**
 * The model `npm run train:blame` ships: trained on the whole committed corpus, read by the
 * rules alone (no earlier model in the loop), so the same corpus always gives the same file.
 */
export function trainShippedModel(): BlameModel {
  installWinkTagger();
  return trainOnCorpus(parseCorpus(readFileSync(CORPUS_FILE, 'utf8')));
}

/** The file as written: one feature a line, so a retrained model diffs readably in review. */
export function modelJson(model: BlameModel): string {
  const lines = (weights: Record<string, unknown>) =>
    Object.keys(weights)
      .sort()
      .map((f) => `    ${JSON.stringify(f)}: ${JSON.stringify(weights[f])}`)
      .join(',\n');
  return (
    `{\n  "version": ${model.version},\n  "categories": ${JSON.stringify(model.categories)},\n` +
    `  "threshold": ${model.threshold},\n  "veto": ${model.veto},\n` +
    `  "detect": {\n${lines(model.detect)}\n  },\n` +
    `  "category": {\n${lines(model.category)}\n  }\n}\n`
  );
}

export function readShippedModel(): string {
  return readFileSync(MODEL_FILE, 'utf8');
}
