import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../electron/main/menu';

function items(menu: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return Array.isArray(menu?.submenu) ? menu.submenu : [];
}

function click(item: MenuItemConstructorOptions | undefined) {
  // The menu's click handlers ignore their arguments; the cast avoids building Electron objects.
  (item?.click as unknown as () => void)();
}

describe('application menu', () => {
  it('has File (import, export, quit), Edit, View and Help with About', () => {
    const send = vi.fn();
    const template = buildMenuTemplate({
      appName: 'SLO Workbook',
      isMac: false,
      isDev: false,
      send,
    });
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const file = items(template[0]);
    expect(file.map((i) => i.label ?? i.role ?? i.type)).toEqual([
      'New Workbook…',
      'separator',
      'Import Workbook…',
      'Export Workbook…',
      'separator',
      'Open the Sample Workbook',
      'separator',
      'Quit',
    ]);
    expect(file.at(-1)?.role).toBe('quit');
    expect(template[1]?.role).toBe('editMenu');

    click(file.find((i) => i.label === 'Import Workbook…'));
    click(file.find((i) => i.label === 'Export Workbook…'));
    click(file.find((i) => i.label === 'Open the Sample Workbook'));
    click(items(template[3]).find((i) => i.label === 'About SLO Workbook'));
    expect(send.mock.calls.map((c) => c[0])).toEqual([
      'import-workbook',
      'export-workbook',
      'open-sample',
      'show-about',
    ]);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      items(buildMenuTemplate({ appName: 'X', isMac: false, isDev, send: vi.fn() })[2]).map(
        (i) => i.role,
      );
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('puts About and Quit under the app menu on macOS', () => {
    const template = buildMenuTemplate({
      appName: 'SLO Workbook',
      isMac: true,
      isDev: false,
      send: vi.fn(),
    });
    expect(template[0]?.label).toBe('SLO Workbook');
    expect(items(template[0]).some((i) => i.role === 'quit')).toBe(true);
  });
});
