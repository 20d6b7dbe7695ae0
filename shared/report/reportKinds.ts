import type { WorkbookContents } from '../domain/workbookFile';
import { renderAccountReport } from './accountReport';
import { renderActionItemsReport } from './actionItemsReport';
import { renderJourneyReport } from './journeyReport';
import type { ReportContext, ReportKind, ReportOutput } from './reportContext';
import { renderRetroReport } from './retroReport';
import { renderSloReport } from './sloReport';
import { renderWorkbookReport } from './workbookReport';

/** What a report is about: one record of a kind, or the whole workbook (null). */
export type ReportSubjectKind = 'slo' | 'journey' | 'retro' | 'account' | null;

interface ReportKindInfo {
  label: string;
  subject: ReportSubjectKind;
  render: (contents: WorkbookContents, subjectId: string, ctx: ReportContext) => ReportOutput;
}

/** Every kind of report, in the order the Reports screen lists them: the one place they are named. */
export const REPORT_KINDS: Record<ReportKind, ReportKindInfo> = {
  workbook: {
    label: 'Whole workbook',
    subject: null,
    render: (contents, _id, ctx) => renderWorkbookReport(contents, ctx),
  },
  slo: { label: 'SLO document', subject: 'slo', render: renderSloReport },
  journey: { label: 'Journey map', subject: 'journey', render: renderJourneyReport },
  retro: { label: 'Retrospective', subject: 'retro', render: renderRetroReport },
  actions: {
    label: 'Open action items',
    subject: null,
    render: (contents, _id, ctx) => renderActionItemsReport(contents, ctx),
  },
  account: { label: 'Account review', subject: 'account', render: renderAccountReport },
};

export const REPORT_KIND_ORDER = Object.keys(REPORT_KINDS) as ReportKind[];

/** The report of this kind; a kind about one record needs that record's id. */
export function renderReport(
  contents: WorkbookContents,
  kind: ReportKind,
  subjectId: string | null,
  ctx: ReportContext,
): ReportOutput {
  const info = REPORT_KINDS[kind];
  if (info.subject && !subjectId) throw new Error('Choose what the report is about.');
  return info.render(contents, subjectId ?? '', ctx);
}
