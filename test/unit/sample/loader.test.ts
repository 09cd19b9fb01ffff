import { describe, expect, it } from 'vitest';
import { statusCounts } from '../../../renderer/db/order-queries';
import { loadSampleOffice, SampleRefusedError, sampleOfficeSeed } from '../../../renderer/db/sample-loader';
import { proofHolds } from '../../../shared/rules/reviews';
import { generateOffice, generateOrders } from '../../../shared/sample';
import { type OrderStatus, orderStatuses } from '../../../shared/schema/order';
import { tableNames } from '../../../shared/schema/tables';
import { customerInput, freshSession, orderInput } from '../db/fixtures';
import { asOf } from './generate';

const ORDERS = 1_200;

function expectedStatusCounts(prefix: string) {
  const office = generateOffice({ seed: sampleOfficeSeed, language: 'en', asOf });
  const counts = Object.fromEntries(orderStatuses.map((s) => [s, 0])) as Record<OrderStatus, number>;
  let events = 0;
  for (const batch of generateOrders(office, { seed: sampleOfficeSeed, count: ORDERS, asOf, prefix })) {
    for (const { input } of batch.orders) counts[input.status]++;
    events += batch.events.length;
  }
  return { counts, events };
}

describe('loadSampleOffice', () => {
  it('writes the office through the repositories, with aggregates that match the orders', async () => {
    const session = await freshSession();
    const progress: number[] = [];
    const result = await loadSampleOffice(session, {
      language: 'en',
      orders: ORDERS,
      asOf,
      onProgress: (f) => progress.push(f),
    });
    const { db } = session;
    const expected = expectedStatusCounts(session.identity.orderPrefix);
    expect(result).toEqual({
      staff: 12,
      duties: 8,
      absences: 3,
      skillChanges: expect.any(Number),
      customers: 200,
      products: 300,
      orders: ORDERS,
      orderEvents: expected.events,
      goals: 3,
      goalCheckIns: expect.any(Number),
      courses: 9,
      trainingTemplates: 1,
      trainingItems: expect.any(Number),
      trainingSessions: 2,
      careerPlans: 1,
      reviewTemplates: 1,
      reviewCycles: 2,
      reviews: 24,
      feedbackRequests: 15,
      feedbackResponses: 12,
      rewards: 1,
      meetingSchedules: 12,
      meetings: 5,
      actionItems: 6,
      risks: 5,
      incidents: 4,
      pdcaCycles: 1,
      sops: 3,
      sopVersions: 4,
      sopAcks: 5,
      teamEvents: 3,
      coreValues: 4,
      recognitions: 3,
      careRecords: 2,
      absenceDetails: 1,
    });
    // The customer complaint is about one of the sample's orders, a completed one, and names its customer.
    const complaint = (await db.incidents.toArray()).find((i) => i.category === 'customer_complaint');
    const complained = await db.orders.get(complaint?.orderIds[0] as string);
    expect(complained?.status).toBe('completed');
    expect(complaint?.customerIds).toEqual([complained?.customerId]);
    // The sick leave is shared as "away"; its reason is the confidential detail.
    const [detail] = await db.absenceDetails.toArray();
    expect((await db.absences.get(detail?.absenceId as string))?.kind).toBe('away');
    // The sample's feedback answers prove under their requests' secrets, which are this install's own.
    const requests = await db.feedbackRequests.toArray();
    expect(new Set(requests.map((r) => r.secret)).size).toBe(requests.length);
    for (const response of await db.feedbackResponses.toArray()) {
      const request = requests.find((r) => r.id === response.requestId);
      expect(request && (await proofHolds(request, response))).toBe(true);
    }
    // The sample's goals are SMART as saved: the schema refused none of them.
    expect((await db.goals.toArray()).map((g) => g.metric).sort()).toEqual([
      'completedPerDay',
      'manual',
      'onTimeRate',
    ]);
    expect(await db.staff.count()).toBe(12);
    expect(await db.duties.count()).toBe(8);
    // Every skill a person has starts its history.
    const skills = (await db.staff.toArray()).reduce((n, s) => n + s.skills.length, 0);
    expect(skills).toBeGreaterThan(12);
    expect(await db.skillChanges.count()).toBe(skills);
    expect(result.skillChanges).toBe(skills);
    expect(await db.customers.count()).toBe(200);
    expect(await db.products.count()).toBe(300);
    expect(await db.orders.count()).toBe(ORDERS);
    expect(await db.orderEvents.count()).toBe(expected.events);
    expect(await statusCounts(db)).toEqual(expected.counts);

    const order = await db.orders.orderBy('orderedAt').last();
    expect(order?.number.startsWith(`${session.identity.orderPrefix}-`)).toBe(true);
    expect(order?.deviceId).toBe(session.identity.deviceId);
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('refuses a database that already has staff, and writes nothing', async () => {
    const session = await freshSession();
    await session.repos.staff.create({
      name: '王芳',
      level: 'senior',
      startDate: '2020-01-01',
      weeklyCapacityHours: 40,
      status: 'active',
    });
    await expect(loadSampleOffice(session, { language: 'zh-CN', orders: 10, asOf })).rejects.toThrow(
      SampleRefusedError,
    );
    expect(await session.db.staff.count()).toBe(1);
    expect(await session.db.customers.count()).toBe(0);
    expect(await session.db.orders.count()).toBe(0);
  });

  it('refuses a database that already has orders', async () => {
    const session = await freshSession();
    const customer = await session.repos.customers.create(customerInput());
    await session.repos.orders.create(orderInput(customer.id));
    await expect(loadSampleOffice(session, { language: 'en', orders: 10, asOf })).rejects.toThrow(
      SampleRefusedError,
    );
    expect(await session.db.orders.count()).toBe(1);
    expect(await session.db.customers.count()).toBe(1);
  });

  it('takes out what it wrote when cancelled part way', async () => {
    const session = await freshSession();
    const controller = new AbortController();
    const load = loadSampleOffice(session, {
      language: 'en',
      orders: ORDERS,
      asOf,
      signal: controller.signal,
      onProgress: (f) => f > 0.3 && controller.abort(),
    });
    await expect(load).rejects.toMatchObject({ name: 'AbortError' });
    const { db } = session;
    for (const table of [
      db.staff,
      db.duties,
      db.absences,
      db.skillChanges,
      db.customers,
      db.products,
      db.orders,
      db.orderEvents,
      db.stats,
    ]) {
      expect(await table.count()).toBe(0);
    }
  });

  it('gives two PCs that each load it the same office under ids that never meet', async () => {
    const front = await freshSession();
    const warehouse = await freshSession();
    for (const session of [front, warehouse])
      await loadSampleOffice(session, { language: 'en', orders: 200, asOf });
    for (const table of tableNames) {
      const ids = new Set(await front.db.table(table).toCollection().primaryKeys());
      const other = (await warehouse.db.table(table).toCollection().primaryKeys()) as string[];
      expect(ids.size, table).toBeGreaterThan(0);
      expect(
        other.filter((id) => ids.has(id)),
        table,
      ).toEqual([]);
    }
    const names = async (session: typeof front) =>
      (await session.db.customers.orderBy('code').toArray()).map((c) => c.name);
    expect(await names(warehouse)).toEqual(await names(front));
  });
});
