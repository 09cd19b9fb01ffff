import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableNames } from '../../shared/schema/tables';

// Screens read through named queries in renderer/db and write through its repositories and commands:
// no file of the shell, a feature or ui/ reaches into a table itself (`db.orders.get(…)`). The import
// rules (Dexie only in renderer/db, and the layers) are checked by `npm run lint`.

const root = join(import.meta.dirname, '../..');
const screens = ['renderer/app', 'renderer/features', 'renderer/ui'].map((dir) => join(root, dir));
const tables = [...tableNames, 'meta', 'stats', 'history'];
const touch = new RegExp(`\\bdb\\.(${tables.join('|')})\\b`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('named queries', () => {
  it('no screen touches a table directly', () => {
    const found = screens.flatMap(sourceFiles).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (touch.test(line) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('would see one', () => {
    expect(touch.test('const order = await session.db.orders.get(id);')).toBe(true);
    expect(touch.test('const order = await loadOrder(db, id);')).toBe(false);
  });
});
