// One running copy only: two copies would share one IndexedDB and race on backups and settings.

/** The parts of Electron's app and BrowserWindow used here. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  on(event: 'second-instance', listener: () => void): unknown;
}

export interface FocusableWindow {
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Takes the lock; a later launch then brings the existing window forward instead of opening another.
 * Returns false when another copy already holds the lock, and main must quit.
 */
export function setupSingleInstance(
  app: SingleInstanceApp,
  getWindow: () => FocusableWindow | undefined,
): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = getWindow();
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
