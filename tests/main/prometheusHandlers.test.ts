import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createIpcRouter } from '../../electron/main/ipcRouter';
import { createPrometheusHandlers, type SecretBox } from '../../electron/main/prometheusHandlers';
import { invokeChannels } from '../../shared/ipcChannels';
import { HISTORY_END_MS, minuteCounts, openMetrics } from '../fixtures/prometheus/sliHistory';
import {
  TEST_PASSWORD,
  TEST_USER,
  startPrometheus,
  type RunningPrometheus,
} from '../fixtures/prometheus/realPrometheus';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 600_000 });

/** A reversible stand-in for the OS keychain: what matters is that the file never holds the text. */
function box(available: boolean, backend = 'gnome_libsecret'): SecretBox {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => Buffer.from([...Buffer.from(text)].map((b) => b ^ 0x5a)),
    decryptString: (data) => Buffer.from([...data].map((b) => b ^ 0x5a)).toString(),
  };
}

function handlers(secrets: SecretBox) {
  let file: string | null = null;
  const h = createPrometheusHandlers({
    read: async () => file,
    write: async (text) => {
      file = text;
    },
    secrets,
    fetch: (url, init) => fetch(url, init),
  });
  return { h, file: () => file };
}

let prometheus: RunningPrometheus;
beforeAll(async () => {
  prometheus = await startPrometheus({ openMetrics: openMetrics(minuteCounts()), basicAuth: true });
});
afterAll(async () => prometheus?.stop());

describe('the Prometheus data source in main', () => {
  it('keeps the password encrypted, shows the renderer none of it, and tests in words', async () => {
    const { h, file } = handlers(box(true));
    const wrong = await h.setPrometheusSource({
      source: {
        baseUrl: prometheus.url,
        auth: { kind: 'basic', user: TEST_USER, password: 'nope' },
      },
    });
    expect(wrong).toMatchObject({
      status: 'saved',
      source: { secretKept: 'encrypted', user: TEST_USER },
    });
    expect(JSON.stringify(wrong)).not.toContain('nope');
    expect(file()).not.toContain('nope');
    expect(await h.testPrometheus()).toMatchObject({
      status: 'failed',
      kind: 'unauthorised',
      message: expect.stringContaining('wrong user or password'),
    });

    await h.setPrometheusSource({
      source: {
        baseUrl: prometheus.url,
        auth: { kind: 'basic', user: TEST_USER, password: TEST_PASSWORD },
      },
    });
    expect(file()).not.toContain(TEST_PASSWORD);
    const ok = await h.testPrometheus();
    expect(ok).toMatchObject({
      status: 'ok',
      baseUrl: prometheus.url,
      version: expect.stringMatching(/^\d/),
    });

    // Saving again with the password left empty keeps the stored one.
    await h.setPrometheusSource({
      source: {
        baseUrl: `${prometheus.url}/`,
        auth: { kind: 'basic', user: TEST_USER, password: null },
      },
    });
    expect(await h.testPrometheus()).toMatchObject({ status: 'ok' });
    const answer = await h.queryPrometheus({
      kind: 'instant',
      query: 'sum(http_requests_total)',
      time: HISTORY_END_MS / 1000,
    });
    expect(answer).toMatchObject({ status: 'ok', data: { resultType: 'vector' } });
    expect(JSON.stringify(await h.getPrometheusSource())).not.toContain(TEST_PASSWORD);
  });

  it('says where no keychain leaves the secret in plain text', async () => {
    const { h, file } = handlers(box(true, 'basic_text'));
    const saved = await h.setPrometheusSource({
      source: { baseUrl: prometheus.url, auth: { kind: 'bearer', token: 'tok123' } },
    });
    expect(saved).toMatchObject({ status: 'saved', source: { secretKept: 'plain-text' } });
    expect(file()).toContain('tok123');
  });

  it('asks for a password when none is stored for that user', async () => {
    const { h } = handlers(box(true));
    const result = await h.setPrometheusSource({
      source: { baseUrl: prometheus.url, auth: { kind: 'basic', user: 'other', password: null } },
    });
    expect(result).toMatchObject({ status: 'failed' });
  });

  it('refuses, before any request, a range over 11,000 points and an address that is not one', async () => {
    const { h } = handlers(box(true));
    const fromApp = { senderFrame: { url: 'app://workbook/index.html' } };
    const noop = async () => ({ status: 'canceled' as const });
    const gitAnswer = { status: 'failed' as const, kind: 'failed' as const, message: 'x' };
    const routes = createIpcRouter({
      saveFile: noop,
      openFile: noop,
      printToPdf: noop,
      copyText: async () => ({ status: 'copied' as const }),
      getAppInfo: async () => ({ version: '1', shell: 'electron' as const, platform: 'linux' }),
      gitConnect: async () => gitAnswer,
      gitShare: async () => gitAnswer,
      gitOpen: async () => gitAnswer,
      gitSync: async () => gitAnswer,
      ...h,
    });
    const query = routes.get(invokeChannels.queryPrometheus)!;
    await expect(
      query(fromApp, {
        kind: 'range',
        query: 'up',
        start: 1_700_000_000,
        end: 1_700_000_000 + 11_000 * 60,
        step: 60,
      }),
    ).rejects.toThrow(/does not match the contract/);
    const set = routes.get(invokeChannels.setPrometheusSource)!;
    await expect(
      set(fromApp, { source: { baseUrl: 'file:///etc/passwd', auth: { kind: 'none' } } }),
    ).rejects.toThrow(/does not match the contract/);
  });
});
