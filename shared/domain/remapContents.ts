import { remapDismissalKey } from '../retro/dismissals';
import type { WorkbookContents } from './workbookFile';

/**
 * The same records with ids passed through `id` and every reference between records following
 * (steps to journeys, pain points to accounts, data to SLOs, a retrospective's parts to it…),
 * all moved into the workbook `workbookId`. `id` returns its argument for ids that stay.
 */
export function remapContents(
  contents: WorkbookContents,
  id: (old: string) => string,
  workbookId: string,
): Omit<WorkbookContents, 'workbook'> {
  const optional = (old: string | null) => (old === null ? null : id(old));
  const inRetro = <T extends { id: string; retroId: string }>(r: T) => ({
    ...r,
    id: id(r.id),
    retroId: id(r.retroId),
    workbookId,
  });
  return {
    accounts: contents.accounts.map((a) => ({ ...a, id: id(a.id), workbookId })),
    journeys: contents.journeys.map((j) => ({ ...j, id: id(j.id), workbookId })),
    journeySteps: contents.journeySteps.map((s) => ({
      ...s,
      id: id(s.id),
      journeyId: id(s.journeyId),
      workbookId,
    })),
    painPoints: contents.painPoints.map((p) => ({
      ...p,
      id: id(p.id),
      journeyId: id(p.journeyId),
      stepId: id(p.stepId),
      accountIds: p.accountIds.map(id),
      workbookId,
    })),
    slos: contents.slos.map((slo) => ({
      ...slo,
      id: id(slo.id),
      journeyId: optional(slo.journeyId),
      stepId: optional(slo.stepId),
      workbookId,
    })),
    sliChunks: contents.sliChunks.map((chunk) => ({ ...chunk, sloId: id(chunk.sloId) })),
    retros: contents.retros.map((r) => ({
      ...r,
      id: id(r.id),
      journeyIds: r.journeyIds.map(id),
      stepIds: r.stepIds.map(id),
      sloIds: r.sloIds.map(id),
      dismissals: r.dismissals.map((k) => remapDismissalKey(k, id)),
      workbookId,
    })),
    timelineEvents: contents.timelineEvents.map(inRetro),
    participantAccounts: contents.participantAccounts.map((a) => ({
      ...inRetro(a),
      eventViews: a.eventViews.map((v) => ({ ...v, eventId: id(v.eventId) })),
    })),
    contributingFactors: contents.contributingFactors.map((f) => ({
      ...inRetro(f),
      eventIds: f.eventIds.map(id),
    })),
    actionItems: contents.actionItems.map((a) => ({
      ...inRetro(a),
      sloId: optional(a.sloId),
      journeyId: optional(a.journeyId),
    })),
    reviewSessions: contents.reviewSessions.map(inRetro),
  };
}
