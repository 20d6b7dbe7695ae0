import { BrowserWindow } from 'electron';
import type { WindowState } from './windowState';

/**
 * The app's one window. The options stay an inline literal, with every security switch written
 * out, so Electronegativity and the window test can both read them.
 */
export function createMainWindow(preloadPath: string, state: WindowState): BrowserWindow {
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'SLO Workbook',
    backgroundColor: '#f6f6f3',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      // Middle-click would otherwise ask to open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  return window;
}
