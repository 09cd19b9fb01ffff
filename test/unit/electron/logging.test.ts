import { join } from 'node:path';
import type { MainLogger } from 'electron-log';
import { describe, expect, it, vi } from 'vitest';
import { LOG_FILE_NAME, setupLogging } from '../../../electron/logging';

describe('setupLogging', () => {
  it('writes info and above to main.log in the logs folder and catches errors without a dialog', () => {
    const startCatching = vi.fn();
    const fake = {
      transports: { file: { level: 'silly', maxSize: 0 }, console: { level: 'silly' } },
      errorHandler: { startCatching },
    } as unknown as MainLogger & {
      transports: { file: { resolvePathFn: () => string; level: string; maxSize: number } };
    };
    expect(setupLogging(fake, '/logs/SalesDesk')).toBe(fake);
    expect(fake.transports.file.resolvePathFn()).toBe(join('/logs/SalesDesk', LOG_FILE_NAME));
    expect(fake.transports.file.level).toBe('info');
    expect(fake.transports.file.maxSize).toBeGreaterThan(0);
    expect(startCatching).toHaveBeenCalledExactlyOnceWith({ showDialog: false });
  });
});
