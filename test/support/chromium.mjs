// Launch the system Chromium through playwright-core, for the e2e suite and the benchmark.
// The executable is /usr/bin/chromium unless CHROMIUM_PATH says otherwise.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const defaultChromiumPath = '/usr/bin/chromium';

/** Flags for a quiet, headless, reproducible browser (no network chatter, no updates, no sandbox in CI). */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The Chromium executable to use; throws a message that says how to install it when it is missing. */
export function chromiumPath() {
  const path = process.env.CHROMIUM_PATH || defaultChromiumPath;
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install it with \`apt-get install -y chromium\` ` +
        '(or set CHROMIUM_PATH to a Chromium or Chrome executable).',
    );
  }
  return path;
}

/**
 * A browser whose contexts are fresh and in memory (IndexedDB included).
 * @param {import('playwright-core').LaunchOptions} [options]
 */
export function launchChromium(options = {}) {
  return chromium.launch({
    ...options,
    executablePath: chromiumPath(),
    args: [...chromiumArgs, ...(options.args ?? [])],
  });
}

/**
 * A browser context with its own new profile directory on disk, so IndexedDB is stored as in real use.
 * `close()` closes the browser and removes the profile.
 * @param {Parameters<typeof chromium.launchPersistentContext>[1]} [options]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, userDataDir: string, close: () => Promise<void> }>}
 */
export async function launchChromiumContext(options = {}) {
  const executablePath = chromiumPath();
  const userDataDir = await mkdtemp(join(tmpdir(), 'salesdesk-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      ...options,
      executablePath,
      args: [...chromiumArgs, ...(options.args ?? [])],
    });
    return {
      context,
      userDataDir,
      close: async () => {
        await context.close().catch(() => {});
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
