import { describe, expect, it, vi } from 'vitest';
import { type FocusableWindow, setupSingleInstance } from '../../../electron/single-instance';

function fakeApp(lock: boolean) {
  let onSecond: (() => void) | undefined;
  return {
    app: {
      requestSingleInstanceLock: vi.fn(() => lock),
      on: vi.fn((_event: 'second-instance', listener: () => void) => {
        onSecond = listener;
      }),
    },
    secondInstance: () => onSecond?.(),
  };
}

const fakeWindow = (minimized: boolean): FocusableWindow => ({
  isMinimized: () => minimized,
  restore: vi.fn(),
  show: vi.fn(),
  focus: vi.fn(),
});

describe('setupSingleInstance', () => {
  it('returns false and wires nothing when another copy holds the lock', () => {
    const { app } = fakeApp(false);
    expect(setupSingleInstance(app, () => undefined)).toBe(false);
    expect(app.on).not.toHaveBeenCalled();
  });

  it('restores and focuses the existing window on a second launch', () => {
    const { app, secondInstance } = fakeApp(true);
    const window = fakeWindow(true);
    expect(setupSingleInstance(app, () => window)).toBe(true);
    secondInstance();
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('does not restore a window that is not minimised, and copes with no window', () => {
    const { app, secondInstance } = fakeApp(true);
    const window = fakeWindow(false);
    let current: FocusableWindow | undefined;
    setupSingleInstance(app, () => current);
    expect(() => secondInstance()).not.toThrow();
    current = window;
    secondInstance();
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});
