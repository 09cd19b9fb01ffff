import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from '../../support/static-server.mjs';

// The start-up figures serve the built app with its hashed assets cacheable (as the desktop app's protocol
// keeps them on disk, with V8's code cache); the page itself, and everything the e2e suite serves, is never
// cached, so a test always runs the build it was given.
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'salesdesk-static-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(join(dir, 'assets', 'index-abc123.js'), 'export {};');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function cacheControl(options: Parameters<typeof startStaticServer>[1], path: string) {
  const server = await startStaticServer(dir, options);
  try {
    const response = await fetch(`${server.url}${path}`);
    expect(response.status).toBe(200);
    return response.headers.get('cache-control');
  } finally {
    await server.close();
  }
}

describe('static server caching', () => {
  it('lets hashed assets be cached for good when asked, never the page', async () => {
    expect(await cacheControl({ immutableAssets: true }, 'assets/index-abc123.js')).toBe(
      'public, max-age=31536000, immutable',
    );
    expect(await cacheControl({ immutableAssets: true }, '')).toBe('no-store');
    expect(await cacheControl({ immutableAssets: true }, 'orders')).toBe('no-store');
  });

  it('caches nothing by default', async () => {
    expect(await cacheControl({}, 'assets/index-abc123.js')).toBe('no-store');
  });
});
