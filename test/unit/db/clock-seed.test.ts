import { describe, expect, it } from 'vitest';
import { seedClock } from '../../../renderer/db/clock-seed';
import { createSession } from '../../../renderer/db/session';
import { createClock, DEFAULT_MAX_SKEW_MS, formatRev, parseRev } from '../../../shared/hlc';
import { customerInput, freshSession } from './fixtures';

// A new session's clock starts after every version the machine holds, even when the machine's clock was
// set back since: otherwise a record made now would sort before ones a peer already has from it.

describe('the clock on start', () => {
  it('stamps after the newest version held, though the wall clock went back an hour', async () => {
    const hourAhead = Date.now() + 3_600_000;
    const before = await freshSession(undefined, () => hourAhead);
    const earlier = await before.repos.customers.create(customerInput({ code: 'EARLY' }));
    // The next start, with the machine's clock an hour earlier than when that record was made.
    const restart = () =>
      createSession(before.db, before.identity, undefined, createClock(before.identity.deviceId));
    const unseeded = restart();
    expect(unseeded.clock.next() < earlier.rev).toBe(true);
    const seeded = restart();
    await seedClock(seeded);
    const later = await seeded.repos.customers.create(customerInput({ code: 'LATER' }));
    expect(later.rev > earlier.rev).toBe(true);
  });

  it('does not follow a rev beyond the skew bound', async () => {
    const session = await freshSession();
    const record = await session.repos.customers.create(customerInput({ code: 'FAR' }));
    const far = formatRev({ wall: Date.now() + 2 * DEFAULT_MAX_SKEW_MS, counter: 0 }, 'other');
    await session.db.customers.put({ ...record, rev: far });
    const restarted = createSession(
      session.db,
      session.identity,
      undefined,
      createClock(session.identity.deviceId),
    );
    await seedClock(restarted);
    expect(parseRev(restarted.clock.next()).wall).toBeLessThan(Date.now() + DEFAULT_MAX_SKEW_MS);
  });
});
