const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-24T10:30" as a datetime-local field shows `ms` in this computer's time zone. */
export function msToLocalInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local field's value, read in this computer's time zone; null when incomplete. */
export function localInputToMs(value: string): number | null {
  if (value.trim() === '') return null;
  const ms = new Date(value).getTime();
  return Number.isFinite(ms) ? ms : null;
}

// One formatter each, made once: toLocaleString with options builds a new one every call, which
// cost seconds over a timeline of 50,000 events.
const localDateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const localClock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

export function formatLocal(ms: number): string {
  return localDateTime.format(ms);
}

export function formatLocalTime(ms: number): string {
  return localClock.format(ms);
}

export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const localDayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const localDay = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** "19 Nov 17:30": the time with its day, for a timeline that runs over more than one day. */
export function formatLocalDayTime(ms: number): string {
  return `${localDayMonth.format(ms)} ${localClock.format(ms)}`;
}

/** "19 Nov". */
export function formatLocalDayMonth(ms: number): string {
  return localDayMonth.format(ms);
}

/** The calendar day `ms` falls on in this computer's time zone, as a key ("2026-11-19"). */
export function localDayKey(ms: number): string {
  return localDay.format(ms);
}
