import type { Document, LineCounter } from 'yaml';

/** Where each problem of an OpenSLO import is, and how it reads. */
export interface OpenSloProblem {
  /** The file it is in, when an import reads several; null for a single file. */
  file: string | null;
  /** 1-based position of the document in its file. */
  document: number;
  kind: string | null;
  name: string | null;
  /** Dotted path of the field, e.g. spec.objectives[0].target. */
  field: string;
  line: number | null;
  message: string;
  /** error: this SLO could not be read; warning: it breaks a rule but was read anyway. */
  severity: 'error' | 'warning';
  /**
   * The name of what a warning is about: a rule of the format as its own tool checks it (the
   * OpenSLO Go SDK's validation, Sloth's), which `validate --strict` refuses, or, with `note`, how
   * the workbook read something it could not take as written. Every warning has one.
   */
  rule?: string;
  /** The warning is a note on how the file was read, not a broken rule: `--strict` lets it pass. */
  note?: true;
}

export type Path = (string | number)[];
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function pathText(path: Path): string {
  return path.reduce<string>(
    (text, part) =>
      typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${part}` : part,
    '',
  );
}

/** Collects problems for one document, with the line of the nearest node that exists. */
export class DocumentReport {
  kind: string | null = null;
  name: string | null = null;
  failed = false;
  /** A version or kind this importer does not read: said once, nothing more checked. */
  unsupported = false;
  constructor(
    /** The line of a field of this document, or null where lines are not known. */
    private readonly lineOf: (path: Path) => number | null,
    readonly index: number,
    private readonly problems: OpenSloProblem[],
    readonly file: string | null = null,
  ) {}

  add(severity: 'error' | 'warning', path: Path, message: string, rule?: string): void {
    this.push(severity, path, message, rule ? { rule } : {});
  }

  /** A warning on how something was read (a default used, a window approximated), named. */
  note(path: Path, message: string, name: string): void {
    this.push('warning', path, message, { rule: name, note: true });
  }

  private push(
    severity: 'error' | 'warning',
    path: Path,
    message: string,
    naming: Pick<OpenSloProblem, 'rule' | 'note'>,
  ): void {
    if (severity === 'error') this.failed = true;
    this.problems.push({
      ...naming,
      file: this.file,
      document: this.index,
      kind: this.kind,
      name: this.name,
      field: pathText(path),
      line: this.lineOf(path),
      message,
      severity,
    });
  }
}

/** “slos.yaml, document 2 (SLO checkout), line 14, spec.objectives[0].target: …” */
export function describeOpenSloProblem(problem: OpenSloProblem): string {
  const what = problem.kind ? ` (${problem.kind}${problem.name ? ` ${problem.name}` : ''})` : '';
  const line = problem.line !== null ? `, line ${problem.line}` : '';
  const field = problem.field ? `, ${problem.field}` : '';
  const place = problem.file ? `${problem.file}, document` : 'Document';
  const rule = problem.rule ? ` [${problem.note ? 'note: ' : ''}${problem.rule}]` : '';
  return `${place} ${problem.document}${what}${line}${field}: ${problem.message}${rule}`;
}

/**
 * The line of a field of one document (or of an item of a top-level list, at `prefix`): the
 * nearest node on the path that exists, so a missing field points at its parent.
 */
export function lineLocator(doc: Document, lines: LineCounter, prefix: Path = []) {
  return (path: Path): number | null => {
    const full = [...prefix, ...path];
    for (let n = full.length; n >= 0; n -= 1) {
      const node = n === 0 ? doc.contents : doc.getIn(full.slice(0, n), true);
      const range = (node as { range?: [number, number, number] } | null | undefined)?.range;
      if (range) return lines.linePos(range[0]).line;
    }
    return null;
  };
}
