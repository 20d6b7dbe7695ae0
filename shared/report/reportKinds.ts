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

/** The lists of a workbook a report can be about one record of. */
export type ReportSubjectList = 'slos' | 'journeys' | 'retros' | 'accounts';

interface ReportKindInfo {
  label: string;
  subject: ReportSubjectKind;
  /** Where its subjects are listed (in the workbook, and by name for the Reports screen). */
  subjects: ReportSubjectList | null;
  /** With no subject at all: what the workbook has none of yet ("no SLOs yet"). */
  noneYet: string;
  render: (contents: WorkbookContents, subjectId: string, ctx: ReportContext) => ReportOutput;
}

/** Every kind of report, in the order the Reports screen lists them: the one place they are named. */
export const REPORT_KINDS: Record<ReportKind, ReportKindInfo> = {
  workbook: {
    label: 'Whole workbook',
    subject: null,
    subjects: null,
    noneYet: '',
    render: (contents, _id, ctx) => renderWorkbookReport(contents, ctx),
  },
  slo: {
    label: 'SLO document',
    subject: 'slo',
    subjects: 'slos',
    noneYet: 'no SLOs yet',
    render: renderSloReport,
  },
  journey: {
    label: 'Journey map',
    subject: 'journey',
    subjects: 'journeys',
    noneYet: 'no journeys yet',
    render: renderJourneyReport,
  },
  retro: {
    label: 'Retrospective',
    subject: 'retro',
    subjects: 'retros',
    noneYet: 'no retrospectives yet',
    render: renderRetroReport,
  },
  actions: {
    label: 'Open action items',
    subject: null,
    subjects: null,
    noneYet: '',
    render: (contents, _id, ctx) => renderActionItemsReport(contents, ctx),
  },
  account: {
    label: 'Account review',
    subject: 'account',
    subjects: 'accounts',
    noneYet: 'no customer accounts yet',
    render: renderAccountReport,
  },
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
