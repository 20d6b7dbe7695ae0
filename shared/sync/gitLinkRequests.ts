import { z } from 'zod';

/**
 * What the renderer may ask of whatever runs git for it (Electron's main process, or the web
 * build's same-origin server): checked there before anything touches the network or the disk.
 * The token travels only in `connect`, is kept by that side, and never comes back.
 */

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Why a remote address is refused, in words; null when it is fine. */
export function remoteUrlProblem(text: string): string | null {
  if (/^(ssh:\/\/|git@|[\w.-]+@[\w.-]+:)/i.test(text.trim()))
    return 'SSH addresses are not supported: use the repository’s HTTPS address (https://…).';
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return 'Give the repository’s HTTPS address, e.g. https://github.com/team/workbook.git';
  }
  // Plain http only to this computer (a git server run for tests or on the laptop itself).
  const plainLocal = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !plainLocal)
    return 'Only HTTPS addresses are supported (https://…); SSH is not supported.';
  if (url.username || url.password)
    return 'Leave the name and token out of the address: give the token in its own field.';
  if (url.search || url.hash) return 'The address cannot have ? or # in it.';
  return null;
}

export const remoteUrlSchema = z
  .string()
  .max(2000)
  .refine((text) => remoteUrlProblem(text) === null, { message: 'not an HTTPS git address' })
  .transform((text) => text.trim());

/** Names one link between a workbook and a remote: the git directory and the kept token. */
export const linkIdSchema = z.string().regex(/^[a-z0-9-]{8,64}$/);

export const authorSchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    email: z
      .string()
      .trim()
      .min(3)
      .max(320)
      .regex(/^[^\s<>@]+@[^\s<>@]+$/),
  })
  .strict();

const token = z
  .string()
  .max(4000)
  .refine((t) => !/[\r\n\0]/.test(t), { message: 'one line' });

/** Sets (or forgets, with an empty token) the token for a link. */
export const gitConnectRequestSchema = z
  .object({ linkId: linkIdSchema, url: remoteUrlSchema, token })
  .strict();

/** A workbook file's text (validated as one on the other side before any use). */
const workbookText = z.string().max(100 * 1024 * 1024);

export const gitShareRequestSchema = z
  .object({ linkId: linkIdSchema, url: remoteUrlSchema, author: authorSchema, file: workbookText })
  .strict();

export const gitOpenRequestSchema = z
  .object({ linkId: linkIdSchema, url: remoteUrlSchema })
  .strict();

export const gitChoiceSchema = z
  .object({ key: z.string().max(500), take: z.enum(['mine', 'theirs']) })
  .strict();

export const gitSyncRequestSchema = z
  .object({
    linkId: linkIdSchema,
    url: remoteUrlSchema,
    author: authorSchema,
    base: z
      .string()
      .regex(/^[0-9a-f]{40}$/)
      .nullable(),
    file: workbookText,
    choices: z.array(gitChoiceSchema).max(10_000),
  })
  .strict();

export type GitConnectRequest = z.infer<typeof gitConnectRequestSchema>;
export type GitShareRequest = z.infer<typeof gitShareRequestSchema>;
export type GitOpenRequest = z.infer<typeof gitOpenRequestSchema>;
export type GitSyncRequest = z.infer<typeof gitSyncRequestSchema>;

/** Why a git call did not land, each said in words by the service. */
export type GitFailureKind =
  'unauthorized' | 'forbidden' | 'offline' | 'not-empty' | 'empty' | 'refused' | 'failed';

export interface GitConflictView {
  key: string;
  kind: string;
  id: string;
  field: string | null;
  /** What the record is called, so a person knows which one it is. */
  label: string;
  mine: unknown;
  theirs: unknown;
}

export type GitCallResult =
  | { status: 'synced'; commit: string; file: string | null; message: string | null }
  | { status: 'opened'; commit: string; file: string }
  | { status: 'conflicts'; conflicts: GitConflictView[] }
  | { status: 'failed'; kind: GitFailureKind; message: string };

const conflictViewSchema = z.object({
  key: z.string(),
  kind: z.string(),
  id: z.string(),
  field: z.string().nullable(),
  label: z.string(),
  mine: z.unknown(),
  theirs: z.unknown(),
});

/** Checked on the way back over IPC too: the renderer trusts nothing it did not expect. */
export const gitCallResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('synced'),
    commit: z.string(),
    file: z.string().nullable(),
    message: z.string().nullable(),
  }),
  z.object({ status: z.literal('opened'), commit: z.string(), file: z.string() }),
  z.object({ status: z.literal('conflicts'), conflicts: z.array(conflictViewSchema) }),
  z.object({
    status: z.literal('failed'),
    kind: z.enum([
      'unauthorized',
      'forbidden',
      'offline',
      'not-empty',
      'empty',
      'refused',
      'failed',
    ]),
    message: z.string(),
  }),
]);
