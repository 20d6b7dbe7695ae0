import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findBlameLanguage } from '../../shared/retro/blameLanguage';
import { installWinkTagger } from '../../shared/retro/blame/nodeWinkTagger';

installWinkTagger();

/** One labelled sentence of the team's development set (kept beside the repo, never copied in). */
export interface LabelledSentence {
  flag: boolean;
  /** A blame category, or the kind of trap for an `ok` sentence, e.g. “none (quoted)”. */
  category: string;
  sentence: string;
}

export function blameCorpusPath(): string | null {
  const root =
    process.env['SLO_CORPUS_DIR'] ?? resolve(import.meta.dirname, '../../../shared/corpus');
  const file = join(root, 'blame', 'dev-sentences.tsv');
  return existsSync(file) ? file : null;
}

export function readBlameCorpus(file: string): LabelledSentence[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const [expected, category, sentence] = line.split('\t');
      return { flag: expected === 'flag', category: category ?? '', sentence: sentence ?? '' };
    });
}

export interface Score {
  precision: number;
  recall: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Per category: for blame, how many were found; for traps, how many stayed silent. */
  byCategory: { category: string; right: number; total: number }[];
  misses: LabelledSentence[];
  falseAlarms: (LabelledSentence & { phrases: string[] })[];
}

/** Sentence by sentence: a finding on a `flag` sentence is a hit, on an `ok` one a false alarm. */
export function scoreBlameChecker(rows: LabelledSentence[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const byCategory = new Map<string, { right: number; total: number }>();
  const misses: Score['misses'] = [];
  const falseAlarms: Score['falseAlarms'] = [];
  for (const row of rows) {
    const findings = findBlameLanguage(row.sentence);
    const flagged = findings.length > 0;
    const bucket = byCategory.get(row.category) ?? { right: 0, total: 0 };
    bucket.total += 1;
    if (flagged === row.flag) bucket.right += 1;
    byCategory.set(row.category, bucket);
    if (row.flag && flagged) tp += 1;
    else if (row.flag) {
      fn += 1;
      misses.push(row);
    } else if (flagged) {
      fp += 1;
      falseAlarms.push({ ...row, phrases: findings.map((f) => f.phrase) });
    }
  }
  return {
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    byCategory: [...byCategory].map(([category, b]) => ({ category, ...b })),
    misses,
    falseAlarms,
  };
}

export function describeScore(score: Score): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const lines = [
    `precision ${score.precision.toFixed(3)}, recall ${score.recall.toFixed(3)} ` +
      `(${score.truePositives} found, ${score.falsePositives} false alarms, ${score.falseNegatives} missed)`,
    ...score.byCategory
      .sort((a, b) => a.category.localeCompare(b.category))
      .map(
        (c) =>
          `  ${c.category.padEnd(30)} ${String(c.right).padStart(3)}/${String(c.total).padEnd(3)} ${pct(c.right / c.total)} ${c.category.startsWith('none') ? 'silent' : 'found'}`,
      ),
  ];
  return lines.join('\n');
}
