import { describe, expect, it, vi } from 'vitest';
import { createCopyTextHandler } from '../../electron/main/clipboardHandler';
import { createIpcRouter, type InvokeHandlers } from '../../electron/main/ipcRouter';
import { invokeChannels } from '../../shared/ipcChannels';

describe('copying to the clipboard', () => {
  it('writes the text and says so; a failing clipboard is reported, not thrown', async () => {
    const writeText = vi.fn();
    expect(await createCopyTextHandler(writeText)({ text: '# Report' })).toEqual({
      status: 'copied',
    });
    expect(writeText).toHaveBeenCalledWith('# Report');
    const broken = createCopyTextHandler(() => {
      throw new Error('clipboard busy');
    });
    expect(await broken({ text: 'x' })).toEqual({
      status: 'failed',
      message: 'The text could not be copied (clipboard busy).',
    });
  });

  it('main refuses anything but text, and text from any page but the app', async () => {
    const copyText = vi.fn(async () => ({ status: 'copied' as const }));
    const route = createIpcRouter({ copyText } as unknown as InvokeHandlers).get(
      invokeChannels.copyText,
    )!;
    const fromApp = { senderFrame: { url: 'app://workbook/index.html' } };
    await expect(route(fromApp, { text: 42 })).rejects.toThrow();
    await expect(route(fromApp, { text: 'a', extra: true })).rejects.toThrow();
    await expect(
      route({ senderFrame: { url: 'https://example.com/' } }, { text: 'a' }),
    ).rejects.toThrow();
    expect(copyText).not.toHaveBeenCalled();
    await route(fromApp, { text: '# Report' });
    expect(copyText).toHaveBeenCalledWith({ text: '# Report' });
  });
});
