import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown> }[] = [];

vi.mock('electron', () => {
  class FakeBrowserWindow {
    constructor(readonly options: Record<string, unknown>) {
      created.push(this);
    }
    maximize() {}
    once() {}
  }
  return { BrowserWindow: FakeBrowserWindow };
});

const { createMainWindow } = await import('../../electron/main/createWindow');

describe('main window', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('is created with isolation, sandbox and no Node in the page', () => {
    createMainWindow('/app/preload/index.cjs', { width: 1000, height: 700, maximized: false });
    const prefs = created[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
  });

  it('opens at the remembered size and position', () => {
    createMainWindow('/p', { x: 40, y: 50, width: 1111, height: 777, maximized: false });
    expect(created[0]!.options).toMatchObject({ x: 40, y: 50, width: 1111, height: 777 });
  });

  it('keeps the options an inline literal with sandbox written out, for Electronegativity', () => {
    const source = readFileSync('electron/main/createWindow.ts', 'utf8');
    expect(source).toMatch(/new BrowserWindow\(\{[\s\S]*sandbox: true,[\s\S]*\}\);/);
  });
});
