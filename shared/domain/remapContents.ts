import { remapDismissalKey } from '../retro/dismissals';
import type { WorkbookContents } from './workbookFile';

/**
 * Each kind of record is its own table, and a file's ids are unique per kind only: a journey and
 * a pain point may share one. So every id is looked up and remapped by kind and id together.
 */
export type RecordKind = Exclude<keyof WorkbookContents, 'workbook' | 'sliChunks'>;

export const RECORD_KINDS: readonly RecordKind[] = [
  'accounts',
  'journeys',
  'journeySteps',
  'painPoints',
  'slos',
  'retros',
  'timelineEvents',
  'participantAccounts',
  'contributingFactors',
  'actionItems',
  'reviewSessions',
];

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
  const to = (kind: RecordKind) => (old: string) => id(kind, old);
  const optional = (kind: RecordKind, old: string | null) => (old === null ? null : id(kind, old));
  const inRetro = <T extends { id: string; retroId: string }>(kind: RecordKind, r: T) => ({
    ...r,
    id: id(kind, r.id),
    retroId: id('retros', r.retroId),
    workbookId,
  });
  return {
    accounts: contents.accounts.map((a) => ({ ...a, id: id('accounts', a.id), workbookId })),
    journeys: contents.journeys.map((j) => ({ ...j, id: id('journeys', j.id), workbookId })),
    journeySteps: contents.journeySteps.map((s) => ({
      ...s,
      id: id('journeySteps', s.id),
      journeyId: id('journeys', s.journeyId),
      workbookId,
    })),
    painPoints: contents.painPoints.map((p) => ({
      ...p,
      id: id('painPoints', p.id),
      journeyId: id('journeys', p.journeyId),
      stepId: id('journeySteps', p.stepId),
      accountIds: p.accountIds.map(to('accounts')),
      retroId: optional('retros', p.retroId),
      workbookId,
    })),
    slos: contents.slos.map((slo) => ({
      ...slo,
      id: id('slos', slo.id),
      journeyId: optional('journeys', slo.journeyId),
      stepId: optional('journeySteps', slo.stepId),
      workbookId,
    })),
    sliChunks: contents.sliChunks.map((chunk) => ({ ...chunk, sloId: id('slos', chunk.sloId) })),
    retros: contents.retros.map((r) => ({
      ...r,
      id: id('retros', r.id),
      journeyIds: r.journeyIds.map(to('journeys')),
      stepIds: r.stepIds.map(to('journeySteps')),
      sloIds: r.sloIds.map(to('slos')),
      accountIds: r.accountIds.map(to('accounts')),
      dismissals: r.dismissals.map((k) =>
        remapDismissalKey(k, (field, old) => {
          const kind = DISMISSAL_KINDS[field];
          return kind ? id(kind, old) : old;
        }),
      ),
      workbookId,
    })),
    timelineEvents: contents.timelineEvents.map((e) => inRetro('timelineEvents', e)),
    participantAccounts: contents.participantAccounts.map((a) => ({
      ...inRetro('participantAccounts', a),
      eventViews: a.eventViews.map((v) => ({ ...v, eventId: id('timelineEvents', v.eventId) })),
    })),
    contributingFactors: contents.contributingFactors.map((f) => ({
      ...inRetro('contributingFactors', f),
      eventIds: f.eventIds.map(to('timelineEvents')),
    })),
    actionItems: contents.actionItems.map((a) => ({
      ...inRetro('actionItems', a),
      sloId: optional('slos', a.sloId),
      journeyId: optional('journeys', a.journeyId),
    })),
    reviewSessions: contents.reviewSessions.map((r) => inRetro('reviewSessions', r)),
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
