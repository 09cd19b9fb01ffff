// Window position and size survive restarts, but a saved position can point at a monitor that has since
// been unplugged; clamping to the displays we are given keeps the window reachable.

import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomicSync } from './atomic-write';

/** The smallest window the layout is made for (every page fits 1366×768; this is the floor). */
export const MIN_WINDOW_WIDTH = 960;
export const MIN_WINDOW_HEIGHT = 600;

export const WINDOW_STATE_FILE = 'window-state.json';

const windowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
});

export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's Display we need: the area not covered by task bars and docks. */
export interface DisplayArea {
  workArea: Rectangle;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 800, maximized: false };

/** How much of the window must be on a display to count as reachable (enough to grab the title bar). */
const MIN_VISIBLE = { width: 120, height: 40 };

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * Fit the state to the displays: sizes no larger than the work area (and no smaller than the minimum),
 * and a position that leaves the window grabbable on some display; otherwise the position is dropped so
 * Electron centres the window on the primary display (the first one given).
 */
export function clampWindowState(state: WindowState, displays: readonly DisplayArea[]): WindowState {
  const primary = displays[0]?.workArea;
  if (!primary) return state;
  const { x, y } = state;
  const fitSize = (area: Rectangle) => ({
    width: Math.max(Math.min(state.width, area.width), Math.min(MIN_WINDOW_WIDTH, area.width)),
    height: Math.max(Math.min(state.height, area.height), Math.min(MIN_WINDOW_HEIGHT, area.height)),
  });
  if (x !== undefined && y !== undefined) {
    const home = displays.find(({ workArea }) => {
      const seen = overlap({ x, y, width: state.width, height: state.height }, workArea);
      // The top edge must be on the display too, or the title bar is out of reach.
      return (
        seen.width >= MIN_VISIBLE.width &&
        seen.height >= MIN_VISIBLE.height &&
        y >= workArea.y &&
        y < workArea.y + workArea.height
      );
    });
    if (home) {
      const size = fitSize(home.workArea);
      const area = home.workArea;
      // Pull the window fully inside its display now that it is known to fit.
      const clampedX = Math.min(Math.max(x, area.x), area.x + area.width - size.width);
      const clampedY = Math.min(Math.max(y, area.y), area.y + area.height - size.height);
      return { ...size, x: clampedX, y: clampedY, maximized: state.maximized };
    }
  }
  return { ...fitSize(primary), maximized: state.maximized };
}

/** The saved state clamped to the displays; defaults when the file is missing, unreadable or malformed. */
export async function loadWindowState(path: string, displays: readonly DisplayArea[]): Promise<WindowState> {
  let saved: WindowState = DEFAULT_WINDOW_STATE;
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
    if (parsed.success) saved = parsed.data;
  } catch {
    // Missing on first run, or corrupt after a crash: both just mean "use the defaults".
  }
  return clampWindowState(saved, displays);
}

/** Synchronous because it runs while the window closes, and the app may exit right after. */
export function saveWindowState(path: string, state: WindowState): void {
  writeFileAtomicSync(path, `${JSON.stringify(windowStateSchema.parse(state), null, 2)}\n`);
}

/** The part of BrowserWindow that window-state tracking needs. */
export interface TrackedWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  once(event: 'close', listener: () => void): unknown;
}

/**
 * Save the window's state when it closes. Normal bounds rather than current bounds, so a maximised
 * window restores to the size it had before maximising.
 */
export function trackWindowState(window: TrackedWindow, save: (state: WindowState) => void): void {
  window.once('close', () => {
    const bounds = window.getNormalBounds();
    const state: WindowState = {
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
      maximized: window.isMaximized(),
    };
    try {
      save(state);
    } catch {
      // Losing the window position is never worth an error dialog on quit.
    }
  });
}
