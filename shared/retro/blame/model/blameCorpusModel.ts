import { analyseSentences, decideSentence, type AnalysedSentence } from '../../blameLanguage';
import { MODEL_CATEGORIES, type BlameModel, type ModelClass } from './blameModel';
import { trainBlameModel, TRAINING, type TrainingOptions } from './trainBlameModel';
import { seeded } from '../../../seededRandom';

/** One row of the labelled corpus (tests/fixtures/blame-corpus/sentences.tsv). */
export interface CorpusRow {
  flag: boolean;
  /** A blame category as the corpus README spells it ("single cause"), or "none (<trap>)". */
  category: string;
  sentence: string;
  source: string;
}

export function parseCorpus(tsv: string): CorpusRow[] {
  return tsv
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [expected, category, sentence, source] = line.split('\t');
      return {
        flag: expected === 'flag',
        category: category ?? '',
        sentence: sentence ?? '',
        source: source ?? '',
      };
    });
}

const CORPUS_NAME: Partial<Record<ModelClass, string>> = {
  'human-error': 'human error',
  'single-cause': 'single cause',
};

export function classOf(row: CorpusRow): ModelClass {
  if (!row.flag) return 'none';
  const c = (
    row.category === 'person-focused' ? row.category : row.category.replace(/ /g, '-')
  ) as ModelClass;
  if (!(MODEL_CATEGORIES as readonly string[]).includes(c))
    throw new Error(`Unknown blame category “${row.category}”`);
  return c;
}

/** The rules and the tagger run once per row; training and testing reuse what they found. */
export function analyseRows(rows: readonly CorpusRow[]): AnalysedSentence[][] {
  return rows.map((r) => analyseSentences(r.sentence));
}

function examples(rows: readonly CorpusRow[], analysed: readonly AnalysedSentence[][]) {
  return rows.map((r, i) => ({
    features: analysed[i]!.flatMap((s) => s.features.map((f) => f.name)),
    label: classOf(r),
  }));
}

export function trainOnCorpus(
  rows: readonly CorpusRow[],
  analysed = analyseRows(rows),
  options: TrainingOptions = TRAINING,
): BlameModel {
  return trainBlameModel(examples(rows, analysed), options);
}

/** Sources dealt into folds at random (seeded): every sentence of a source lands in one fold. */
export function foldsBySource(rows: readonly CorpusRow[], folds: number, seed: number): number[] {
  const sources = [...new Set(rows.map((r) => r.source))].sort();
  const random = seeded(seed);
  for (let i = sources.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [sources[i], sources[j]] = [sources[j]!, sources[i]!];
  }
  const foldOf = new Map(sources.map((s, i) => [s, i % folds]));
  return rows.map((r) => foldOf.get(r.source)!);
}

export interface CategoryScore {
  category: string;
  /** Blame rows: flagged; trap rows: left silent. */
  right: number;
  total: number;
  /** Blame rows flagged under their own category. */
  sameCategory: number;
  /** Rows of any label the checker put in this blame category, and how many were blame. */
  predicted: number;
  predictedBlame: number;
}

export interface CvScore {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  byCategory: CategoryScore[];
  /** The rows each fold got wrong, for reading by hand. */
  wrong: { row: CorpusRow; flagged: string[] }[];
}

/** Scores a checker (the rules, or the rules with a model) sentence by sentence. */
export function scoreRows(rows: readonly CorpusRow[], verdicts: readonly string[][]): CvScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const by = new Map<string, CategoryScore>();
  const bucket = (category: string) => {
    let b = by.get(category);
    if (!b) {
      b = { category, right: 0, total: 0, sameCategory: 0, predicted: 0, predictedBlame: 0 };
      by.set(category, b);
    }
    return b;
  };
  const wrong: CvScore['wrong'] = [];
  rows.forEach((row, i) => {
    const found = verdicts[i]!;
    const flagged = found.length > 0;
    const b = bucket(row.category);
    b.total += 1;
    if (flagged === row.flag) b.right += 1;
    else wrong.push({ row, flagged: found });
    if (row.flag && found.includes(classOf(row))) b.sameCategory += 1;
    for (const c of new Set(found)) {
      const p = bucket(CORPUS_NAME[c as ModelClass] ?? c);
      p.predicted += 1;
      if (row.flag) p.predictedBlame += 1;
    }
    if (row.flag && flagged) tp += 1;
    else if (row.flag) fn += 1;
    else if (flagged) fp += 1;
  });
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    byCategory: [...by.values()].sort((a, b) => a.category.localeCompare(b.category)),
    wrong,
  };
}

/**
 * Cross-validation grouped by source: the model that judges a sentence never saw any sentence
 * of the same postmortem, thread or guide, so the figures say how it reads prose it has not met.
 */
export function crossValidate(
  rows: readonly CorpusRow[],
  { folds = 5, seed = 28, options = TRAINING } = {},
  analysed = analyseRows(rows),
): CvScore {
  const fold = foldsBySource(rows, folds, seed);
  const verdicts: string[][] = rows.map(() => []);
  for (let f = 0; f < folds; f += 1) {
    const train = rows.flatMap((r, i) => (fold[i] === f ? [] : [i]));
    const model = trainOnCorpus(
      train.map((i) => rows[i]!),
      train.map((i) => analysed[i]!),
      options,
    );
    rows.forEach((_, i) => {
      if (fold[i] !== f) return;
      verdicts[i] = analysed[i]!.flatMap((s) => decideSentence(s, model).map((x) => x.category));
    });
  }
  return scoreRows(rows, verdicts);
}

/** The hand-written rules alone, as a baseline beside the model. */
export function scoreRules(rows: readonly CorpusRow[], analysed = analyseRows(rows)): CvScore {
  return scoreRows(
    rows,
    analysed.map((sentences) => sentences.flatMap((s) => s.found.map((f) => f.category))),
  );
}

export function describeCv(score: CvScore): string {
  const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((a / b) * 100).toFixed(1)}%`);
  return [
    `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
      `(${score.truePositives} found, ${score.falsePositives} false alarms, ${score.falseNegatives} missed)`,
    ...score.byCategory
      .filter((c) => c.total > 0)
      .map((c) =>
        c.category.startsWith('none')
          ? `  ${c.category.padEnd(30)} silent ${String(c.right).padStart(4)}/${String(c.total).padEnd(4)} ${pct(c.right, c.total)}`
          : `  ${c.category.padEnd(30)} found  ${String(c.right).padStart(4)}/${String(c.total).padEnd(4)} ${pct(c.right, c.total)}` +
            `  same category ${pct(c.sameCategory, c.total)}  precision ${pct(c.predictedBlame, c.predicted)} of ${c.predicted}`,
      ),
  ].join('\n');
}
