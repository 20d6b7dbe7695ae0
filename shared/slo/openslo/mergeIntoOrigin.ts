import type { Slo, SloFields } from '../../domain/slo';
import type { JsonObject } from '../../domain/sloOrigin';
import { ALL_EXCEPT, ONE_MINUS_FAILURE } from '../prometheus/prometheusSli';
import { sloDocument } from './sloDocument';
import { readOriginDrafts } from './importOpenSlo';
import { isObject, type Json } from './openSloReport';

type Path = (string | number)[];

function getAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

/** Writes (or, for undefined, removes) a value, making the mappings on the way. */
function setAt(root: Json, path: Path, value: unknown): void {
  let node: Record<string | number, unknown> = root;
  for (const part of path.slice(0, -1)) {
    const next = node[part];
    if (next === null || typeof next !== 'object') node[part] = {};
    node = node[part] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = structuredClone(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Fields of the SLO document that all its objectives share. */
const DOCUMENT_FIELDS: Path[] = [
  ['spec', 'description'],
  ['spec', 'service'],
  ['spec', 'timeWindow'],
  ['spec', 'budgetingMethod'],
];
const OBJECTIVE_FIELDS = ['target', 'op', 'value', 'timeSliceTarget', 'timeSliceWindow'];

/** The workbook's own document for a draft, to compare field by field. */
const generated = (slo: Slo, draft: SloFields | Slo) =>
  sloDocument({ ...slo, ...draft } as Slo) as unknown as Json;

/** What the document-level fields of an SLO would be written as: to tell members apart. */
function documentLevel(slo: Slo): string {
  const doc = generated(slo, slo);
  return JSON.stringify([
    ...DOCUMENT_FIELDS.map((path) => getAt(doc, path)),
    getAt(doc, ['metadata', 'annotations']),
    slo.sli.kind,
  ]);
}

/** The metric of an indicator that holds a description the app shows. */
function metricFor(indicator: Json, part: 'good' | 'valid' | 'metric'): [Json, string] | null {
  const ratio = indicator['ratioMetric'];
  if (part === 'metric')
    return isObject(indicator['thresholdMetric']) ? [indicator['thresholdMetric'], ''] : null;
  if (!isObject(ratio)) return null;
  if (part === 'valid') return isObject(ratio['total']) ? [ratio['total'], ''] : null;
  if (isObject(ratio['good'])) return [ratio['good'], ''];
  if (isObject(ratio['bad'])) return [ratio['bad'], ALL_EXCEPT];
  if (isObject(ratio['raw']))
    return [ratio['raw'], ratio['rawType'] === 'failure' ? ONE_MINUS_FAILURE : ''];
  return null;
}

/** An edited SLI description goes where the importer read it from: the query, if there is one. */
function writeDescription(indicator: Json, part: 'good' | 'valid' | 'metric', text: string) {
  const found = metricFor(indicator, part);
  if (!found) return;
  const [metric, prefix] = found;
  const source = isObject(metric['metricSource']) ? metric['metricSource'] : metric;
  if (!isObject(source['spec'])) source['spec'] = {};
  const spec = source['spec'] as Json;
  const key = ['query', 'promql', 'description'].find((k) => typeof spec[k] === 'string');
  spec[key ?? 'description'] = text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/**
 * The kept documents of SLOs imported from one OpenSLO document (one SLO per objective), with
 * what was edited in the app written over them and nothing else touched: metadata.name, labels,
 * annotations, the SLI's names and its metricSource with the query verbatim all go back out as
 * they came. An edit is a field where the SLO differs from what its documents read as. Objectives
 * whose SLO is not exported are left out. Members whose shared fields were edited apart are
 * written as documents of their own, named "<name>-<objective>" after the first. Null when the
 * documents no longer read as an SLO: the caller writes the SLO afresh.
 */
export function mergeIntoOrigin(members: Slo[], suffix = ''): JsonObject[] | null {
  const origin = members[0]!.origin!;
  const baseline = readOriginDrafts(origin);
  if (members.some((m) => !baseline.has(m.origin!.objective))) return null;

  const lead = documentLevel(members[0]!);
  const together = members.filter((m) => documentLevel(m) === lead);
  const apart = members.filter((m) => documentLevel(m) !== lead);

  const doc = structuredClone(origin.documents[0]!) as Json;
  const related = origin.documents.slice(1).map((d) => structuredClone(d) as Json);
  if (suffix)
    setAt(doc, ['metadata', 'name'], `${String(getAt(doc, ['metadata', 'name']))}${suffix}`);
  const spec = doc['spec'] as Json;
  const objectives = spec['objectives'] as Json[];
  const several = objectives.length > 1;

  const first = together[0]!;
  const firstBase = baseline.get(first.origin!.objective)!;
  const now = generated(first, first);
  const before = generated(first, firstBase);
  for (const path of DOCUMENT_FIELDS) {
    if (!same(getAt(now, path), getAt(before, path))) setAt(doc, path, getAt(now, path));
  }
  const nowNotes = (getAt(now, ['metadata', 'annotations']) ?? {}) as Json;
  const beforeNotes = (getAt(before, ['metadata', 'annotations']) ?? {}) as Json;
  for (const key of new Set([...Object.keys(nowNotes), ...Object.keys(beforeNotes)])) {
    if (nowNotes[key] !== beforeNotes[key])
      setAt(doc, ['metadata', 'annotations', key], nowNotes[key]);
  }
  if (!several && first.name !== firstBase.name)
    setAt(doc, ['metadata', 'displayName'], first.name);

  // The indicator: inline, or the SLI document it refers to.
  const sliDoc = related.find(
    (d) => d['kind'] === 'SLI' && getAt(d, ['metadata', 'name']) === spec['indicatorRef'],
  );
  const indicator = (isObject(spec['indicator']) ? spec['indicator']['spec'] : sliDoc?.['spec']) as
    Json | undefined;
  if (first.sli.kind !== firstBase.sli.kind || !isObject(indicator)) {
    spec['indicator'] = getAt(now, ['spec', 'indicator']);
    delete spec['indicatorRef'];
  } else if (first.sli.kind === 'ratio' && firstBase.sli.kind === 'ratio') {
    if (first.sli.goodDescription !== firstBase.sli.goodDescription)
      writeDescription(indicator, 'good', first.sli.goodDescription);
    if (first.sli.validDescription !== firstBase.sli.validDescription)
      writeDescription(indicator, 'valid', first.sli.validDescription);
  } else if (first.sli.kind === 'threshold' && firstBase.sli.kind === 'threshold') {
    if (first.sli.metricDescription !== firstBase.sli.metricDescription)
      writeDescription(indicator, 'metric', first.sli.metricDescription);
  }

  const kept: Json[] = [];
  objectives.forEach((objective, index) => {
    const member = together.find((m) => m.origin!.objective === index);
    if (!member) return;
    const base = baseline.get(index)!;
    const mine = getAt(generated(member, member), ['spec', 'objectives', 0]) as Json;
    const theirs = getAt(generated(member, base), ['spec', 'objectives', 0]) as Json;
    for (const key of OBJECTIVE_FIELDS) {
      if (same(mine[key], theirs[key])) continue;
      if (key === 'target' && 'targetPercent' in objective) {
        objective['targetPercent'] = Number(((mine[key] as number) * 100).toPrecision(12));
      } else setAt(objective, [key], mine[key]);
    }
    if (several && member.name !== base.name) {
      const outer = String(getAt(doc, ['metadata', 'displayName']) ?? '');
      const inner = member.name.startsWith(`${outer} (`) && member.name.endsWith(')');
      objective['displayName'] = inner ? member.name.slice(outer.length + 2, -1) : member.name;
    }
    kept.push(objective);
  });
  spec['objectives'] = kept;

  const out: JsonObject[] = [doc as JsonObject, ...(related as JsonObject[])];
  apart.forEach((member, i) => {
    const alone = mergeIntoOrigin([member], `${suffix}-${i + 2}`);
    if (alone) out.push(...alone);
  });
  return out;
}
