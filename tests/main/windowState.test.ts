import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW,
  fitToDisplays,
  loadWindowState,
  saveWindowState,
} from '../../electron/main/windowState';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitor = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('remembered window size and position', () => {
  it('reopens where it was when that screen is still there', () => {
    const state = { x: 1500, y: 100, width: 1600, height: 1000, maximized: false };
    expect(fitToDisplays(state, [laptop, monitor])).toEqual(state);
  });

  it('drops a position on a monitor that was unplugged, so the window is not lost off-screen', () => {
    const fitted = fitToDisplays({ x: 1500, y: 100, width: 1200, height: 800, maximized: false }, [
      laptop,
    ]);
    expect(fitted.x).toBeUndefined();
    expect(fitted.y).toBeUndefined();
    expect(fitted).toMatchObject({ width: 1200, height: 800 });
  });

  it('shrinks a window larger than any screen', () => {
    const fitted = fitToDisplays({ width: 4000, height: 3000, maximized: true }, [laptop]);
    expect(fitted).toEqual({ width: 1440, height: 900, maximized: true });
  });

  it('survives a save and load, and falls back to defaults on a damaged file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'slo-window-'));
    const file = path.join(dir, 'window-state.json');
    await saveWindowState(file, { x: 10, y: 20, width: 1000, height: 700, maximized: true });
    expect(await loadWindowState(file)).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
    await writeFile(file, '{"width": "wide"');
    expect(await loadWindowState(file)).toEqual({ ...DEFAULT_WINDOW, maximized: false });
    expect(await loadWindowState(path.join(dir, 'missing.json'))).toEqual({
      ...DEFAULT_WINDOW,
      maximized: false,
    });
  });
});
