import { z } from 'zod';
import type {
  PrometheusSourceResult,
  QueryPrometheusRequest,
  QueryPrometheusResult,
  SetPrometheusSourceRequest,
  TestPrometheusResult,
} from '../../shared/prometheusIpc';
import {
  PrometheusError,
  createPrometheusClient,
  type FetchLike,
} from '../../shared/slo/prometheus/prometheusApi';
import {
  prometheusSourceSchema,
  viewOfSource,
  type PrometheusAuth,
  type PrometheusSource,
  type PrometheusSourceView,
} from '../../shared/slo/prometheus/prometheusSource';

/** Electron's safeStorage, as far as this needs it (injected, so tests use a stand-in). */
export interface SecretBox {
  isEncryptionAvailable(): boolean;
  /** "basic_text" on Linux without a keyring: a fixed key, no better than plain text. */
  getSelectedStorageBackend?(): string;
  encryptString(text: string): Buffer;
  decryptString(data: Buffer): string;
}

export interface PrometheusHandlerDeps {
  /** The stored source's file text, or null when none was saved. */
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
  secrets: SecretBox;
  fetch: FetchLike;
  timeoutMs?: number;
}

/** The file: the address and sign-in kind in clear, the secret encrypted where the OS can. */
const storedSchema = z.object({
  version: z.literal(1),
  baseUrl: z.string(),
  auth: z.object({
    kind: z.enum(['none', 'basic', 'bearer', 'headers']),
    user: z.string().optional(),
    headerNames: z.array(z.string()).optional(),
  }),
  secret: z.object({ as: z.enum(['encrypted', 'plain-text']), data: z.string() }).nullable(),
});
type Stored = z.infer<typeof storedSchema>;

function secretsOf(auth: PrometheusAuth): string[] {
  if (auth.kind === 'basic') return [auth.password];
  if (auth.kind === 'bearer') return [auth.token];
  if (auth.kind === 'headers') return auth.headers.map((h) => h.value);
  return [];
}

/**
 * Keeps the Prometheus data source in main: the renderer sets it and sees only its view; every
 * request goes to the address the person set, and only there.
 */
export function createPrometheusHandlers(deps: PrometheusHandlerDeps) {
  const secretKept = (): 'encrypted' | 'plain-text' =>
    deps.secrets.isEncryptionAvailable() &&
    deps.secrets.getSelectedStorageBackend?.() !== 'basic_text'
      ? 'encrypted'
      : 'plain-text';

  async function load(): Promise<{ source: PrometheusSource; kept: Stored['secret'] } | null> {
    const text = await deps.read();
    if (text === null) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return null;
    }
    const stored = storedSchema.safeParse(raw);
    if (!stored.success) return null;
    const { baseUrl, auth, secret } = stored.data;
    let values: string[] = [];
    if (secret) {
      try {
        const json =
          secret.as === 'encrypted'
            ? deps.secrets.decryptString(Buffer.from(secret.data, 'base64'))
            : secret.data;
        values = z.array(z.string()).parse(JSON.parse(json));
      } catch {
        // A keyring that changed (another user, a new machine): the secret is gone, the rest stays.
        values = [];
      }
    }
    const full =
      auth.kind === 'basic'
        ? { kind: 'basic', user: auth.user ?? '', password: values[0] ?? '' }
        : auth.kind === 'bearer'
          ? { kind: 'bearer', token: values[0] ?? '' }
          : auth.kind === 'headers'
            ? {
                kind: 'headers',
                headers: (auth.headerNames ?? []).map((name, i) => ({
                  name,
                  value: values[i] ?? '',
                })),
              }
            : { kind: 'none' };
    const source = prometheusSourceSchema.safeParse({ baseUrl, auth: full });
    return source.success ? { source: source.data, kept: secret } : null;
  }

  function view(source: PrometheusSource, kept: Stored['secret']): PrometheusSourceView {
    return viewOfSource(source, kept?.as ?? 'none');
  }

  function client(source: PrometheusSource) {
    return createPrometheusClient({
      source,
      fetch: deps.fetch,
      ...(deps.timeoutMs ? { timeoutMs: deps.timeoutMs } : {}),
    });
  }

  const failed = (error: unknown) =>
    error instanceof PrometheusError
      ? { status: 'failed' as const, kind: error.kind, message: error.message }
      : {
          status: 'failed' as const,
          kind: 'server',
          message: `Prometheus could not be asked: ${error instanceof Error ? error.message : String(error)}`,
        };

  return {
    async getPrometheusSource(): Promise<{ source: PrometheusSourceView | null }> {
      const loaded = await load();
      return { source: loaded ? view(loaded.source, loaded.kept) : null };
    },

    async setPrometheusSource(
      request: SetPrometheusSourceRequest,
    ): Promise<PrometheusSourceResult> {
      if (request.source === null) {
        await deps.write('null');
        return { status: 'saved', source: null };
      }
      const previous = (await load())?.source ?? null;
      const auth = request.source.auth;
      // A secret left empty keeps the stored one, for the same kind and user (or header name).
      const keep = <T>(given: string | null, stored: T | undefined): string | T | undefined =>
        given ?? stored;
      const full =
        auth.kind === 'basic'
          ? {
              ...auth,
              password: keep(
                auth.password,
                previous?.auth.kind === 'basic' && previous.auth.user === auth.user
                  ? previous.auth.password
                  : undefined,
              ),
            }
          : auth.kind === 'bearer'
            ? {
                ...auth,
                token: keep(
                  auth.token,
                  previous?.auth.kind === 'bearer' ? previous.auth.token : undefined,
                ),
              }
            : auth.kind === 'headers'
              ? {
                  ...auth,
                  headers: auth.headers.map((h) => ({
                    name: h.name,
                    value: keep(
                      h.value,
                      previous?.auth.kind === 'headers'
                        ? previous.auth.headers.find((p) => p.name === h.name)?.value
                        : undefined,
                    ),
                  })),
                }
              : auth;
      const checked = prometheusSourceSchema.safeParse({
        baseUrl: request.source.baseUrl,
        auth: full,
      });
      if (!checked.success)
        return {
          status: 'failed',
          message:
            checked.error.issues[0]?.message === 'Required' ||
            checked.error.issues[0]?.code === 'invalid_type'
              ? 'Give the password, token or header value: none is stored for this sign-in yet.'
              : (checked.error.issues[0]?.message ?? 'That data source cannot be kept.'),
        };
      const source = checked.data;
      const values = secretsOf(source.auth);
      let secret: Stored['secret'] = null;
      if (values.length > 0) {
        const json = JSON.stringify(values);
        secret =
          secretKept() === 'encrypted'
            ? { as: 'encrypted', data: deps.secrets.encryptString(json).toString('base64') }
            : { as: 'plain-text', data: json };
      }
      const stored: Stored = {
        version: 1,
        baseUrl: source.baseUrl,
        auth: {
          kind: source.auth.kind,
          ...(source.auth.kind === 'basic' ? { user: source.auth.user } : {}),
          ...(source.auth.kind === 'headers'
            ? { headerNames: source.auth.headers.map((h) => h.name) }
            : {}),
        },
        secret,
      };
      try {
        await deps.write(JSON.stringify(stored, null, 2));
      } catch (error) {
        return {
          status: 'failed',
          message: `The data source could not be saved on this computer (${error instanceof Error ? error.message : String(error)}).`,
        };
      }
      return { status: 'saved', source: view(source, secret) };
    },

    async testPrometheus(): Promise<TestPrometheusResult> {
      const loaded = await load();
      if (!loaded)
        return {
          status: 'failed',
          kind: 'unset',
          message: 'No Prometheus is set up yet: give its address in Settings → Data sources.',
        };
      try {
        const version = await client(loaded.source).version();
        return { status: 'ok', baseUrl: loaded.source.baseUrl, version };
      } catch (error) {
        return failed(error);
      }
    },

    async queryPrometheus(request: QueryPrometheusRequest): Promise<QueryPrometheusResult> {
      const loaded = await load();
      if (!loaded)
        return {
          status: 'failed',
          kind: 'unset',
          message: 'No Prometheus is set up yet: give its address in Settings → Data sources.',
        };
      try {
        const c = client(loaded.source);
        const data =
          request.kind === 'range'
            ? {
                resultType: 'matrix',
                result: await c.queryRange(request.query, request.start, request.end, request.step),
              }
            : await c.query(request.query, request.time);
        return { status: 'ok', data };
      } catch (error) {
        return failed(error);
      }
    },
  };
}
