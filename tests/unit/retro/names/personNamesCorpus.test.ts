import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installWinkTagger } from '../../../../shared/retro/blame/nodeWinkTagger';
import { installGivenNames } from '../../../../shared/retro/names/nodeGivenNames';
import { findPersonNames } from '../../../../shared/retro/names/personNames';
import { corpusDir } from '../../slo/corpusDir';

installWinkTagger();
installGivenNames();

/** The `sentence` column of a labelled blame corpus file (expected, category, sentence, source). */
function sentences(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[2] ?? '')
    .filter(Boolean);
}

/**
 * The people these sentences name, read by hand: officials, engineers and writers quoted in the
 * public postmortems and news the corpus holds. Any other name found is a false alarm.
 */
const PEOPLE = new Set([
  'Holmes',
  'Harry',
  'Sam',
  'Alexis',
  'David Ige',
  'Walsh',
  'Willie Walsh',
  'Stephen Rue',
  'Smith',
  'Robert',
  'Sidney Dekker',
  'Justin Garrison',
  'Armando Olivera',
]);

describe('person names on real postmortem prose', () => {
  const dir = corpusDir('blame');
  it.skipIf(!dir)('points out the people the prose names, with almost no false alarm', () => {
    const all = [
      ...sentences('tests/fixtures/blame-corpus/sentences.tsv'),
      ...sentences(join(dir!, 'dev-sentences.tsv')),
    ];
    const hits = all.flatMap((s) => findPersonNames(s).map((h) => ({ name: h.name, s })));
    const falseAlarms = hits.filter((h) => !PEOPLE.has(h.name));
    const found = new Set(hits.map((h) => h.name).filter((n) => PEOPLE.has(n)));
    console.log(
      `person names: ${all.length} sentences, ${hits.length} names found, ${found.size} people, ${falseAlarms.length} false alarms:`,
      falseAlarms.map((h) => `${h.name} in “${h.s}”`),
    );
    expect(all.length).toBeGreaterThan(1500);
    // Today one ("Staff at Rogers caused the shutdown": Rogers, the carrier).
    expect(falseAlarms.length).toBeLessThanOrEqual(2);
    expect(found.size).toBeGreaterThanOrEqual(11);
  });
});
