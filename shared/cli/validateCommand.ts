import { parseWorkbookFile } from '../domain/workbookFile';
import { describeOpenSloProblem, importOpenSlo } from '../slo/openslo/importOpenSlo';

export interface ValidateResult {
  kind: 'workbook file' | 'OpenSLO file';
  problems: string[];
  /** What the file holds, for a short confirmation when there are no problems. */
  summary: string;
}

/** What a file's text is, told by its content rather than its name. */
function sniff(
  text: string,
): { kind: 'empty' | 'workbook' | 'openslo' } | { kind: 'nothing'; what: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (trimmed.startsWith('{')) {
    // A JSON object: a workbook file says so in its "format"; anything else is read as OpenSLO.
    try {
      const data = JSON.parse(trimmed) as { format?: unknown; apiVersion?: unknown };
      return {
        kind: data.apiVersion !== undefined && data.format === undefined ? 'openslo' : 'workbook',
      };
    } catch {
      return { kind: 'workbook' }; // broken JSON: the workbook reader says where
    }
  }
  try {
    const data: unknown = JSON.parse(trimmed);
    if (data === null) return { kind: 'nothing', what: 'only “null”' };
    if (Array.isArray(data) && data.length === 0) return { kind: 'nothing', what: 'an empty list' };
    if (typeof data !== 'object')
      return { kind: 'nothing', what: `only the value ${trimmed.slice(0, 40)}` };
  } catch {
    // not JSON: YAML
  }
  return { kind: 'openslo' };
}

/** Checks a workbook file (JSON) or an OpenSLO file (YAML or JSON); each problem names its place. */
export function validateCommand(text: string): ValidateResult {
  const kind = sniff(text);
  if (kind.kind === 'empty') {
    return {
      kind: 'workbook file',
      problems: ['The file is empty: it holds no workbook and no SLOs.'],
      summary: '',
    };
  }
  if (kind.kind === 'nothing') {
    return {
      kind: 'workbook file',
      problems: [`The file holds ${kind.what}: neither a workbook file nor OpenSLO documents.`],
      summary: '',
    };
  }
  if (kind.kind === 'workbook') {
    const parsed = parseWorkbookFile(text);
    if (!parsed.ok) return { kind: 'workbook file', problems: parsed.problems, summary: '' };
    const f = parsed.value;
    return {
      kind: 'workbook file',
      problems: [],
      summary: `workbook “${f.workbook.name}”: ${f.journeys.length} journeys, ${f.painPoints.length} pain points, ${f.slos.length} SLOs, ${f.retros.length} retrospectives`,
    };
  }
  const result = importOpenSlo(text);
  return {
    kind: 'OpenSLO file',
    problems: result.problems.map(
      (p) => `${p.severity === 'warning' ? 'warning: ' : ''}${describeOpenSloProblem(p)}`,
    ),
    summary: `${result.documents} documents, ${result.slos.length} SLOs readable`,
  };
}
