import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import {
  PrometheusError,
  createPrometheusClient,
  type FetchLike,
} from '../../../shared/slo/prometheus/prometheusApi';
import {
  authHeaders,
  prometheusSourceSchema,
  viewOfSource,
} from '../../../shared/slo/prometheus/prometheusSource';

const nodeFetch: FetchLike = (url, init) => fetch(url, init);
const servers: Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

/** A real local HTTP server answering as the test says (something that is not Prometheus). */
async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

describe('the Prometheus client', () => {
  it('posts queries form-encoded with the sign-in, and reads the matrix', async () => {
    let seen: { method?: string; url?: string; auth?: string; body: string } = { body: '' };
    const url = await serve((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen = { method: req.method, url: req.url, auth: req.headers.authorization, body };
        res.setHeader('Content-Type', 'application/json');
        res.end(
          JSON.stringify({
            status: 'success',
            data: { resultType: 'matrix', result: [{ metric: {}, values: [[1, '2']] }] },
          }),
        );
      });
    });
    const client = createPrometheusClient({
      source: { baseUrl: `${url}/prom`, auth: { kind: 'bearer', token: 'abc' } },
      fetch: nodeFetch,
    });
    const matrix = await client.queryRange('sum(up{job="a b"})', 0, 60, 60);
    expect(matrix[0]!.values).toEqual([[1, '2']]);
    expect(seen.method).toBe('POST');
    expect(seen.url).toBe('/prom/api/v1/query_range');
    expect(seen.auth).toBe('Bearer abc');
    expect(new URLSearchParams(seen.body).get('query')).toBe('sum(up{job="a b"})');
    expect(new URLSearchParams(seen.body).get('step')).toBe('60');
  });

  it('says when what answered is not Prometheus', async () => {
    const url = await serve((_req, res) => res.end('<html>Grafana</html>'));
    const client = createPrometheusClient({
      source: { baseUrl: url, auth: { kind: 'none' } },
      fetch: nodeFetch,
    });
    await expect(client.version()).rejects.toThrow(/is not Prometheus/);
  });

  it('gives up after its timeout, in words', async () => {
    const url = await serve(() => undefined); // never answers
    const client = createPrometheusClient({
      source: { baseUrl: url, auth: { kind: 'none' } },
      fetch: nodeFetch,
      timeoutMs: 300,
    });
    const error = await client.query('up', 0).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrometheusError);
    expect((error as PrometheusError).kind).toBe('timeout');
    expect((error as PrometheusError).message).toMatch(/did not answer within 0.3 seconds/);
  });

  it("passes on Prometheus' own refusal of a query", async () => {
    const url = await serve((_req, res) => {
      res.statusCode = 400;
      res.end(
        JSON.stringify({ status: 'error', errorType: 'bad_data', error: 'parse error at char 5' }),
      );
    });
    const client = createPrometheusClient({
      source: { baseUrl: url, auth: { kind: 'none' } },
      fetch: nodeFetch,
    });
    await expect(client.query('sum(', 0)).rejects.toThrow(
      'Prometheus refused the query: parse error at char 5.',
    );
  });

  it('says nothing answered where nothing listens', async () => {
    const url = await serve(() => undefined);
    servers.pop()!.close();
    await new Promise((r) => setTimeout(r, 50));
    const client = createPrometheusClient({
      source: { baseUrl: url, auth: { kind: 'none' } },
      fetch: nodeFetch,
    });
    await expect(client.version()).rejects.toThrow(/Nothing answered at/);
  });
});

describe('a data source as the person sets it', () => {
  it('refuses addresses with a user, a query or another scheme', () => {
    for (const baseUrl of [
      'ftp://host',
      'http://u:p@host:9090',
      'http://host/?q=1',
      'localhost:9090',
    ])
      expect(prometheusSourceSchema.safeParse({ baseUrl, auth: { kind: 'none' } }).success).toBe(
        false,
      );
    expect(
      prometheusSourceSchema.parse({ baseUrl: ' http://Host:9090/prom/ ', auth: { kind: 'none' } })
        .baseUrl,
    ).toBe('http://host:9090/prom');
  });

  it('refuses headers that would split a request', () => {
    const bad = { kind: 'headers', headers: [{ name: 'X-Org', value: 'a\r\nHost: evil' }] };
    expect(prometheusSourceSchema.safeParse({ baseUrl: 'http://h', auth: bad }).success).toBe(
      false,
    );
  });

  it('shows the renderer no secret', () => {
    const source = prometheusSourceSchema.parse({
      baseUrl: 'http://h:9090',
      auth: { kind: 'basic', user: 'sre', password: 'hunter2' },
    });
    const view = viewOfSource(source, 'encrypted');
    expect(JSON.stringify(view)).not.toContain('hunter2');
    expect(view).toMatchObject({ user: 'sre', authKind: 'basic', secretKept: 'encrypted' });
    expect(authHeaders(source.auth)).toEqual({ Authorization: `Basic ${btoa('sre:hunter2')}` });
  });
});
