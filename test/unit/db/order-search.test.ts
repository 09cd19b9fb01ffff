import { describe, expect, it } from 'vitest';
import { SEARCH_CUSTOMERS, SEARCH_LIMIT, searchOrders } from '../../../renderer/db/order-search';
import { customerInput, freshSession, orderInput } from './fixtures';

// The queue's search shows the first matches, at most SEARCH_LIMIT of them, and says whether more
// match — so the screen never calls the first 50 "50 found".

async function officeWithOrders(count: number) {
  const session = await freshSession();
  const customer = await session.repos.customers.create(customerInput());
  for (let n = 1; n <= count; n++)
    await session.repos.orders.create(
      orderInput(customer.id, {
        number: `T-20261128-${String(n).padStart(4, '0')}`,
        orderedAt: new Date(Date.UTC(2026, 10, 1, 0, n)).toISOString(),
      }),
    );
  return { session, customer };
}

describe('searchOrders', () => {
  it('finds every match when there are fewer than the limit, and says there are no more', async () => {
    const { session, customer } = await officeWithOrders(7);
    const byNumber = await searchOrders(session.db, 'T-20261128-000', { customerIds: [], productIds: [] });
    expect(byNumber.orders).toHaveLength(7);
    expect(byNumber.more).toBe(false);
    const byCustomer = await searchOrders(session.db, '华信', { customerIds: [customer.id], productIds: [] });
    expect(byCustomer.orders.map((o) => o.number)[0]).toBe('T-20261128-0007'); // newest first
    expect(byCustomer.more).toBe(false);
  });

  it('shows the first matches and says more match when there are more than the limit', async () => {
    const { session, customer } = await officeWithOrders(SEARCH_LIMIT + 1);
    const byNumber = await searchOrders(session.db, 'T-', { customerIds: [], productIds: [] });
    expect(byNumber.orders).toHaveLength(SEARCH_LIMIT);
    expect(byNumber.more).toBe(true);
    const byCustomer = await searchOrders(session.db, '华信', { customerIds: [customer.id], productIds: [] });
    expect(byCustomer.orders).toHaveLength(SEARCH_LIMIT);
    expect(byCustomer.more).toBe(true);
  });

  it('exactly the limit is all of them', async () => {
    const { session } = await officeWithOrders(SEARCH_LIMIT);
    const found = await searchOrders(session.db, 'T-', { customerIds: [], productIds: [] });
    expect(found.orders).toHaveLength(SEARCH_LIMIT);
    expect(found.more).toBe(false);
  });

  it('says more may match when more customers match than it looks through', async () => {
    const { session, customer } = await officeWithOrders(2);
    const others = Array.from({ length: SEARCH_CUSTOMERS }, () => crypto.randomUUID());
    const found = await searchOrders(session.db, '华信', {
      customerIds: [customer.id, ...others],
      productIds: [],
    });
    expect(found.more).toBe(true);
  });
});
