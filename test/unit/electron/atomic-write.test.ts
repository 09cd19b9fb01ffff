import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFileAtomicSync } from '../../../electron/atomic-write';

describe.each([
  ['writeFileAtomic', (path: string, data: Uint8Array | string) => writeFileAtomic(path, data)],
  ['writeFileAtomicSync', async (path: string, data: Uint8Array | string) => writeFileAtomicSync(path, data)],
])('%s', (_name, write) => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'salesdesk-atomic-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes text and bytes, replacing the old file and leaving no temp file', async () => {
    const path = join(dir, 'a.json');
    await writeFile(path, 'old old old old');
    await write(path, '新');
    expect(await readFile(path, 'utf8')).toBe('新');
    const bytes = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251);
    await write(path, bytes);
    expect(Buffer.compare(await readFile(path), Buffer.from(bytes))).toBe(0);
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('leaves the old file and no temp file when the rename fails', async () => {
    // Renaming a file onto a non-empty directory fails on every platform.
    const path = join(dir, 'target');
    const { mkdir } = await import('node:fs/promises');
    await mkdir(path);
    await writeFile(join(path, 'keep.txt'), 'kept');
    await expect(write(path, 'new')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['target']);
    expect(await readFile(join(path, 'keep.txt'), 'utf8')).toBe('kept');
  });
});
