import { parseWorkbookFile } from '../domain/workbookFile';
import { MAX_OPEN_FILES } from '../ipc';
import { importSloFiles } from '../slo/importSloFiles';
import { looksLikeSloth } from '../slo/sloth/importSloth';
import { describeOpenSloProblem, type OpenSloImport } from '../slo/openslo/importOpenSlo';

export interface ValidateResult {
  /** The format the file was read as, named in the verdict. */
  kind: 'workbook file' | 'OpenSLO file' | 'Sloth file' | 'SLO file (OpenSLO and Sloth)';
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

/** Checks a workbook file (JSON) or an SLO file (OpenSLO or Sloth); each problem names its place. */
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
  return sloFilesResult(importSloFiles([{ name: '', text }]), false, [text]);
}

/** What SLO files were read as: Sloth, OpenSLO, or some of each. */
function sloFormat(texts: string[]): ValidateResult['kind'] {
  const sloth = texts.filter(looksLikeSloth).length;
  if (sloth === 0) return 'OpenSLO file';
  return sloth === texts.length ? 'Sloth file' : 'SLO file (OpenSLO and Sloth)';
}

function sloFilesResult(result: OpenSloImport, strict: boolean, texts: string[]): ValidateResult {
  return {
    kind: sloFormat(texts),
    problems: result.problems.map((p) => {
      const refused = p.severity === 'error' || (strict && p.rule !== undefined && !p.note);
      return `${refused ? '' : 'warning: '}${describeOpenSloProblem(p)}`;
    }),
    summary: `${result.documents} documents, ${result.slos.length} SLOs readable`,
  };
}

export interface ValidateLine {
  /** The file the line is about, or null for a line about SLO files read together. */
  file: string | null;
  text: string;
  failed: boolean;
}

/**
 * Checks several files: each workbook file alone, the SLO files (OpenSLO, Sloth) together, so an
 * indicatorRef may name an SLI in another file. `strict`: every broken OpenSLO rule fails, as the
 * OpenSLO Go SDK's validation refuses it, so a team can gate its CI on the result.
 */
export function validateFiles(
  files: { name: string; text: string }[],
  strict: boolean,
): ValidateLine[] {
  const lines: ValidateLine[] = [];
  const sloFiles: { name: string; text: string }[] = [];
  const report = (file: string, result: ValidateResult) => {
    const errors = result.problems.filter((p) => !p.startsWith('warning: '));
    for (const problem of result.problems)
      lines.push({ file, text: problem, failed: !problem.startsWith('warning: ') });
    if (errors.length === 0)
      lines.push({ file, text: `a valid ${result.kind} (${result.summary}).`, failed: false });
  };
  for (const file of files) {
    const kind = sniff(file.text).kind;
    if (kind === 'openslo' && sloFiles.length < MAX_OPEN_FILES) sloFiles.push(file);
    else report(file.name, validateCommand(file.text));
  }
  if (sloFiles.length === 1) {
    report(
      sloFiles[0]!.name,
      sloFilesResult(importSloFiles([{ ...sloFiles[0]!, name: '' }]), strict, [sloFiles[0]!.text]),
    );
  } else if (sloFiles.length > 1) {
    const result = sloFilesResult(
      importSloFiles(sloFiles),
      strict,
      sloFiles.map((f) => f.text),
    );
    const errors = result.problems.filter((p) => !p.startsWith('warning: '));
    for (const problem of result.problems)
      lines.push({ file: null, text: problem, failed: !problem.startsWith('warning: ') });
    if (errors.length === 0)
      lines.push({
        file: sloFiles.map((f) => f.name).join(', '),
        text: `valid SLO files, ${sloFileWords(result.kind)} (${result.summary}).`,
        failed: false,
      });
  }
  return lines;
}

function sloFileWords(kind: ValidateResult['kind']): string {
  if (kind === 'Sloth file') return 'all Sloth';
  if (kind === 'OpenSLO file') return 'all OpenSLO';
  return 'OpenSLO and Sloth';
}
