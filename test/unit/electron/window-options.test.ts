import { describe, expect, it } from 'vitest';
import { buildWindowOptions, MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH } from '../../../electron/window-options';

describe('buildWindowOptions', () => {
  const options = buildWindowOptions({
    preloadPath: '/app/dist-electron/preload.cjs',
    state: { x: 10, y: 20, width: 1300, height: 900, maximized: false },
  });

  it('sets every security flag of the Electron checklist', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
    });
  });

  it('uses the given preload and stays hidden until ready-to-show', () => {
    expect(options.webPreferences?.preload).toBe('/app/dist-electron/preload.cjs');
    expect(options.show).toBe(false);
    expect(options.title).toBe('SalesDesk');
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('takes bounds from the saved state and sets a minimum size', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1300, height: 900 });
    expect(options.minWidth).toBe(MIN_WINDOW_WIDTH);
    expect(options.minHeight).toBe(MIN_WINDOW_HEIGHT);
  });

  it('leaves the position out when none was saved, so Electron centres the window', () => {
    const centred = buildWindowOptions({
      preloadPath: '/p.cjs',
      state: { width: 1280, height: 800, maximized: false },
    });
    expect(centred).not.toHaveProperty('x');
    expect(centred).not.toHaveProperty('y');
    expect(centred.width).toBe(1280);
  });
});
