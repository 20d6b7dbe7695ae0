import { z } from 'zod';

/**
 * A Prometheus the person set up as a data source: where it is and how to sign in. The secret
 * parts (password, token, header values) stay in the main process (or the web build's server);
 * the renderer only ever sees `PrometheusSourceView`.
 */
const headerNameSchema = z
  .string()
  .trim()
  .min(1, 'Give each header a name.')
  .max(100)
  .regex(/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/, 'A header name is letters, digits and dashes.')
  .refine(
    (name) => !/^(host|content-length|content-type|connection|transfer-encoding)$/i.test(name),
    'That header is set by SLO Workbook itself.',
  );
// Header values may not hold line breaks: they would start a header of their own.
const headerValueSchema = z
  .string()
  .max(4000)
  .regex(/^[^\r\n\0]*$/, 'A header value is one line.');

export const prometheusAuthSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }).strict(),
  z
    .object({
      kind: z.literal('basic'),
      user: z
        .string()
        .min(1, 'Give the user name.')
        .max(200)
        .regex(/^[^:\r\n\0]*$/, {
          message: 'A user name cannot hold a colon or a line break.',
        }),
      password: z
        .string()
        .max(1000)
        .regex(/^[^\r\n\0]*$/, 'A password is one line.'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('bearer'),
      token: z
        .string()
        .min(1, 'Give the token.')
        .max(8000)
        .regex(/^[^\r\n\0\s]*$/, 'A token has no spaces or line breaks.'),
    })
    .strict(),
  z
    .object({
      kind: z.literal('headers'),
      headers: z
        .array(z.object({ name: headerNameSchema, value: headerValueSchema }).strict())
        .min(1, 'Give at least one header.')
        .max(10),
    })
    .strict(),
]);
export type PrometheusAuth = z.infer<typeof prometheusAuthSchema>;

/** http(s) only, no user in the address (that is what auth is for), no query or fragment. */
export const prometheusBaseUrlSchema = z
  .string()
  .trim()
  .min(1, 'Give the address of Prometheus, e.g. http://localhost:9090.')
  .max(500)
  .refine((text) => {
    try {
      const url = new URL(text);
      return (
        (url.protocol === 'http:' || url.protocol === 'https:') &&
        url.username === '' &&
        url.password === '' &&
        url.search === '' &&
        url.hash === ''
      );
    } catch {
      return false;
    }
  }, 'Give an address starting with http:// or https://, e.g. http://localhost:9090, without a user name or ?query in it.')
  .transform((text) => normaliseBaseUrl(text));

export const prometheusSourceSchema = z
  .object({ baseUrl: prometheusBaseUrlSchema, auth: prometheusAuthSchema })
  .strict();
export type PrometheusSource = z.infer<typeof prometheusSourceSchema>;

/** What the renderer may know of a source: never a password, token or header value. */
export const prometheusSourceViewSchema = z
  .object({
    baseUrl: z.string(),
    authKind: z.enum(['none', 'basic', 'bearer', 'headers']),
    user: z.string().nullable(),
    headerNames: z.array(z.string()),
    /** How the secret is kept on this computer, said to the person. */
    secretKept: z.enum(['encrypted', 'plain-text', 'memory', 'none']),
  })
  .strict();
export type PrometheusSourceView = z.infer<typeof prometheusSourceViewSchema>;

/** "http://host:9090/prometheus/" -> "http://host:9090/prometheus" (one form to compare). */
export function normaliseBaseUrl(text: string): string {
  const url = new URL(text.trim());
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.origin}${path}`;
}

export function viewOfSource(
  source: PrometheusSource,
  secretKept: PrometheusSourceView['secretKept'],
): PrometheusSourceView {
  const { auth } = source;
  return {
    baseUrl: source.baseUrl,
    authKind: auth.kind,
    user: auth.kind === 'basic' ? auth.user : null,
    headerNames: auth.kind === 'headers' ? auth.headers.map((h) => h.name) : [],
    secretKept: auth.kind === 'none' ? 'none' : secretKept,
  };
}

/** Base64 of UTF-8 text, with no Buffer (shared code runs in the renderer too). */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** The request headers a source's sign-in adds. */
export function authHeaders(auth: PrometheusAuth): Record<string, string> {
  switch (auth.kind) {
    case 'none':
      return {};
    case 'basic':
      return { Authorization: `Basic ${base64(`${auth.user}:${auth.password}`)}` };
    case 'bearer':
      return { Authorization: `Bearer ${auth.token}` };
    case 'headers':
      return Object.fromEntries(auth.headers.map((h) => [h.name, h.value]));
  }
}
