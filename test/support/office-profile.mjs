// A browser profile on disk that already holds an office, for what a person waits for at the next start:
// the start-up and open-screen figures (test/bench/run.mjs) and the screens' request-counting test.
// One server serves the app (dist/) and the benchmark page (dist-bench/) from one origin, so the page
// seeds the very IndexedDB the app then opens; each start is a new browser process on the same profile
// (a cold page load, the data already on disk).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = resolve(import.meta.dirname, '../..');

/** Serve the repository: the app at `appUrl` (dist/), the benchmark page at `benchUrl` (dist-bench/). */
export async function serveAppAndBench() {
  // Hashed assets cached as the app's own protocol keeps them (on disk, with V8's code cache): a start then
  // costs what it costs in the app, not a download of every chunk through the browser's six connections.
  const server = await startStaticServer(root, { immutableAssets: true });
  return { appUrl: `${server.url}dist/`, benchUrl: `${server.url}dist-bench/`, close: server.close };
}

/**
 * A browser process on the profile in `userDataDir` (kept when it closes).
 * @param {string} userDataDir
 * @param {Parameters<typeof chromium.launchPersistentContext>[1]} [options]
 */
export async function openProfile(userDataDir, options = {}) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    viewport: { width: 1366, height: 768 },
    ...options,
    executablePath: chromiumPath(),
    // An app window, as the desktop app's: no browser toolbar, whose omnibox page Chromium would otherwise
    // load beside the app at every start (seen in a trace: 400 requests and a core's time for 2.5 s).
    args: [...chromiumArgs, '--app=data:text/html,', ...(options.args ?? [])],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/**
 * A new profile whose app database holds a named machine and the sample office grown to `orders` orders
 * (0: named, empty). Returns its directory and how long the seed took; `remove()` deletes the profile.
 * @param {string} benchUrl
 * @param {{ orders: number, language?: 'en' | 'zh-CN' }} options
 */
export async function seededProfile(benchUrl, options) {
  const userDataDir = await mkdtemp(join(tmpdir(), 'salesdesk-office-'));
  const remove = () => rm(userDataDir, { recursive: true, force: true });
  try {
    const { context, page } = await openProfile(userDataDir);
    try {
      page.setDefaultTimeout(0);
      page.on('console', (message) => {
        if (message.text().startsWith('[bench]')) console.log(message.text());
      });
      await page.goto(benchUrl);
      await page.waitForFunction(() => typeof window.seedOffice === 'function');
      const seeded = await page.evaluate((o) => window.seedOffice(o), options);
      if (seeded.orders !== options.orders)
        throw new Error(`seeded ${seeded.orders} orders, expected ${options.orders}`);
      return { userDataDir, seedMs: seeded.ms, remove };
    } finally {
      await context.close();
    }
  } catch (error) {
    await remove();
    throw error;
  }
}
