// `window.seedOffice({ orders })`: the app's own database (DB_NAME) filled as a real install would be — a
// named machine and the sample office grown to N orders, written through the repositories (stats and
// rollups kept) — for what a person waits for on a profile that already holds the data: the start-up and
// open-screen figures (run.mjs) and the screens' request-counting test (test/e2e/screen-requests.test.ts).
// Served from the same origin as the app (dist/), so the app opens this very database.

import { DB_NAME } from '../../renderer/db/database';
import { saveIdentity } from '../../renderer/db/identity';
import { loadSampleOffice, sampleOfficeSeed, sampleOfficeSize } from '../../renderer/db/sample-loader';
import { createSession, openDatabase } from '../../renderer/db/session';
import { generateOffice, generateOrders } from '../../shared/sample';

export interface SeedOptions {
  /** Orders in the office (the sample office has 3,000; 0 leaves the office empty, named only). */
  orders: number;
  language?: 'zh-CN' | 'en';
}

export interface SeedResult {
  ms: number;
  orders: number;
}

export async function seedOffice({ orders, language = 'en' }: SeedOptions): Promise<SeedResult> {
  const opened = await openDatabase(DB_NAME);
  if (!opened.ok) throw new Error(`cannot open ${DB_NAME}: ${opened.failure} ${opened.detail}`);
  const { db } = opened;
  try {
    const identity = await saveIdentity(db, { machineName: 'Bench', orderPrefix: 'B1' });
    const session = createSession(db, identity);
    const asOf = new Date();
    const start = performance.now();
    // The sample office as the app loads it (with its orders' events, goals, reviews, routines)…
    if (orders > 0)
      await loadSampleOffice(session, { language, asOf, orders: Math.min(orders, sampleOfficeSize) });
    // …and the rest of the orders in big batches without events (as the bench's insert): the same office
    // regenerated (same seed and day), its orders with new ids and under a second prefix so no number
    // collides.
    if (orders > sampleOfficeSize) {
      const office = generateOffice({ seed: sampleOfficeSeed, idKey: identity.deviceId, language, asOf });
      let done = sampleOfficeSize;
      // Each 100,000 orders' time is logged: the seed of a million is also a look at how writes grow.
      let stepStart = performance.now();
      for (const batch of generateOrders(office, {
        seed: sampleOfficeSeed + 1,
        count: orders - sampleOfficeSize,
        asOf,
        prefix: 'B2',
        batchSize: 5_000,
        events: false,
      })) {
        await session.repos.orders.bulkInsertStamped(
          batch.orders.map((order) => session.repos.orders.stampNew(order.input)),
        );
        done += batch.orders.length;
        if (done % 100_000 < 5_000) {
          const now = performance.now();
          console.log(
            `[bench] seeded ${done} of ${orders} orders (the last ${Math.round((now - stepStart) / 1000)} s)`,
          );
          stepStart = now;
        }
      }
    }
    return { ms: Math.round(performance.now() - start), orders: await db.orders.count() };
  } finally {
    db.close();
  }
}
