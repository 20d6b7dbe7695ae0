import { describe, expect, it, vi } from 'vitest';
import { createIpcRouter, type InvokeHandlers } from '../../electron/main/ipcRouter';
import { invokeChannels } from '../../shared/ipcChannels';

function handlers(): InvokeHandlers {
  return {
    saveFile: vi.fn(async () => ({ status: 'canceled' as const })),
    openFile: vi.fn(async () => ({ status: 'canceled' as const })),
    printToPdf: vi.fn(async () => ({ status: 'canceled' as const })),
    copyText: vi.fn(async () => ({ status: 'copied' as const })),
    getPrometheusSource: vi.fn(async () => ({ source: null })),
    setPrometheusSource: vi.fn(async () => ({ status: 'saved' as const, source: null })),
    testPrometheus: vi.fn(async () => ({
      status: 'ok' as const,
      baseUrl: 'http://h',
      version: null,
    })),
    queryPrometheus: vi.fn(async () => ({ status: 'ok' as const, data: null })),
    getAppInfo: vi.fn(async () => ({
      version: '1',
      shell: 'electron' as const,
      platform: 'linux',
    })),
    gitConnect: vi.fn(async () => gitAnswer),
    gitShare: vi.fn(async () => gitAnswer),
    gitOpen: vi.fn(async () => gitAnswer),
    gitSync: vi.fn(async () => gitAnswer),
  };
}

const gitAnswer = { status: 'failed' as const, kind: 'failed' as const, message: 'x' };

const fromApp = { senderFrame: { url: 'app://workbook/index.html' } };

describe('IPC router', () => {
  it('has a route for every channel in the contract', () => {
    expect([...createIpcRouter(handlers()).keys()].sort()).toEqual(
      Object.values(invokeChannels).sort(),
    );
  });

  it('passes a valid request from the app to its handler', async () => {
    const h = handlers();
    const route = createIpcRouter(h).get(invokeChannels.saveFile)!;
    await route(fromApp, { suggestedName: 'a.md', content: '#', kind: 'markdown' });
    expect(h.saveFile).toHaveBeenCalledWith({
      suggestedName: 'a.md',
      content: '#',
      kind: 'markdown',
    });
  });

  it('refuses a request from any other page', async () => {
    const h = handlers();
    const route = createIpcRouter(h).get(invokeChannels.getAppInfo)!;
    for (const url of [
      'https://evil.example/',
      'file:///tmp/x.html',
      'http://127.0.0.1:5173/',
      '',
    ]) {
      await expect(route({ senderFrame: { url } }, {})).rejects.toThrow(/unknown page/);
    }
    await expect(route({ senderFrame: null }, {})).rejects.toThrow(/unknown page/);
    expect(h.getAppInfo).not.toHaveBeenCalled();
  });

  it('accepts the dev server only when one is configured', async () => {
    const route = createIpcRouter(handlers(), { devServerUrl: 'http://127.0.0.1:5173' }).get(
      invokeChannels.getAppInfo,
    )!;
    await expect(
      route({ senderFrame: { url: 'http://127.0.0.1:5173/' } }, {}),
    ).resolves.toBeTruthy();
  });

  it('refuses a request that does not match the schema', async () => {
    const h = handlers();
    const route = createIpcRouter(h).get(invokeChannels.saveFile)!;
    await expect(
      route(fromApp, { suggestedName: '../../x', content: '', kind: 'markdown' }),
    ).rejects.toThrow(/does not match/);
    await expect(route(fromApp, 'a string')).rejects.toThrow(/does not match/);
    expect(h.saveFile).not.toHaveBeenCalled();
  });
});

describe('git requests over IPC', () => {
  it('refuses an SSH address, a token in the address and an odd link id before any handler', async () => {
    const h = handlers();
    const routes = createIpcRouter(h);
    const connect = routes.get(invokeChannels.gitConnect)!;
    for (const request of [
      { linkId: 'link-aaaa0001', url: 'git@github.com:team/wb.git', token: 't' },
      { linkId: 'link-aaaa0001', url: 'https://me:t@github.com/team/wb.git', token: 't' },
      { linkId: '../../etc', url: 'https://github.com/team/wb.git', token: 't' },
      { linkId: 'link-aaaa0001', url: 'https://github.com/team/wb.git', token: 'a\nb' },
    ])
      await expect(connect(fromApp, request)).rejects.toThrow(/does not match the contract/);
    expect(h.gitConnect).not.toHaveBeenCalled();
    await connect(fromApp, {
      linkId: 'link-aaaa0001',
      url: 'https://github.com/team/wb.git',
      token: 't',
    });
    expect(h.gitConnect).toHaveBeenCalledTimes(1);
  });
});
