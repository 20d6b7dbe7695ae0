import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc';

export interface MenuOptions {
  appName: string;
  isMac: boolean;
  isDev: boolean;
  send: (command: MenuCommand) => void;
}

/** The application menu as plain data, so a test can read it without Electron. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { appName, isMac, isDev, send } = options;
  const about: MenuItemConstructorOptions = {
    label: `About ${appName}`,
    click: () => send('show-about'),
  };
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        about,
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: '&File',
      submenu: [
        { label: 'New Workbook…', accelerator: 'CmdOrCtrl+N', click: () => send('new-workbook') },
        { type: 'separator' },
        {
          label: 'Import Workbook…',
          accelerator: 'CmdOrCtrl+O',
          click: () => send('import-workbook'),
        },
        {
          label: 'Export Workbook…',
          accelerator: 'CmdOrCtrl+Shift+E',
          click: () => send('export-workbook'),
        },
        { type: 'separator' },
        { label: 'Open the Sample Workbook', click: () => send('open-sample') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: 'Quit' },
      ],
    },
    { label: '&Edit', role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        ...(isDev ? [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { label: '&Help', role: 'help', submenu: isMac ? [] : [about] },
  );
  return template;
}
