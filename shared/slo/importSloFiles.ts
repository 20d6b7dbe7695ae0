import type { Slo } from '../domain/slo';
import {
  importOpenSloFiles,
  NO_SLO_DOCUMENTS,
  type ImportedOpenSlo,
  type OpenSloImport,
} from './openslo/importOpenSlo';
import { importSlothFiles, looksLikeSloth, NO_SLOTH_SLOS } from './sloth/importSloth';

export interface SloFile {
  name: string;
  text: string;
}

/**
 * SLO files as SREs keep them, several at once: OpenSLO (v1, v1alpha; YAML or JSON) and Sloth
 * (prometheus/v1, the Kubernetes PrometheusServiceLevel, AlertWindows), told apart by content.
 * OpenSLO files resolve references across each other; Sloth's alert windows apply to its specs.
 */
export function importSloFiles(files: SloFile[]): OpenSloImport {
  const sloth = files.filter((f) => looksLikeSloth(f.text));
  const openslo = files.filter((f) => !sloth.includes(f));
  const read = (subset: SloFile[], reader: (f: SloFile[]) => OpenSloImport) => {
    const result = reader(subset);
    // A reader names files only when it reads several; the import names them whenever it has.
    const only = files.length > 1 && subset.length === 1 ? subset[0]!.name : null;
    return {
      ...result,
      problems: result.problems.map((p) => ({ ...p, file: p.file ?? only })),
      slos: result.slos.map((s) => ({ ...s, file: s.file ?? only })),
    };
  };
  const parts = [
    ...(openslo.length ? [read(openslo, importOpenSloFiles)] : []),
    ...(sloth.length ? [read(sloth, importSlothFiles)] : []),
  ];
  const slos = parts.flatMap((p) => p.slos);
  // "No SLO documents" from one kind of file is no problem when the other kind has SLOs.
  const empty = new Set([NO_SLO_DOCUMENTS, NO_SLOTH_SLOS]);
  const problems = parts.flatMap((p) => p.problems);
  return {
    slos,
    problems: slos.length ? problems.filter((p) => !empty.has(p.message)) : problems,
    documents: parts.reduce((n, p) => n + p.documents, 0),
    kept: parts.flatMap((p) => p.kept),
  };
}

/**
 * Imported SLOs as SLO records, numbered rather than given fresh ids, for what converts or
 * compares them without storing them (the command line, tests, the bench).
 */
export function importedAsSlos(imported: ImportedOpenSlo[], at: string): Slo[] {
  return imported.map((s, i) => ({
    ...s.draft,
    id: `imported-${i + 1}`,
    workbookId: 'imported',
    dataSummary: null,
    manualIncidents: [],
    origin: s.origin,
    createdAt: at,
    updatedAt: at,
  }));
}
