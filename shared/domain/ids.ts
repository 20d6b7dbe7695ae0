import { z } from 'zod';

/** Random ids, so workbook files made on two machines can be merged without collisions. */
export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export const idSchema = z.string().min(1).max(100);
export { isoTimeSchema } from './bounds';

export function nowIso(): string {
  return new Date().toISOString();
}
