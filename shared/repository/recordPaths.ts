import { DAY_MS } from '../domain/bounds';

/** The folder of each SLO's days of SLI data, one file per UTC day. */
export const SLI_FOLDER = 'sli-data';
/** The Markdown reports and their SVG charts, made from the records, never read back. */
export const REPORTS_FOLDER = 'reports';
/** The workbook itself, and which format its records are in. */
export const WORKBOOK_PATH = 'workbook.json';

const LONGEST_NAME = 120;

/**
 * A record's file name from its id. Ids are any text: every byte but a lowercase letter, digit,
 * "-" and "_" is written as %XX, so a name never holds a slash or a dot, and two ids that differ
 * only in case never share a file on a disk that ignores case. A very long one ends in a hash.
 */
export function fileNameOf(id: string): string {
  let name = '';
  for (const byte of new TextEncoder().encode(id)) {
    const safe =
      (byte >= 0x61 && byte <= 0x7a) ||
      (byte >= 0x30 && byte <= 0x39) ||
      byte === 0x2d ||
      byte === 0x5f;
    name += safe
      ? String.fromCharCode(byte)
      : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return name.length <= LONGEST_NAME ? name : `${name.slice(0, 100)}~${fnv1a64(id)}`;
}

/** A 64-bit FNV-1a hash in hex: short, stable on every machine, no crypto needed. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

/** "2026-11-20" for the UTC day starting at `dayStartMs`. */
export function dayName(dayStartMs: number): string {
  return new Date(dayStartMs - (dayStartMs % DAY_MS)).toISOString().slice(0, 10);
}

export const sliDayPath = (sloId: string, dayStartMs: number) =>
  `${SLI_FOLDER}/${fileNameOf(sloId)}/${dayName(dayStartMs)}.json`;
