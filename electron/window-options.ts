// BrowserWindow options in one pure function, so every security flag is asserted by a unit test
// instead of trusted to review.

import type { BrowserWindowConstructorOptions } from 'electron';
import { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH, type WindowState } from './window-state';

export { MIN_WINDOW_HEIGHT, MIN_WINDOW_WIDTH };
/** Matches the renderer's loading background, so no white flash before the first paint. */
export const WINDOW_BACKGROUND = '#f8f9fa';

export interface WindowOptionsInput {
  preloadPath: string;
  state: WindowState;
}

export function buildWindowOptions({
  preloadPath,
  state,
}: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'SalesDesk',
    width: state.width,
    height: state.height,
    // Without a saved position Electron centres the window.
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_WIDTH,
    minHeight: MIN_WINDOW_HEIGHT,
    // Shown on 'ready-to-show' so the user never sees an unpainted window.
    show: false,
    backgroundColor: WINDOW_BACKGROUND,
    webPreferences: {
      preload: preloadPath,
      // The Electron security checklist: the renderer is an untrusted web page with no Node.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // The Chromium spellchecker fetches dictionaries from a Google CDN on Linux; the app is offline.
      spellcheck: false,
    },
  };
}
