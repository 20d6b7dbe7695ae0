import type { WorkbookContents } from '../domain/workbookFile';
import { slug } from './reportContext';

type Charted = 'slo' | 'journey';
const SUFFIX: Record<Charted, string> = { slo: 'budget', journey: 'emotion' };

const cache = new WeakMap<WorkbookContents, Map<string, string>>();

/**
 * The file name of a record's chart, unique within the workbook and the same in every report
 * that shows it: the record's name, numbered from the second record whose name reads the same
 * (two SLOs named "Checkout" never share a chart). Numbered in order of creation, so adding a
 * newer namesake never renames an older one's chart.
 */
export function chartFileName(contents: WorkbookContents, kind: Charted, id: string): string {
  let names = cache.get(contents);
  if (!names) {
    names = new Map();
    const taken = new Set<string>();
    for (const [k, records] of [
      ['slo', contents.slos],
      ['journey', contents.journeys],
    ] as const) {
      const ordered = [...records].sort(
        (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      );
      for (const record of ordered) {
        const base = `${slug(record.name)}-${SUFFIX[k]}`;
        let name = `${base}.svg`;
        for (let n = 2; taken.has(name); n += 1) name = `${base}-${n}.svg`;
        taken.add(name);
        names.set(`${k}:${record.id}`, name);
      }
    }
    cache.set(contents, names);
  }
  // A record not in the contents (never the case for a report) still gets a name of its own.
  return names.get(`${kind}:${id}`) ?? `${slug(id)}-${SUFFIX[kind]}.svg`;
}
