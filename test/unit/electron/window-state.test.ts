import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  clampWindowState,
  DEFAULT_WINDOW_STATE,
  type DisplayArea,
  loadWindowState,
  saveWindowState,
  trackWindowState,
  type WindowState,
} from '../../../electron/window-state';

const primary: DisplayArea = { workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const right: DisplayArea = { workArea: { x: 1920, y: 0, width: 1280, height: 1000 } };

describe('clampWindowState', () => {
  it('keeps a window that is fully on a display', () => {
    const state: WindowState = { x: 100, y: 50, width: 1200, height: 800, maximized: false };
    expect(clampWindowState(state, [primary])).toEqual(state);
  });

  it('drops the position of a window on a display that is gone', () => {
    const state: WindowState = { x: 2500, y: 100, width: 1000, height: 700, maximized: true };
    const clamped = clampWindowState(state, [primary]);
    expect(clamped).toEqual({ width: 1000, height: 700, maximized: true });
  });

  it('keeps a window on the second display while it is connected', () => {
    const state: WindowState = { x: 2000, y: 100, width: 1000, height: 700, maximized: false };
    expect(clampWindowState(state, [primary, right])).toEqual(state);
  });

  it('drops a position whose title bar is above the screen', () => {
    const state: WindowState = { x: 100, y: -500, width: 1000, height: 800, maximized: false };
    expect(clampWindowState(state, [primary])).not.toHaveProperty('y');
  });

  it('pulls a partly visible window inside and shrinks an oversized one', () => {
    const partly = clampWindowState({ x: 1500, y: 100, width: 1000, height: 700, maximized: false }, [
      primary,
    ]);
    expect(partly).toEqual({ x: 920, y: 100, width: 1000, height: 700, maximized: false });
    const huge = clampWindowState({ x: 0, y: 0, width: 5000, height: 4000, maximized: false }, [primary]);
    expect(huge).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false });
  });

  it('grows a window below the minimum size', () => {
    const tiny = clampWindowState({ width: 200, height: 100, maximized: false }, [primary]);
    expect(tiny.width).toBeGreaterThanOrEqual(960);
    expect(tiny.height).toBeGreaterThanOrEqual(600);
  });
});

describe('loadWindowState / saveWindowState', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'salesdesk-window-state-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through a JSON file without leaving temp files', async () => {
    const path = join(dir, 'window-state.json');
    const state: WindowState = { x: 40, y: 30, width: 1100, height: 720, maximized: true };
    saveWindowState(path, state);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual(state);
    expect(await readdir(dir)).toEqual(['window-state.json']);
    expect(await loadWindowState(path, [primary])).toEqual(state);
  });

  it('falls back to the defaults when the file is missing', async () => {
    expect(await loadWindowState(join(dir, 'none.json'), [primary])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('survives corrupt JSON and wrong shapes', async () => {
    const path = join(dir, 'window-state.json');
    await writeFile(path, '{"x": 10, "width": ');
    expect(await loadWindowState(path, [primary])).toEqual(DEFAULT_WINDOW_STATE);
    await writeFile(path, JSON.stringify({ x: 'left', width: -5, height: 800, maximized: 'yes' }));
    expect(await loadWindowState(path, [primary])).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('clamps a saved off-screen position when loading', async () => {
    const path = join(dir, 'window-state.json');
    saveWindowState(path, { x: 5000, y: 5000, width: 1000, height: 700, maximized: false });
    expect(await loadWindowState(path, [primary])).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('refuses to save an invalid state', () => {
    expect(() => saveWindowState(join(dir, 'w.json'), { width: 0, height: 10, maximized: false })).toThrow();
  });
});

describe('trackWindowState', () => {
  it('saves normal bounds and the maximised flag when the window closes', () => {
    let onClose: (() => void) | undefined;
    const saved: WindowState[] = [];
    trackWindowState(
      {
        getNormalBounds: () => ({ x: 10.4, y: 20, width: 1000, height: 700.6 }),
        isMaximized: () => true,
        once: (_event, listener) => {
          onClose = listener;
        },
      },
      (state) => saved.push(state),
    );
    expect(saved).toEqual([]);
    onClose?.();
    expect(saved).toEqual([{ x: 10, y: 20, width: 1000, height: 701, maximized: true }]);
  });

  it('never throws out of the close handler', () => {
    let onClose: (() => void) | undefined;
    trackWindowState(
      {
        getNormalBounds: () => ({ x: 0, y: 0, width: 1000, height: 700 }),
        isMaximized: () => false,
        once: (_event, listener) => {
          onClose = listener;
        },
      },
      () => {
        throw new Error('disk full');
      },
    );
    expect(() => onClose?.()).not.toThrow();
  });
});
