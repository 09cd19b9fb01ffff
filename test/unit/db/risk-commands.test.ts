import { describe, expect, it } from 'vitest';
import { advanceIncident, saveIncident, saveRisk } from '../../../renderer/db/risk-commands';
import { findOrderByNumber, loadIncidents, loadRiskRegister } from '../../../renderer/db/risk-queries';
import { loadRiskSlot } from '../../../renderer/db/risk-slot';
import { daysToResolve } from '../../../shared/rules/routines/risk';
import type { IncidentInput, RiskInput } from '../../../shared/schema/risk';
import { customerInput, freshSession, orderInput, staffInput } from './fixtures';

// The risk register and incidents on a real (fake-indexeddb) database: a complaint logged against an
// order links the order's customer, a second incident of the same risk within 90 days flags the risk (in
// the register and on the dashboard), the complaint runs its steps to a close with the customer's
// satisfaction, and bad input is refused with nothing written.

const today = '2026-12-10';

async function office() {
  const session = await freshSession();
  const { repos } = session;
  const owner = await repos.staff.create(staffInput('Lin Owner'));
  const customer = await repos.customers.create(customerInput({ name: 'Acme Trading' }));
  const order = await repos.orders.create(orderInput(customer.id, { number: 'T-20261201-0001' }));
  const riskInput = (overrides: Partial<RiskInput> = {}): RiskInput => ({
    category: 'customer_complaint',
    title: 'Late deliveries anger key customers',
    likelihood: 3,
    impact: 4,
    ownerId: owner.id,
    plan: ['Call the customer the same day', 'Expedite the shipment'],
    reviewOn: '2027-01-31',
    ...overrides,
  });
  const risk = await saveRisk(session, riskInput());
  const complaint = (overrides: Partial<IncidentInput> = {}): IncidentInput => ({
    date: '2026-12-01',
    category: 'customer_complaint',
    severity: 'medium',
    title: 'Order arrived late',
    orderIds: [order.id],
    riskId: risk.id,
    ...overrides,
  });
  return { session, owner, customer, order, risk, riskInput, complaint };
}

describe('risk register', () => {
  it('scores, orders and flags risks; the dashboard counts open and flagged ones', async () => {
    const { session, risk, riskInput, complaint } = await office();
    await saveRisk(
      session,
      riskInput({ title: 'Staff leave at peak', category: 'staffing', likelihood: 2, impact: 2 }),
    );
    await saveRisk(session, riskInput({ title: 'Old risk', likelihood: 5, impact: 5, status: 'closed' }));
    await saveRisk(
      session,
      riskInput({ title: 'Review forgotten', likelihood: 1, impact: 5, reviewOn: '2026-12-01' }),
    );

    let register = await loadRiskRegister(session.db, today);
    expect(register.rows.map((r) => [r.risk.title, r.score, r.level, r.flagged])).toEqual([
      ['Late deliveries anger key customers', 12, 'high', false],
      ['Review forgotten', 5, 'medium', true],
      ['Staff leave at peak', 4, 'low', false],
      ['Old risk', 25, 'critical', false],
    ]);
    expect(register.rows[0]?.ownerName).toBe('Lin Owner');
    // The heat map counts open risks only: the closed 5 × 5 is not in the top-right cell.
    expect(register.heat[0]?.[4]?.count).toBe(0);
    expect(register.heat[2]?.[3]?.count).toBe(1); // likelihood 3, impact 4
    expect(await loadRiskSlot(session.db, today)).toEqual({
      open: 3,
      flagged: 1,
      highest: { title: 'Late deliveries anger key customers', score: 12 },
    });

    // One incident is not a pattern; the second within 90 days flags the risk.
    await saveIncident(session, complaint());
    register = await loadRiskRegister(session.db, today);
    expect(register.rows[0]?.flags).toMatchObject({ recentIncidents: 1, repeated: false });
    await saveIncident(session, complaint({ date: '2026-12-09', title: 'Wrong item shipped' }));
    register = await loadRiskRegister(session.db, today);
    expect(register.rows[0]?.flags).toMatchObject({ recentIncidents: 2, repeated: true });
    expect(register.rows[0]?.risk.id).toBe(risk.id);
    expect((await loadRiskSlot(session.db, today)).flagged).toBe(2);
  });

  it('refuses a likelihood or impact outside 1–5 and stores nothing', async () => {
    const { session, riskInput } = await office();
    await expect(saveRisk(session, riskInput({ likelihood: 6 }))).rejects.toMatchObject({
      code: 'field.atMost',
      field: 'likelihood',
    });
    await expect(saveRisk(session, riskInput({ impact: 0 }))).rejects.toMatchObject({
      code: 'field.atLeast',
      field: 'impact',
    });
    expect(await session.db.risks.count()).toBe(1);
  });
});

describe('incidents', () => {
  it('a complaint against an order links its customer, and lists with names and days to resolve', async () => {
    const { session, customer, order, complaint } = await office();
    const found = await findOrderByNumber(session.db, ' t-20261201-0001 ');
    expect(found?.order.id).toBe(order.id);
    expect(found?.customer?.id).toBe(customer.id);
    expect(await findOrderByNumber(session.db, 'T-19990101-0001')).toBeNull();

    const saved = await saveIncident(session, complaint());
    expect(saved.customerIds).toEqual([customer.id]);
    const [row] = await loadIncidents(session.db);
    expect(row && daysToResolve(row.incident)).toBeNull();
    expect(row).toMatchObject({
      orders: [{ number: 'T-20261201-0001' }],
      customers: [{ name: 'Acme Trading' }],
      risk: { title: 'Late deliveries anger key customers' },
    });
  });

  it('runs received → investigating → resolved → closed, closing only with the satisfaction', async () => {
    const { session, complaint } = await office();
    const incident = await saveIncident(session, complaint());
    const step = (satisfaction?: number) => advanceIncident(session, incident.id, { today, satisfaction });
    expect((await step()).status).toBe('investigating');
    const resolved = await step();
    expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: today });
    await expect(step()).rejects.toMatchObject({
      code: 'incident.satisfactionRequired',
      field: 'satisfaction',
    });
    expect((await session.db.incidents.get(incident.id))?.status).toBe('resolved');
    expect(await step(4)).toMatchObject({ status: 'closed', satisfaction: 4 });
    await expect(step(4)).rejects.toMatchObject({ code: 'incident.stepNotAllowed' });
    const [row] = await loadIncidents(session.db);
    expect(row && daysToResolve(row.incident)).toBe(9);
  });

  it('an incident that is not a complaint closes without a satisfaction', async () => {
    const { session, complaint } = await office();
    const outage = await saveIncident(
      session,
      complaint({ category: 'system_outage', status: 'resolved', resolvedOn: '2026-12-02', orderIds: [] }),
    );
    expect((await advanceIncident(session, outage.id, { today })).status).toBe('closed');
  });

  it('refuses a resolved day before the incident, a closed complaint without satisfaction, and unknown links', async () => {
    const { session, complaint } = await office();
    await expect(
      saveIncident(session, complaint({ status: 'resolved', resolvedOn: '2026-11-30' })),
    ).rejects.toMatchObject({ code: 'incident.resolvedBeforeDate', field: 'resolvedOn' });
    await expect(saveIncident(session, complaint({ status: 'resolved' }))).rejects.toMatchObject({
      code: 'field.required',
      field: 'resolvedOn',
    });
    await expect(
      saveIncident(session, complaint({ status: 'closed', resolvedOn: '2026-12-02' })),
    ).rejects.toMatchObject({ code: 'incident.satisfactionRequired' });
    await expect(saveIncident(session, complaint({ orderIds: [crypto.randomUUID()] }))).rejects.toMatchObject(
      { code: 'record.gone', field: 'orderIds' },
    );
    await expect(saveIncident(session, complaint({ riskId: crypto.randomUUID() }))).rejects.toMatchObject({
      code: 'record.gone',
      field: 'riskId',
    });
    // Resolving before the day it happened (an incident dated ahead) is refused on the step too.
    const ahead = await saveIncident(session, complaint({ date: '2026-12-20', status: 'investigating' }));
    await expect(advanceIncident(session, ahead.id, { today })).rejects.toMatchObject({
      code: 'incident.resolvedBeforeDate',
    });
    expect((await session.db.incidents.toArray()).map((i) => i.status)).toEqual(['investigating']);
  });
});
