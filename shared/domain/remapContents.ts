import { remapDismissalKey } from '../retro/dismissals';
import { mapLink, RECORD_KIND_DESCRIPTORS, type RecordKind, type RecordLink } from './recordKinds';
import type { WorkbookContents, WorkbookRecords } from './workbookFile';

export { RECORD_KINDS, type RecordKind } from './recordKinds';

/** Which kind of record a dismissal key's field names ("event:<id>:what"). */
const DISMISSAL_KINDS: Record<string, RecordKind> = {
  event: 'timelineEvents',
  account: 'participantAccounts',
  factor: 'contributingFactors',
  action: 'actionItems',
};

/**
 * The same records with ids passed through `id` and every reference between records following
 * (steps to journeys, pain points to accounts, data to SLOs, a retrospective's parts to it…),
 * all moved into the workbook `workbookId`. `id` returns its argument for ids that stay.
 */
export function remapContents(
  contents: WorkbookContents,
  id: (kind: RecordKind, old: string) => string,
  workbookId: string,
): Omit<WorkbookContents, 'workbook'> {
  const records = Object.fromEntries(
    RECORD_KIND_DESCRIPTORS.map((d) => [
      d.kind,
      (contents[d.kind] as { id: string }[]).map((record) => {
        let next = { ...record, id: id(d.kind, record.id), workbookId };
        for (const link of d.links as readonly RecordLink[]) {
          next = mapLink(next, link, (old) => id(link.to, old));
        }
        return next;
      }),
    ]),
  ) as unknown as WorkbookRecords;
  return {
    ...records,
    // A retrospective's dismissals name the records they are about inside a key.
    retros: records.retros.map((r) => ({
      ...r,
      dismissals: r.dismissals.map((k) =>
        remapDismissalKey(k, (field, old) => {
          const kind = DISMISSAL_KINDS[field];
          return kind ? id(kind, old) : old;
        }),
      ),
    })),
    sliChunks: contents.sliChunks.map((chunk) => ({ ...chunk, sloId: id('slos', chunk.sloId) })),
  };
}

/** A remap that gives each (kind, id) a fresh id once, for ids `needsNew` says are taken. */
export function freshIds(
  needsNew: (kind: RecordKind, old: string) => boolean,
  make: () => string,
): (kind: RecordKind, old: string) => string {
  const fresh = new Map<string, string>();
  return (kind, old) => {
    if (!needsNew(kind, old)) return old;
    const key = `${kind}\u0000${old}`;
    let next = fresh.get(key);
    if (!next) fresh.set(key, (next = make()));
    return next;
  };
}
