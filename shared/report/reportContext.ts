import type { WorkbookContents } from '../domain/workbookFile';
import { wallClock } from '../slo/calendarWindows';
import { joinChunks } from '../slo/sliChunks';
import type { SliData } from '../slo/sliSeries';

export interface ReportContext {
  /** When the report is made, ISO; also the "now" for SLOs evaluated from hand-recorded minutes. */
  generatedAt: string;
  /** IANA zone the report's times are written in. */
  timeZone: string;
}

/** A file saved beside the report (a chart), linked from it by name. */
export interface ReportAttachment {
  name: string;
  content: string;
}

export interface ReportOutput {
  fileName: string;
  title: string;
  markdown: string;
  attachments: ReportAttachment[];
}

export type ReportKind = 'workbook' | 'slo' | 'journey' | 'retro' | 'actions' | 'account';

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-20 10:30" in the report's zone: sortable, and the same on every machine. */
export function formatTime(ms: number, timeZone: string): string {
  const c = wallClock(ms, timeZone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)} ${pad(c.hour)}:${pad(c.minute)}`;
}

const SLUG_MAX = 50;

/** A file-name-safe slug of a record's name; never empty, and a long one ends at a word. */
export function slug(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= SLUG_MAX) return ascii || 'untitled';
  const cut = ascii.slice(0, SLUG_MAX + 1);
  const lastBreak = cut.lastIndexOf('-');
  // One very long word has no break to end at: cut it, since a file name must end somewhere.
  return (lastBreak > SLUG_MAX / 2 ? cut.slice(0, lastBreak) : cut.slice(0, SLUG_MAX)).replace(
    /-+$/g,
    '',
  );
}

/** One SLO's SLI data, joined from the workbook's day chunks. */
export function sliDataOf(contents: WorkbookContents, sloId: string): SliData | null {
  const chunks = contents.sliChunks.filter((c) => c.sloId === sloId);
  return chunks.length ? joinChunks(chunks) : null;
}
