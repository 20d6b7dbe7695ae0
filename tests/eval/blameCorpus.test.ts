import { describe, expect, it } from 'vitest';
import { setBlameTagger } from '../../shared/retro/blame/blameTokens';
import { installWinkTagger } from '../../shared/retro/blame/nodeWinkTagger';
import { blameCorpusPath, describeScore, readBlameCorpus, scoreBlameChecker } from './blameCorpus';

const file = blameCorpusPath();
if (!file)
  console.warn('SKIPPED: no ../shared/corpus/blame/dev-sentences.tsv here (set SLO_CORPUS_DIR).');

describe.skipIf(!file)('the blame checker on real postmortem prose (development set)', () => {
  it('keeps precision at 0.9 or more and recall at 0.8 or more', () => {
    const rows = readBlameCorpus(file!);
    expect(rows.length, 'the development set has its 420 sentences').toBeGreaterThan(400);
    const score = scoreBlameChecker(rows);
    console.log(`Blame checker on ${rows.length} labelled sentences:\n${describeScore(score)}`);
    // BLAME_EVAL_DETAIL=1 prints the sentences behind the numbers, for tuning by hand.
    if (process.env['BLAME_EVAL_DETAIL']) {
      for (const m of score.misses) console.log(`MISS [${m.category}] ${m.sentence}`);
      for (const a of score.falseAlarms)
        console.log(`ALARM [${a.category}] {${a.phrases.join(' | ')}} ${a.sentence}`);
    }
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
    // 420 sentences through the tagger, rules and model: seconds on a busy machine.
  }, 30_000);

  it('still holds up with the plain tokenizer that stands in while the model loads', () => {
    setBlameTagger(null);
    try {
      const score = scoreBlameChecker(readBlameCorpus(file!));
      console.log(`Blame checker with the stand-in tokenizer:\n${describeScore(score)}`);
      expect(score.precision).toBeGreaterThanOrEqual(0.9);
      expect(score.recall).toBeGreaterThanOrEqual(0.75);
    } finally {
      installWinkTagger();
    }
  }, 30_000);
});
