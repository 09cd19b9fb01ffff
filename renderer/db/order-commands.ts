import { Refusal } from '../../shared/refusal';
import { type AssignmentRule, chooseAssignee, leastLoadedRule } from '../../shared/rules/assignment';
import { coverageRule } from '../../shared/rules/coverage-assignment';
import { coverageAbsences, coverageStaff, liveDuties } from '../../shared/rules/coverage-input';
import { localIsoDate } from '../../shared/rules/local-date';
import { orderTotals } from '../../shared/rules/money';
import { openLoadKey } from '../../shared/rules/order-aggregates';
import { formatOrderNumber, orderDateKey } from '../../shared/rules/order-number';
import { allOutstanding, hasOutstanding, keepShipped, planShipment } from '../../shared/rules/shipping';
import { dueAt as slaDueAt, stageDurations } from '../../shared/rules/sla';
import {
  allowedActions,
  applyAction,
  heldFromOf,
  lineItemDiff,
  stageOf,
  type WorkflowAction,
} from '../../shared/rules/workflow';
import { addWorkingMinutes } from '../../shared/rules/working-time';
import {
  type Order,
  type OrderLine,
  type OrderLineInput,
  type OrderStatus,
  orderFields,
} from '../../shared/schema/order';
import type { OrderEvent, OrderEventInput } from '../../shared/schema/order-event';
import { type ShipmentInput, shipmentFields } from '../../shared/schema/shipment';
import { validate } from '../../shared/validation';
import { loadOfficeSettings, type OfficeSettings } from './office-settings';
import type { DataSession } from './session';

// What the order screens do, each as one transaction: numbers are allocated, totals computed, the SLA
// due time set, the order assigned and the timeline written together, or not at all.

export interface OrderDraft {
  customerId: string;
  /** Lines as entered: a line's discount and price-override reason may be left out. */
  lines: OrderLineInput[];
  priority: Order['priority'];
  requestedDate: string | null;
  notes: string;
}

/** A draft's lines as stored: defaults filled in, each line checked (refused with `lines.<i>.<field>`). */
const normaliseLines = (lines: readonly OrderLineInput[]): OrderLine[] =>
  validate('orders', orderLinesSchema, { lines }).lines;
const orderLinesSchema = orderFields.pick({ lines: true });

/**
 * The assignment rules in order: whoever covers the matching order-processing duty today (the duty
 * matrix), else the least-loaded person who handles orders.
 */
async function assignmentRules(session: DataSession, customerId: string): Promise<AssignmentRule[]> {
  const { db } = session;
  const [staff, duties, absences, customer] = await Promise.all([
    db.staff.toArray(),
    db.duties.filter((d) => d.routesOrders && !d.deleted).toArray(),
    db.absences.toArray(),
    db.customers.get(customerId),
  ]);
  const matrix = coverageRule({
    duties: liveDuties(duties),
    staff: coverageStaff(staff),
    absences: coverageAbsences(absences),
    customerOf: (id) => (customer && id === customer.id ? customer : undefined),
  });
  return [matrix, leastLoadedRule];
}

const actorOf = (session: DataSession) => session.identity.machineName;

/** Next number of this machine for the order's day; skips any number already present (e.g. imported). */
async function allocateNumber(session: DataSession, at: Date): Promise<string> {
  const { db, identity } = session;
  const key = `orderSeq:${identity.orderPrefix}:${orderDateKey(at)}`;
  let sequence = ((await db.meta.get(key))?.value as number | undefined) ?? 0;
  let number: string;
  do {
    sequence += 1;
    number = formatOrderNumber(identity.orderPrefix, at, sequence);
  } while ((await db.orders.where('number').equals(number).count()) > 0);
  await db.meta.put({ key, value: sequence });
  return number;
}

/** When the stage the order is now in is due, or null when no SLA clock runs (draft, hold, closed). */
function stageDue(status: OrderStatus, priority: Order['priority'], from: Date, settings: OfficeSettings) {
  const stage = stageOf(status);
  return stage ? slaDueAt(from, stage, priority, settings.slaTargets, settings.calendar).toISOString() : null;
}

async function pickAssignee(session: DataSession, order: Pick<Order, 'customerId' | 'priority'>, now: Date) {
  const staff = await session.db.staff.toArray();
  const loads = await session.db.stats.bulkGet(staff.map((s) => openLoadKey(s.id)));
  const openLoad = new Map(staff.map((s, i) => [s.id, loads[i]?.count ?? 0]));
  // Today in the office's own time zone: absences are calendar dates there.
  const rules = await assignmentRules(session, order.customerId);
  return chooseAssignee(rules, order, { staff, openLoad, today: localIsoDate(now) });
}

function event(
  session: DataSession,
  orderId: string,
  at: Date,
  fields: Partial<OrderEventInput>,
): OrderEvent {
  return session.repos.orderEvents.stampNew({
    orderId,
    at: at.toISOString(),
    actor: actorOf(session),
    kind: 'created',
    from: null,
    to: null,
    note: '',
    ...fields,
  });
}

/** The tables an order command writes (other commands that move orders open their transaction on them). */
export const writeTables = (session: DataSession) => {
  const { db } = session;
  // Duties, absences and customers are read by the duty-matrix assignment rule.
  return [db.orders, db.orderEvents, db.stats, db.meta, db.staff, db.duties, db.absences, db.customers];
};

/** Save a new order as a draft, or submit it (due time set, assigned by the rules). */
export async function saveNewOrder(session: DataSession, draft: OrderDraft, submit: boolean): Promise<Order> {
  const settings = await loadOfficeSettings(session.db);
  const now = new Date();
  const lines = normaliseLines(draft.lines);
  return session.db.transaction('rw', writeTables(session), async () => {
    const status: OrderStatus = submit ? 'submitted' : 'draft';
    const assigneeId = submit ? await pickAssignee(session, draft, now) : null;
    const order = session.repos.orders.stampNew({
      ...draft,
      lines,
      ...orderTotals(lines),
      number: await allocateNumber(session, now),
      status,
      assigneeId,
      currency: settings.currency,
      orderedAt: now.toISOString(),
      dueAt: stageDue(status, draft.priority, now, settings),
      invoiced: false,
    });
    await session.repos.orders.bulkInsertStamped([order]);
    const events = [event(session, order.id, now, { kind: 'created', to: 'draft' })];
    if (submit)
      events.push(event(session, order.id, now, { kind: 'transition', from: 'draft', to: 'submitted' }));
    if (assigneeId) events.push(event(session, order.id, now, { kind: 'assign', note: assigneeId }));
    await session.repos.orderEvents.bulkInsertStamped(events);
    return order;
  });
}

/** Move an order through the workflow; a refused move throws a Refusal (workflow.*) and changes nothing. */
export async function applyOrderAction(
  session: DataSession,
  orderId: string,
  action: WorkflowAction,
  note = '',
): Promise<Order> {
  const settings = await loadOfficeSettings(session.db);
  const now = new Date();
  return session.db.transaction('rw', writeTables(session), async () => {
    const order = await session.db.orders.get(orderId);
    if (!order || order.deleted) throw new Refusal('record.gone', 'id', {}, 'orders');
    const events = await session.db.orderEvents.where('orderId').equals(orderId).toArray();
    const heldFrom = heldFromOf(events);
    // Shipping records what went out: "Ship" sends everything outstanding; a partial shipment needs
    // its quantities (shipOrder). An order with nothing left (its lines trimmed) just moves on.
    if (action === 'shipPartially') throw new Refusal('shipment.nothing', '', {}, 'orders');
    if (action === 'ship' && hasOutstanding(order.lines, order.status))
      return ship(session, order, allOutstanding(order), { note, settings, now, heldFrom });
    const result = applyAction(order, action, {
      at: now.toISOString(),
      actor: actorOf(session),
      note,
      heldFrom,
    });
    if (!result.ok)
      throw new Refusal(
        result.reason === 'reason_required' ? 'workflow.reasonRequired' : 'workflow.notAllowed',
        result.reason === 'reason_required' ? 'note' : '',
        {},
        'orders',
      );
    let due =
      result.status === order.status ? order.dueAt : stageDue(result.status, order.priority, now, settings);
    const stage = stageOf(result.status);
    if (action === 'resume' && stage) {
      // Back from hold: the stage keeps the working time it had already used.
      const used = stageDurations(events, settings.calendar)[stage];
      const left = Math.max(0, settings.slaTargets[stage][order.priority] - used);
      due = addWorkingMinutes(now, left, settings.calendar).toISOString();
    }
    let assigneeId = order.assigneeId;
    if (action === 'submit' || action === 'resubmit') assigneeId ??= await pickAssignee(session, order, now);
    const updated = await session.repos.orders.update(orderId, {
      status: result.status,
      invoiced: result.invoiced,
      dueAt: due,
      assigneeId,
    });
    const written = [event(session, orderId, now, result.event)];
    if (assigneeId !== order.assigneeId && assigneeId) {
      written.push(event(session, orderId, now, { kind: 'assign', note: assigneeId }));
    }
    await session.repos.orderEvents.bulkInsertStamped(written);
    return updated;
  });
}

/**
 * Record a shipment: how much of each line went out (`quantities`, one per line in order). The order is
 * partially shipped while anything is outstanding and shipped once nothing is; the shipment is one
 * timeline entry with the lines it moved. `fromRev`: the version the dialog showed (its defaults were
 * that version's outstanding quantities), so a shipment recorded meanwhile elsewhere is not counted twice.
 */
export async function shipOrder(
  session: DataSession,
  orderId: string,
  input: ShipmentInput,
  fromRev?: string,
): Promise<Order> {
  const settings = await loadOfficeSettings(session.db);
  const now = new Date();
  const { quantities } = validate('orders', shipmentFields, input);
  return session.db.transaction('rw', writeTables(session), async () => {
    const order = await session.db.orders.get(orderId);
    if (!order || order.deleted) throw new Refusal('record.gone', 'id', {}, 'orders');
    if (fromRev !== undefined && order.rev !== fromRev)
      throw new Refusal('record.changed', 'id', {}, 'orders');
    const events = await session.db.orderEvents.where('orderId').equals(orderId).toArray();
    return ship(session, order, quantities, { note: '', settings, now, heldFrom: heldFromOf(events) });
  });
}

/** Inside an order transaction: ship `quantities` of the order's lines and write its timeline entry. */
async function ship(
  session: DataSession,
  order: Order,
  quantities: readonly number[],
  context: { note: string; settings: OfficeSettings; now: Date; heldFrom: OrderStatus | undefined },
): Promise<Order> {
  if (!allowedActions(order, { heldFrom: context.heldFrom }).includes('shipPartially'))
    throw new Refusal('workflow.notAllowed', '', {}, 'orders');
  const plan = planShipment(order, quantities);
  if (!plan.ok) {
    const [problem] = plan.problems;
    const field = problem?.index === null || !problem ? '' : `quantities.${problem.index}`;
    throw new Refusal(problem?.code ?? 'shipment.nothing', field, problem?.params ?? {}, 'orders');
  }
  const dueAt =
    plan.status === order.status
      ? order.dueAt
      : stageDue(plan.status, order.priority, context.now, context.settings);
  const updated = await session.repos.orders.update(order.id, {
    lines: plan.lines,
    status: plan.status,
    dueAt,
  });
  const lineChanges = plan.moved.map((line) => ({
    kind: 'changed' as const,
    productId: line.productId,
    fields: [{ field: 'shipped', before: line.before, after: line.after }],
  }));
  await session.repos.orderEvents.bulkInsertStamped([
    event(session, order.id, context.now, {
      kind: 'shipment',
      from: order.status,
      to: plan.status,
      note: context.note.trim(),
      lineChanges,
    }),
  ]);
  return updated;
}

/**
 * Change an order's lines; after submission the change is recorded line by line in the timeline.
 * `fromRev`: the version the editor showed; a change made meanwhile refuses the edit ('record.changed').
 */
export async function editOrder(
  session: DataSession,
  orderId: string,
  draft: OrderDraft,
  note = '',
  fromRev?: string,
): Promise<Order> {
  const now = new Date();
  const lines = normaliseLines(draft.lines);
  return session.db.transaction('rw', writeTables(session), async () => {
    const order = await session.db.orders.get(orderId);
    if (!order || order.deleted) throw new Refusal('record.gone', 'id', {}, 'orders');
    // What was shipped stays with its line; a quantity cut below it is refused on that line.
    const kept = keepShipped(order.lines, lines);
    const updated = await session.repos.orders.update(
      orderId,
      { ...draft, lines: kept, ...orderTotals(kept) },
      { fromRev },
    );
    const changes = lineItemDiff(order.lines, lines);
    if (order.status !== 'draft' && changes.length > 0) {
      const lineChanges = changes.map((change) =>
        change.kind === 'changed'
          ? { kind: change.kind, productId: change.productId, fields: change.fields }
          : { kind: change.kind, productId: change.productId, fields: [] },
      );
      await session.repos.orderEvents.bulkInsertStamped([
        event(session, orderId, now, { kind: 'edit', note, lineChanges }),
      ]);
    }
    return updated;
  });
}

/** Give orders to a person (or take them back with null), with a timeline entry each. */
export async function assignOrders(
  session: DataSession,
  orderIds: readonly string[],
  assigneeId: string | null,
) {
  const now = new Date();
  await session.db.transaction('rw', writeTables(session), async () => {
    const written: OrderEvent[] = [];
    for (const id of orderIds) {
      const order = await session.db.orders.get(id);
      if (!order || order.assigneeId === assigneeId) continue;
      await session.repos.orders.update(id, { assigneeId });
      written.push(event(session, id, now, { kind: 'assign', note: assigneeId ?? '' }));
    }
    await session.repos.orderEvents.bulkInsertStamped(written);
  });
}

/** An order of the same customer with the same lines in the 24 hours before `at`, if any. */
export async function findLikelyDuplicate(
  session: DataSession,
  draft: Pick<OrderDraft, 'customerId' | 'lines'>,
  at = new Date(),
): Promise<Order | undefined> {
  const since = new Date(at.getTime() - 24 * 3600_000).toISOString();
  const signature = (lines: readonly Pick<OrderLine, 'productId' | 'quantity'>[]) =>
    lines
      .map((l) => `${l.productId}×${l.quantity}`)
      .sort()
      .join('|');
  const wanted = signature(draft.lines);
  const recent = await session.db.orders
    .where('[customerId+orderedAt]')
    .between([draft.customerId, since], [draft.customerId, at.toISOString()], true, true)
    .toArray();
  return recent.find(
    (order) => !order.deleted && order.status !== 'cancelled' && signature(order.lines) === wanted,
  );
}
