import { isRealDay } from '../domain/bounds';
import { MAX_ARR } from '../domain/journey';

/**
 * Reading the values CRM exports write (Salesforce, HubSpot, spreadsheets): amounts with currency
 * signs, codes, thousands separators and "k" suffixes; dates as ISO, US or European text.
 */

const SYMBOLS: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
};

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/** "$120,000", "EUR 1.200.000,50", "120k", "" (unknown). */
export function parseMoney(
  text: string,
): Parsed<{ amount: number; currency: string | null } | null> {
  let rest = text.trim();
  if (rest === '' || /^(n\/?a|none|-|—)$/i.test(rest)) return { ok: true, value: null };
  let currency: string | null = null;
  const code = /\b([A-Za-z]{3})\b/.exec(rest);
  if (code && !/^(k|m|mn)$/i.test(code[1]!)) {
    currency = code[1]!.toUpperCase();
    rest = rest.replace(code[0], '');
  }
  for (const [symbol, symbolCode] of Object.entries(SYMBOLS)) {
    if (rest.includes(symbol)) {
      currency ??= symbolCode;
      rest = rest.split(symbol).join('');
    }
  }
  rest = rest.replace(/[\s\u00a0\u202f']/g, '');
  let scale = 1;
  const suffix = /(k|m|mn)$/i.exec(rest);
  if (suffix) {
    scale = suffix[1]!.toLowerCase() === 'k' ? 1e3 : 1e6;
    rest = rest.slice(0, -suffix[1]!.length);
  }
  if (rest.startsWith('-') || rest.startsWith('(')) return { ok: false, message: 'is negative' };
  if (/e-\d+$/i.test(rest)) return { ok: false, message: 'is less than a cent' };
  const number = readNumber(rest);
  if (number === null) return { ok: false, message: 'is not an amount' };
  const amount = number * scale;
  if (amount > MAX_ARR) return { ok: false, message: 'is too large to be an annual revenue' };
  return { ok: true, value: { amount: Math.round(amount * 100) / 100, currency } };
}

/**
 * Digits with "," or "." as thousands or decimal separator, whichever the text shows; or the
 * exponent form Salesforce Data Loader and Java write for large doubles ("6.0E7", "8.48E10").
 */
function readNumber(text: string): number | null {
  if (/^\d+(\.\d+)?[eE][+]?\d{1,3}$/.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? value : null;
  }
  if (!/^[\d.,]+$/.test(text) || !/\d/.test(text)) return null;
  const comma = text.lastIndexOf(',');
  const dot = text.lastIndexOf('.');
  let normal: string;
  if (comma !== -1 && dot !== -1) {
    // Both: the later one is the decimal mark.
    normal = comma > dot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
  } else if (comma !== -1) {
    normal = /^\d{1,3}(,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text.replace(',', '.');
  } else if (dot !== -1 && /^\d{1,3}(\.\d{3}){2,}$/.test(text)) {
    normal = text.replace(/\./g, '');
  } else normal = text;
  if ((normal.match(/\./g) ?? []).length > 1) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Why the parts of a date name no day, without proposing a day of our own. */
function whyNotADay(y: number, m: number, d: number): string {
  if (m < 1 || m > 12) return `is not a date: there is no month ${m}`;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return `is not a date: ${MONTH_NAMES[m - 1]} ${y} has no day ${d}`;
  return 'is not a date between 1970 and 2200';
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Said after a date that cannot be read: the form, never a made-up date. */
const DATE_FORMS = 'write it as YYYY-MM-DD, M/D/YYYY or D.M.YYYY';

/**
 * "2027-03-15", "2027-03-15T00:00:00Z", "3/15/2027" (US, as Salesforce and HubSpot write it;
 * "15/3/2027" when the first number cannot be a month), "15.03.2027", "15 Mar 2027", "Mar 15, 2027".
 * A text that looks like a date but names none ("13/45/2027") says which part is wrong and offers
 * no guess: any day we proposed would be made up.
 */
export function parseDay(text: string): Parsed<string | null> {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  let parts: [number, number, number] | null = null;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(t))) parts = [+m[1]!, +m[2]!, +m[3]!];
  else if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t))) {
    const [a, b] = [+m[1]!, +m[2]!];
    if (a > 12 && b > 12)
      return {
        ok: false,
        message: `is not a date: neither ${a} nor ${b} can be a month (${DATE_FORMS})`,
      };
    parts = a > 12 ? [+m[3]!, b, a] : [+m[3]!, a, b];
  } else if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t))) parts = [+m[3]!, +m[2]!, +m[1]!];
  else if ((m = /^(\d{1,2})[ -]([A-Za-z]{3,9})\.?[ -,]*(\d{4})$/.exec(t))) {
    const month = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    if (month !== -1) parts = [+m[3]!, month + 1, +m[1]!];
  } else if ((m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(t))) {
    const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (month !== -1) parts = [+m[3]!, month + 1, +m[2]!];
  }
  if (!parts) return { ok: false, message: `is not a date (${DATE_FORMS})` };
  const candidate = day(...parts);
  if (isRealDay(candidate)) return { ok: true, value: candidate };
  return { ok: false, message: `${whyNotADay(...parts)} (${DATE_FORMS})` };
}
