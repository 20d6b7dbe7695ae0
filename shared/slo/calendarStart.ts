import { wallTimeSchema } from '../domain/slo';

/**
 * A calendar start as a person types it: "2024-01-15", "2024-01-15 12:00" or with seconds, as
 * OpenSLO writes it ("T" accepted for the space). Null for empty, undefined for what is not a
 * real date and time.
 */
export function readCalendarStart(text: string): string | null | undefined {
  const t = text.trim().replace('T', ' ');
  if (t === '') return null;
  const full = /^\d{4}-\d{2}-\d{2}$/.test(t)
    ? `${t} 00:00:00`
    : /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(t)
      ? `${t}:00`
      : t;
  const parsed = wallTimeSchema.safeParse(full);
  return parsed.success ? parsed.data : undefined;
}
