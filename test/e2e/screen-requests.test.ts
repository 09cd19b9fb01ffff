import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../../renderer/i18n/locales/en.json';
import { openProfile, seededProfile, serveAppAndBench } from '../support/office-profile.mjs';

// Opening a screen must not cost more as the office grows. On a profile holding 100,000 orders, the app is
// started cold and every area opened from the navigation, with every IndexedDB read logged
// (test/support/idb-request-log.js). A start-up or a screen's first paint fails the test when it counts a
// whole store, reads one whole (toArray: getAll with neither range nor limit) or opens a cursor over one
// without a range — on the stores that grow with the orders — or when any one read returns or steps over
// more records than an office's own lists hold (customers, products and people are read whole by the
// catalogue search and the team's lists: those grow with the office, not with its orders).

const ORDERS = 100_000;
/** The stores whose size follows the orders: a screen may read them only by key, range and limit. */
const growing = new Set(['orders', 'orderEvents', 'history']);
/** No single read on a first paint returns or steps over more records than this. */
const MAX_RECORDS = 5_000;

interface LoggedRequest {
  op: 'count' | 'getAll' | 'cursor';
  store: string;
  index: string | null;
  ranged: boolean;
  limit: number | null;
  records: number;
  at: number;
}

const requestLog = readFileSync(join(import.meta.dirname, '../support/idb-request-log.js'), 'utf8');

/** What is wrong with a read a first paint issued, or null. */
function offence(r: LoggedRequest): string | null {
  const where = `${r.store}${r.index ? `.${r.index}` : ''}`;
  if (r.op === 'count' && !r.ranged) return `counts the whole ${where}`;
  if (growing.has(r.store) && r.op === 'getAll' && !r.ranged && r.limit === null)
    return `reads the whole ${where} (${r.records} records)`;
  if (growing.has(r.store) && r.op === 'cursor' && !r.ranged)
    return `opens a cursor over the whole ${where} (${r.records} records)`;
  if (r.op !== 'count' && r.records > MAX_RECORDS) return `reads ${r.records} records from ${where}`;
  return null;
}

/** The reads issued since the last call, once none has been issued for a second (the screen settled). */
async function settledRequests(page: Page): Promise<LoggedRequest[]> {
  let seen = -1;
  for (let quiet = 0; quiet < 4; ) {
    await page.waitForTimeout(250);
    const now = await page.evaluate(
      () => (window as unknown as { __idbRequests: unknown[] }).__idbRequests.length,
    );
    quiet = now === seen ? quiet + 1 : 0;
    seen = now;
  }
  return page.evaluate(() =>
    (window as unknown as { __idbRequests: LoggedRequest[] }).__idbRequests.splice(0),
  );
}

let server: Awaited<ReturnType<typeof serveAppAndBench>>;
let profile: Awaited<ReturnType<typeof seededProfile>>;

beforeAll(async () => {
  server = await serveAppAndBench();
  profile = await seededProfile(server.benchUrl, { orders: ORDERS });
}, 900_000);
afterAll(async () => {
  await profile?.remove();
  await server?.close();
});

describe('opening a screen on 100,000 orders', () => {
  it('start-up, every area and its tabs read by key, range and limit: no whole count, toArray or unbounded cursor', async () => {
    const { context, page } = await openProfile(profile.userDataDir);
    try {
      await page.addInitScript({ content: requestLog });
      await page.goto(server.appUrl);
      const found: Record<string, string[]> = {};
      const check = (screen: string, requests: LoggedRequest[], mustRead = true) => {
        // An area reads something when it opens; a tab may show what its area already read.
        if (mustRead)
          expect(requests.length, `${screen} read nothing: the log is not installed`).toBeGreaterThan(0);
        const bad = requests.flatMap((r) => offence(r) ?? []);
        if (bad.length > 0) found[screen] = bad;
      };
      // The dashboard is the first screen: its numbers show once start-up has read what it needs (its
      // heading shows before, in the start-up shell: on a busy machine the log could settle before any read).
      await page.locator('[data-testid="dashboard"][data-shown="figures"]').waitFor({ timeout: 120_000 });
      check('start-up and dashboard', await settledRequests(page));
      const areas = (Object.keys(en.nav) as (keyof typeof en.nav)[]).filter((id) => id !== 'dashboard');
      for (const id of [...areas, 'dashboard' as const]) {
        await page.locator(`nav a[data-area="${id}"]`).click();
        await page.locator('main h1').filter({ hasText: en.nav[id] }).waitFor();
        // The area's page itself, not the skeleton shown while its code loads.
        await page.locator('main [data-testid="page-skeleton"]').waitFor({ state: 'detached' });
        const opening = await settledRequests(page);
        // Customers shows the catalogue the Orders search read just before: Dexie serves it from its cache.
        check(id, opening, id !== 'customers');
        if (id === 'orders') {
          // The search's catalogue, every customer and product, is read once a search is coming (the
          // search box focused), not for the queue to open.
          const wholeCatalogue = (requests: LoggedRequest[]) =>
            requests.filter(
              (r) => (r.store === 'customers' || r.store === 'products') && !r.ranged && r.limit === null,
            );
          expect(wholeCatalogue(opening)).toEqual([]);
          await page.getByTestId('queue-search').click();
          expect(wholeCatalogue(await settledRequests(page)).length).toBeGreaterThan(0);
        }
        // …and each of the area's tabs, as a person goes through them.
        const tabs = page.locator('main [role="tablist"]').first().getByRole('tab');
        for (let i = 0; i < (await tabs.count()); i++) {
          const tab = tabs.nth(i);
          if ((await tab.getAttribute('aria-selected')) === 'true') continue;
          const name = ((await tab.textContent()) ?? '').trim();
          await tab.click();
          check(`${id} → ${name.replace(/\s+/g, ' ')}`, await settledRequests(page), false);
        }
      }
      expect(found).toEqual({});
      // The log and the rule catch what they are for: a whole count and a large read of the orders, on purpose.
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('salesdesk');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              const orders = db.transaction('orders').objectStore('orders');
              orders.count();
              // A whole read in the form Dexie uses where the browser has it: one options object.
              const request = (
                orders.getAll as unknown as (options: { query: null; count: number }) => IDBRequest
              )({ query: null, count: 6_000 });
              request.onsuccess = () => {
                db.close();
                resolve();
              };
            };
          }),
      );
      const logged = await settledRequests(page);
      expect(logged.map(({ op, store, ranged, limit }) => ({ op, store, ranged, limit }))).toEqual([
        { op: 'count', store: 'orders', ranged: false, limit: null },
        { op: 'getAll', store: 'orders', ranged: false, limit: 6_000 },
      ]);
      expect(logged.flatMap((r) => offence(r) ?? [])).toEqual([
        'counts the whole orders',
        'reads 6000 records from orders',
      ]);
    } finally {
      await context.close();
    }
  });
});
