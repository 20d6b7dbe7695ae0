import type { WorkbookContents } from '../domain/workbookFile';
import { RECORD_KINDS } from '../domain/recordKinds';

/**
 * A short fingerprint of each record as last synced, so the top bar can say "3 changes not
 * pushed" without git: a record whose fingerprint differs, or that is new or gone, is a change.
 */
export type SyncedFingerprints = Record<string, string>;

/** FNV-1a, 32 bits: enough to tell a changed record from the same one; not for security. */
function fnv(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

export function fingerprints(contents: WorkbookContents): SyncedFingerprints {
  const prints: SyncedFingerprints = { workbook: fnv(JSON.stringify(contents.workbook)) };
  for (const kind of RECORD_KINDS)
    for (const record of contents[kind])
      prints[`${kind}/${record.id}`] = fnv(JSON.stringify(record));
  for (const chunk of contents.sliChunks)
    prints[`sli/${chunk.sloId}@${chunk.dayStartMs}`] = fnv(
      JSON.stringify({ ...chunk, a: Array.from(chunk.a), b: chunk.b ? Array.from(chunk.b) : null }),
    );
  return prints;
}

/** How many records differ from the last synced ones: changed, added or removed. */
export function countUnpushed(synced: SyncedFingerprints, now: SyncedFingerprints): number {
  let count = 0;
  for (const [key, print] of Object.entries(now)) if (synced[key] !== print) count += 1;
  for (const key of Object.keys(synced)) if (!(key in now)) count += 1;
  return count;
}
