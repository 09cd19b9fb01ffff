import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';

// The page's first script starts the browser opening the database files while the app's code loads
// (renderer/public/early-open.js). It must run before any module, and it must never open a connection:
// a connection would create a database on a new machine (the first-run screen decides that) and would
// stand in the way of an upgrade.

const renderer = resolve(import.meta.dirname, '../../../renderer');
const source = readFileSync(resolve(renderer, 'public/early-open.js'), 'utf8');

describe('the early database open', () => {
  it('comes first in the page, as a plain script before the app’s module', () => {
    const html = readFileSync(resolve(renderer, 'index.html'), 'utf8');
    const early = html.indexOf('<script src="./early-open.js"></script>');
    const app = html.indexOf('<script type="module"');
    expect(early).toBeGreaterThan(-1);
    expect(early).toBeLessThan(app);
  });

  it('asks which databases exist and opens none', async () => {
    const indexedDB = { databases: vi.fn(async () => []), open: vi.fn(), deleteDatabase: vi.fn() };
    runInNewContext(source, { indexedDB, globalThis: { indexedDB } });
    expect(indexedDB.databases).toHaveBeenCalledTimes(1);
    expect(indexedDB.open).not.toHaveBeenCalled();
    expect(indexedDB.deleteDatabase).not.toHaveBeenCalled();
  });

  it('is harmless where IndexedDB cannot list databases, or refuses to', async () => {
    expect(() => runInNewContext(source, { globalThis: {} })).not.toThrow();
    expect(() =>
      runInNewContext(source, {
        globalThis: { indexedDB: { databases: () => Promise.reject(new Error('no')) } },
      }),
    ).not.toThrow();
  });
});
