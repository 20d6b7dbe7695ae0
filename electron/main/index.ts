import {
  app,
  BrowserWindow,
  clipboard,
  dialog,
  ipcMain,
  Menu,
  protocol,
  safeStorage,
  screen,
  session,
} from 'electron';
import path from 'node:path';
import gitHttp from 'isomorphic-git/http/node';
import { createGitService } from './git/gitService';
import { safeStorageTokens } from './git/safeTokens';
import { fileURLToPath } from 'node:url';
import { eventChannels } from '../../shared/ipcChannels';
import type { MenuCommand } from '../../shared/ipc';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_START_URL } from './appProtocol';
import { createCopyTextHandler } from './clipboardHandler';
import { createMainWindow } from './createWindow';
import { createFileHandlers } from './fileHandlers';
import { createIpcRouter } from './ipcRouter';
import { readFile } from 'node:fs/promises';
import { createPrometheusHandlers } from './prometheusHandlers';
import { atomicWriteFile } from './atomicWrite';
import { buildMenuTemplate } from './menu';
import { denyAllPermissions, guardContents } from './navigationGuards';
import { serveAppRequest } from './serveApp';
import { fitToDisplays, loadWindowState, saveWindowState, type WindowState } from './windowState';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/index.cjs');
// Only an unpackaged dev run may load the Vite dev server.
const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } },
]);

let mainWindow: BrowserWindow | null = null;

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(eventChannels.onMenuCommand, command);
}

function rememberWindowState(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const snapshot = (): WindowState => ({
    ...window.getNormalBounds(),
    maximized: window.isMaximized(),
  });
  const save = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void saveWindowState(file, snapshot()).catch(() => undefined), 400);
  };
  window.on('resize', save);
  window.on('move', save);
  window.on('close', () => {
    clearTimeout(timer);
    void saveWindowState(file, snapshot()).catch(() => undefined);
  });
}

async function openMainWindow(): Promise<void> {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const saved = await loadWindowState(stateFile);
  const state = fitToDisplays(
    saved,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  mainWindow = createMainWindow(preloadPath, state);
  rememberWindowState(mainWindow, stateFile);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  await mainWindow.loadURL(devServerUrl ?? APP_START_URL);
}

function registerIpc(): void {
  const files = createFileHandlers({
    dialogs: {
      showSaveDialog: (options) =>
        mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
      showOpenDialog: (options) =>
        mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options),
    },
    defaultDir: app.getPath('documents'),
    printPdf: async () => {
      if (!mainWindow) throw new Error('no window to print');
      return mainWindow.webContents.printToPDF({ printBackground: true, pageSize: 'A4' });
    },
  });
  const sourceFile = path.join(app.getPath('userData'), 'prometheus-source.json');
  const prometheus = createPrometheusHandlers({
    read: () =>
      readFile(sourceFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return null;
        throw error;
      }),
    write: (text) => atomicWriteFile(sourceFile, text),
    secrets: safeStorage,
    // A redirect is not followed: it could lead to an address the person never set.
    fetch: (url, init) => fetch(url, { ...init, redirect: 'manual' }),
  });
  const gitService = createGitService({
    rootDir: path.join(app.getPath('userData'), 'git'),
    http: gitHttp,
    tokens: safeStorageTokens(
      safeStorage,
      path.join(app.getPath('userData'), 'git-tokens.json'),
      (text) => atomicWriteFile(path.join(app.getPath('userData'), 'git-tokens.json'), text),
    ),
    appVersion: app.getVersion(),
  });
  const routes = createIpcRouter(
    {
      gitConnect: async (request) => gitService.connect(request),
      gitShare: (request) => gitService.share(request),
      gitOpen: (request) => gitService.open(request),
      gitSync: (request) => gitService.sync(request),
      getPrometheusSource: prometheus.getPrometheusSource,
      setPrometheusSource: prometheus.setPrometheusSource,
      testPrometheus: prometheus.testPrometheus,
      queryPrometheus: prometheus.queryPrometheus,
      saveFile: files.saveFile,
      openFile: files.openFile,
      printToPdf: files.printToPdf,
      copyText: createCopyTextHandler((text) => clipboard.writeText(text)),
      getAppInfo: async () => ({
        version: app.getVersion(),
        shell: 'electron',
        platform: process.platform,
      }),
    },
    { devServerUrl },
  );
  for (const [channel, listener] of routes) ipcMain.handle(channel, listener);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.on('web-contents-created', (_event, contents) => guardContents(contents, devServerUrl));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    denyAllPermissions(session.defaultSession);
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));
    registerIpc();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          appName: app.getName(),
          isMac: process.platform === 'darwin',
          isDev: !app.isPackaged,
          send: sendMenuCommand,
        }),
      ),
    );
    await openMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void openMainWindow();
    });
  });
}
