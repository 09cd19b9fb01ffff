// Picks the implementation once: the preload's bridge means Electron, its absence a plain browser.

import type { SalesDeskBridge } from '../../shared/ipc/contract';
import { createBrowserPlatform } from './browser';
import { createDesktopPlatform } from './desktop';
import type { Platform } from './types';

declare global {
  interface Window {
    /** Set by electron/preload.ts; absent in a plain browser. */
    salesdesk?: SalesDeskBridge;
  }
}

export function choosePlatform(win: Window): Platform {
  return win.salesdesk ? createDesktopPlatform(win.salesdesk) : createBrowserPlatform(win);
}

export const platform: Platform = choosePlatform(window);

export type { Platform } from './types';
