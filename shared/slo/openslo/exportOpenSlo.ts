import { stringify } from 'yaml';
import type { Slo } from '../../domain/slo';
import { mergeIntoOrigin } from './mergeIntoOrigin';
import { sloDocument, type ExportNote } from './sloDocument';

export { ANNOTATION, OPENSLO_DESCRIPTION_MAX, toOpenSloName } from './openSloNames';

/**
 * OpenSLO v1 YAML for one or more SLOs. An imported SLO goes back out as the documents it came in,
 * with only what was edited here written over them; SLOs imported from one document (one per
 * objective) go back out as that one document; the documents they referred to follow, once each.
 */
export function exportOpenSlo(slos: Slo[]): string {
  return exportOpenSloWithNotes(slos).text;
}

/** The OpenSLO file, and what was written other than as the SLOs say (a Sloth query changed). */
export function exportOpenSloWithNotes(slos: Slo[]): { text: string; notes: ExportNote[] } {
  const notes: ExportNote[] = [];
  const documents: object[] = [];
  const written = new Set<string>();
  const groups = new Map<string, Slo[]>();
  for (const slo of slos) {
    const key = slo.origin?.format === 'openslo' ? slo.origin.group : `own:${slo.id}`;
    const group = groups.get(key);
    if (group) group.push(slo);
    else groups.set(key, [slo]);
  }
  for (const members of groups.values()) {
    const merged = members[0]!.origin?.format === 'openslo' ? mergeIntoOrigin(members) : null;
    if (!merged) {
      documents.push(...members.map((slo) => sloDocument(slo, notes)));
      continue;
    }
    for (const doc of merged) {
      const key = documentKey(doc);
      if (key && written.has(key)) continue;
      if (key) written.add(key);
      documents.push(doc);
    }
  }
  const text = documents
    .map((doc) => stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false }))
    .join('---\n');
  return { text, notes };
}

/** "Service/checkout" for a document other than an SLO, which may be shared: written once. */
function documentKey(doc: object): string | null {
  const { kind, metadata } = doc as { kind?: unknown; metadata?: { name?: unknown } };
  if (kind === 'SLO' || typeof kind !== 'string') return null;
  return `${kind}/${String(metadata?.name)}`;
}
