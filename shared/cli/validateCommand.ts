import { parseWorkbookFile } from '../domain/workbookFile';
import { describeOpenSloProblem, importOpenSlo } from '../slo/openslo/importOpenSlo';

export interface ValidateResult {
  kind: 'workbook file' | 'OpenSLO file';
  problems: string[];
  /** What the file holds, for a short confirmation when there are no problems. */
  summary: string;
}

/** Checks a workbook file (JSON) or an OpenSLO file (YAML); each problem names its place. */
export function validateCommand(text: string): ValidateResult {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
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
