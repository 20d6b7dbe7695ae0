import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  analyseRows,
  crossValidate,
  describeCv,
  parseCorpus,
  scoreRules,
} from '../../shared/retro/blame/model/blameCorpusModel';
import { installWinkTagger } from '../../shared/retro/blame/nodeWinkTagger';
import { CORPUS_FILE, modelJson, readShippedModel, trainShippedModel } from './trainBlameModel';

installWinkTagger();

/** What the issue asks for on prose the checker never trained on. */
const GOAL = { precision: 0.9, recall: 0.8 };
/**
 * NOT the goal: the best grouped cross-validation figures reached so far on the committed
 * corpus, asserted so they cannot slip back unnoticed. Raise them as the corpus grows.
 */
const BEST_REACHED_SO_FAR = { precision: 0.6, recall: 0.39 };

describe('the blame checker on prose from sources it never trained on', () => {
  it('holds its precision and recall in cross-validation grouped by source', () => {
    const rows = parseCorpus(readFileSync(CORPUS_FILE, 'utf8'));
    const sources = new Set(rows.map((r) => r.source)).size;
    expect(rows.length, 'the corpus has its sentences').toBeGreaterThan(1000);
    expect(sources, 'from many distinct sources').toBeGreaterThanOrEqual(200);
    const analysed = analyseRows(rows);
    console.log(
      `The rules alone on the same sentences:\n${describeCv(scoreRules(rows, analysed))}`,
    );
    const started = performance.now();
    const score = crossValidate(rows, {}, analysed);
    console.log(
      `Rules and model, grouped 5-fold cross-validation on ${rows.length} sentences from ` +
        `${sources} sources (${Math.round(performance.now() - started)} ms):\n${describeCv(score)}\n` +
        `Goal: precision ${GOAL.precision}, recall ${GOAL.recall}: ` +
        (score.precision >= GOAL.precision && score.recall >= GOAL.recall ? 'met' : 'NOT MET'),
    );
    // BLAME_EVAL_DETAIL=1 prints the sentences behind the numbers.
    if (process.env['BLAME_EVAL_DETAIL'])
      for (const w of score.wrong)
        console.log(
          `${w.row.flag ? 'MISS' : 'ALARM'} [${w.row.category}] {${w.flagged.join(',')}} ${w.row.sentence}`,
        );
    expect(score.precision).toBeGreaterThanOrEqual(BEST_REACHED_SO_FAR.precision);
    expect(score.recall).toBeGreaterThanOrEqual(BEST_REACHED_SO_FAR.recall);
  }, 60_000);

  it('ships exactly the model that `npm run train:blame` makes from the committed corpus', () => {
    expect(readShippedModel()).toBe(modelJson(trainShippedModel()));
  }, 60_000);

  it('keeps the shipped model under 300 KB', () => {
    expect(readShippedModel().length).toBeLessThan(300 * 1024);
  });
});
