import { LineCounter, type Document } from 'yaml';
import {
  MAX_SLO_FILE_CHARACTERS,
  readYamlDocuments,
  tooLargeForSloFile,
  type YamlDocument,
} from '../readYaml';
import { newId } from '../../domain/ids';
import type { SloFields } from '../../domain/slo';
import { MAX_ORIGIN_CHARACTERS, type JsonObject, type SloOrigin } from '../../domain/sloOrigin';
import {
  DocumentReport,
  isObject,
  lineLocator,
  type Json,
  type OpenSloProblem,
  type Path,
} from './openSloReport';
import { readHeader, readSlo, type SliDocuments } from './readOpenSloSlo';
import { relatedDocuments, type Keyed } from './relatedDocuments';
import { v1alphaToV1 } from './v1alphaToV1';

export { describeOpenSloProblem, type OpenSloProblem } from './openSloReport';

/** Said when a file read without error holds no SLO; another file of the import may. */
export const NO_SLO_DOCUMENTS = 'The file holds no SLO documents.';

export interface ImportedOpenSlo {
  draft: SloFields;
  /** The file it came from, when several were read; null for one. */
  file: string | null;
  document: number;
  name: string;
  /** The documents it came in, kept so an export gives them back; null if too large to keep. */
  origin: SloOrigin | null;
}

/** A document that is no SLO (a Service, an AlertPolicy, …), and the SLO it is kept with. */
export interface KeptDocument {
  kind: string;
  name: string;
  /** The imported SLO it travels with, or null when no SLO of the import can keep it. */
  keptWith: string | null;
}

export interface OpenSloImport {
  slos: ImportedOpenSlo[];
  problems: OpenSloProblem[];
  /** Documents read, in all files. */
  documents: number;
  kept: KeptDocument[];
}

/** One mapping of a file: a YAML document, or an item of a top-level list. */
interface Entry {
  report: DocumentReport;
  /** The document as v1 (v1alpha translated), or null when it is not a mapping. */
  data: Json | null;
}

/** The documents of one file, numbered as the OpenSLO SDK counts them. */
function readFileEntries(text: string, file: string | null, problems: OpenSloProblem[]): Entry[] {
  const refuse = (message: string, line: number | null, document: number) =>
    problems.push({
      file,
      document,
      kind: null,
      name: null,
      field: '',
      line,
      message,
      severity: 'error',
    });
  if (text.length > MAX_SLO_FILE_CHARACTERS) {
    refuse(tooLargeForSloFile(text.length), null, 1);
    return [];
  }
  const lines = new LineCounter();
  let docs: YamlDocument[];
  try {
    docs = readYamlDocuments(text, lines);
  } catch (error) {
    refuse(`not readable YAML: ${error instanceof Error ? error.message : String(error)}`, null, 1);
    return [];
  }
  if (docs.length === 0) return [];
  const entries: Entry[] = [];
  let count = 0;
  const locate = (doc: Document, prefix: Path) => lineLocator(doc, lines, prefix);
  docs.forEach(({ doc, data, error }) => {
    if (error) {
      count += 1;
      refuse(`not readable YAML: ${error.message}`, error.line ?? locate(doc, [])([]), count);
      return;
    }
    if (data === null || data === undefined) return;
    // Each mapping is one document, whether in its own YAML document or as an item of a
    // top-level list (what the SDK, oslo fmt and sloctl write).
    const items: [Path, unknown][] = Array.isArray(data)
      ? data.map((item, i) => [[i], item])
      : [[[], data]];
    for (const [prefix, value] of items) {
      count += 1;
      entries.push(
        readEntry(new DocumentReport(locate(doc, prefix), count, problems, file), value),
      );
    }
  });
  return entries;
}

/** Header checks, then v1alpha in v1's shape; null data for what cannot be read further. */
function readEntry(report: DocumentReport, value: unknown): Entry {
  if (!isObject(value)) {
    report.add(
      'error',
      [],
      'a document must be a mapping with apiVersion, kind, metadata and spec.',
    );
    return { report, data: null };
  }
  readHeader(report, value);
  if (report.unsupported) return { report, data: null };
  if (value['apiVersion'] !== 'openslo/v1alpha') return { report, data: value };
  const converted = v1alphaToV1(value);
  for (const note of converted.notes) report.note(note.path, note.message, note.name);
  return { report, data: converted.doc };
}

/** A copy that is plain JSON: YAML can hold .inf and .nan, which JSON (and a file) cannot. */
function asJson(value: Json): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}

function readEntries(entries: Entry[], problems: OpenSloProblem[]): OpenSloImport {
  const slis: SliDocuments = new Map();
  const byKey = new Map<string, Keyed>();
  for (const { report, data } of entries) {
    if (!data || !report.kind || !report.name) continue;
    if (report.kind === 'SLI') slis.set(report.name, { spec: data['spec'], report });
    const key = `${report.kind}/${report.name}`;
    if (report.kind !== 'SLO' && !byKey.has(key))
      byKey.set(key, { kind: report.kind, name: report.name, data });
  }
  const slos: ImportedOpenSlo[] = [];
  const used = new Set<string>();
  const firstSloOfFile = new Map<string | null, ImportedOpenSlo[]>();
  for (const { report, data } of entries) {
    if (!data || report.kind !== 'SLO') continue;
    const read = readSlo(data, report, slis);
    const spec = isObject(data['spec']) ? data['spec'] : {};
    const policies = Array.isArray(spec['alertPolicies']) ? spec['alertPolicies'] : [];
    policies.forEach((policy, i) => {
      const ref = isObject(policy) ? policy['alertPolicyRef'] : undefined;
      if (typeof ref === 'string' && !byKey.has(`AlertPolicy/${ref}`)) {
        report.add(
          'warning',
          ['spec', 'alertPolicies', i, 'alertPolicyRef'],
          `alertPolicyRef “${ref}” names no AlertPolicy document in the files read; the SLO is read without it.`,
          'alert-policy-ref',
        );
      }
    });
    if (read.length === 0) continue;
    const related = relatedDocuments(data, byKey);
    for (const doc of related) used.add(`${doc.kind}/${doc.name}`);
    const documents = [asJson(data), ...related.map((doc) => asJson(doc.data))];
    const group = newId();
    const keep = JSON.stringify(documents).length <= MAX_ORIGIN_CHARACTERS;
    if (!keep) {
      report.note(
        [],
        `the document is over ${MAX_ORIGIN_CHARACTERS / 1024} KB: its SLO is read, but an export writes it afresh rather than as it came.`,
        'document-kept-too-large',
      );
    }
    const fromDocument = read.map(({ draft, objective }) => ({
      draft,
      file: report.file,
      document: report.index,
      name: draft.name,
      origin: keep
        ? { format: 'openslo' as const, documents: structuredClone(documents), objective, group }
        : null,
    }));
    slos.push(...fromDocument);
    const list = firstSloOfFile.get(report.file) ?? [];
    list.push(...fromDocument);
    firstSloOfFile.set(report.file, list);
  }

  // What no SLO refers to travels with the first SLO of its file, so nothing read is dropped.
  const kept: KeptDocument[] = [];
  for (const { report, data } of entries) {
    if (!data || !report.kind || !report.name || report.kind === 'SLO') continue;
    const key = `${report.kind}/${report.name}`;
    if (byKey.get(key)?.data !== data) continue; // a namesake: the first one counts
    let keptWith: ImportedOpenSlo | null;
    if (used.has(key)) {
      keptWith = slos.find((s) => s.origin?.documents.some((d) => sameDocument(d, key))) ?? null;
    } else {
      keptWith = firstSloOfFile.get(report.file)?.[0] ?? slos[0] ?? null;
      if (keptWith?.origin) keptWith.origin.documents.push(asJson(data));
    }
    kept.push({ kind: report.kind, name: report.name, keptWith: keptWith?.name ?? null });
  }

  if (slos.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({
      file: null,
      document: 1,
      kind: null,
      name: null,
      field: '',
      line: null,
      message: NO_SLO_DOCUMENTS,
      severity: 'error',
    });
  }
  return { slos, problems, documents: entries.length, kept };
}

function sameDocument(doc: JsonObject, key: string): boolean {
  const metadata = doc['metadata'];
  const name = isObject(metadata) ? metadata['name'] : null;
  return `${String(doc['kind'])}/${String(name)}` === key;
}

/**
 * Reads OpenSLO (v1, or v1alpha through a translation) from one or more files, the way the OpenSLO
 * SDK validates it, but keeps going: every broken rule is reported with its file, document, field
 * and line, and each SLO that can still be read is offered. `indicatorRef` finds its SLI in any of
 * the files. Every other document (Service, AlertPolicy, DataSource, …) is kept with an SLO.
 */
export function importOpenSloFiles(files: { name: string; text: string }[]): OpenSloImport {
  const problems: OpenSloProblem[] = [];
  const several = files.length > 1;
  const entries: Entry[] = [];
  for (const file of files) {
    const name = several ? file.name : null;
    const read = readFileEntries(file.text, name, problems);
    if (read.length === 0 && !problems.some((p) => p.file === name)) {
      problems.push({
        file: name,
        document: 1,
        kind: null,
        name: null,
        field: '',
        line: null,
        message: 'The file holds no YAML documents.',
        severity: 'error',
      });
    }
    entries.push(...read);
  }
  return readEntries(entries, problems);
}

/** One file of OpenSLO YAML or JSON. */
export function importOpenSlo(text: string): OpenSloImport {
  return importOpenSloFiles([{ name: '', text }]);
}

/**
 * What the importer reads from an SLO's kept documents, objective by objective: the baseline an
 * export compares the SLO with, so only what was edited in the app is written over them.
 */
export function readOriginDrafts(origin: SloOrigin): Map<number, SloFields> {
  const problems: OpenSloProblem[] = [];
  const entries = origin.documents.map((doc, i) =>
    readEntry(new DocumentReport(() => null, i + 1, problems), doc),
  );
  const slis: SliDocuments = new Map();
  for (const { report, data } of entries) {
    if (data && report.kind === 'SLI' && report.name)
      slis.set(report.name, { spec: data['spec'], report });
  }
  const first = entries[0];
  const drafts = new Map<number, SloFields>();
  if (!first?.data || first.report.kind !== 'SLO') return drafts;
  for (const { draft, objective } of readSlo(first.data, first.report, slis))
    drafts.set(objective, draft);
  return drafts;
}
