import { promises as fsp } from 'node:fs';
import { z } from 'zod';
import { atomicWriteFile } from './atomicWrite';

export const DEFAULT_WINDOW = { width: 1280, height: 820 } as const;
const MIN_WIDTH = 900;
const MIN_HEIGHT = 600;

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Keeps a remembered window usable on today's screens: a position on a monitor that is gone is
 * dropped (the OS centres the window), and a size larger than any screen is shrunk to fit.
 */
export function fitToDisplays(state: WindowState, workAreas: Rect[]): WindowState {
  const largest = workAreas.reduce<Rect | undefined>(
    (best, area) => (!best || area.width * area.height > best.width * best.height ? area : best),
    undefined,
  );
  const width = Math.max(MIN_WIDTH, Math.min(state.width, largest?.width ?? state.width));
  const height = Math.max(MIN_HEIGHT, Math.min(state.height, largest?.height ?? state.height));
  const fitted: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return fitted;
  const rect = { x: state.x, y: state.y, width, height };
  // Visible enough to grab: at least a quarter of the window on one screen.
  const visible = workAreas.some((area) => overlapArea(rect, area) >= (width * height) / 4);
  return visible ? { ...fitted, x: state.x, y: state.y } : fitted;
}

export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function loadWindowState(file: string): Promise<WindowState> {
  try {
    const parsed = parseWindowState(JSON.parse(await fsp.readFile(file, 'utf8')));
    return parsed ?? { ...DEFAULT_WINDOW, maximized: false };
  } catch {
    return { ...DEFAULT_WINDOW, maximized: false };
  }
}

export async function saveWindowState(file: string, state: WindowState): Promise<void> {
  await atomicWriteFile(file, JSON.stringify(state));
}
