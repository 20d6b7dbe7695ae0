import { parseWorkbookFile } from '../domain/workbookFile';
import type { Slo } from '../domain/slo';
import { exportSloFile, SLO_FILE_FORMATS, type SloFileFormat } from '../slo/exportSloFiles';
import { importedAsSlos, importSloFiles } from '../slo/importSloFiles';
import { describeOpenSloProblem } from '../slo/openslo/importOpenSlo';

export type ConvertResult =
  { ok: true; text: string; fileName: string; notes: string[] } | { ok: false; problems: string[] };

export function isSloFileFormat(text: string): text is SloFileFormat {
  return (SLO_FILE_FORMATS as readonly string[]).includes(text);
}

/**
 * Converts SLO files (OpenSLO, Sloth) or a workbook file's SLOs into another format. All or
 * nothing: a file with an error converts to nothing, so a pipeline never ships half its SLOs.
 */
export function convertCommand(
  files: { name: string; text: string }[],
  to: SloFileFormat,
  title: string,
  now: string,
): ConvertResult {
  const slos: Slo[] = [];
  const problems: string[] = [];
  const notes: string[] = [];
  const sloFiles: { name: string; text: string }[] = [];
  for (const file of files) {
    const trimmed = file.text.trimStart();
    if (trimmed.startsWith('{') && /"format"\s*:\s*"slo-workbook"/.test(trimmed.slice(0, 200))) {
      const parsed = parseWorkbookFile(file.text);
      if (parsed.ok) slos.push(...parsed.value.slos);
      else problems.push(...parsed.problems.map((p) => `${file.name}: ${p}`));
    } else sloFiles.push(file);
  }
  if (sloFiles.length) {
    const result = importSloFiles(sloFiles);
    const prefix = sloFiles.length === 1 ? `${sloFiles[0]!.name}: ` : '';
    for (const p of result.problems) {
      const line = `${prefix}${describeOpenSloProblem(p)}`;
      if (p.severity === 'error') problems.push(line);
      else notes.push(`warning: ${line}`);
    }
    slos.push(...importedAsSlos(result.slos, now));
  }
  if (problems.length) return { ok: false, problems };
  if (slos.length === 0) return { ok: false, problems: ['The files hold no SLOs to convert.'] };
  const out = exportSloFile(to, slos, title);
  for (const s of out.skipped) notes.push(`left out “${s.name}”: ${s.why}`);
  for (const s of out.notes ?? []) notes.push(`note: “${s.name}”: ${s.why}`);
  if (out.written === 0) return { ok: false, problems: notes };
  return { ok: true, text: out.text, fileName: out.fileName, notes };
}
