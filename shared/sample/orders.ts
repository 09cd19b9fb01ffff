import { type MilestoneEvent, milestonesFromEvents } from '../rules/milestones';
import { orderTotals } from '../rules/money';
import { formatOrderNumber } from '../rules/order-number';
import type { OrderInput, OrderLine, OrderStatus } from '../schema/order';
import type { OrderEventInput } from '../schema/order-event';
import type { ProductInput } from '../schema/product';
import type { StaffInput } from '../schema/staff';
import { orderDays } from './calendar';
import { quantityRange, unitKeyOf } from './catalog';
import { DAY, HOUR, localIsoDate } from './dates';
import { bilingual, type SampleLanguage, say } from './language';
import type { SampleOffice } from './office';
import { pathTimes, statusForAge, statusPath, transitionNotes } from './order-history';
import { createRandom, cumulativeWeights, deriveSeed, pickIndex, type Random } from './random';
import { roles } from './staff';
import type { Sample } from './types';

export interface OrdersOptions {
  seed: number;
  count: number;
  /** Orders are placed over the two years before this moment. Defaults to the office's `asOf`. */
  asOf?: Date;
  /** This machine's order-number prefix (`A` → `A-20261128-0042`). */
  prefix: string;
  /** Orders per yielded batch. */
  batchSize?: number;
  /** Also build each order's event timeline (the benchmark leaves it out). */
  events?: boolean;
}

export interface OrderBatch {
  orders: Sample<OrderInput>[];
  events: Sample<OrderEventInput>[];
}

export const defaultOrderBatchSize = 5_000;

const lineCounts = [
  [1, 35],
  [2, 30],
  [3, 18],
  [4, 10],
  [5, 7],
] as const;

const segmentWeight = { key: 6, regular: 2, small: 1, new: 0.7 } as const;

const orderNotes = bilingual([
  ['客户要求周五前送达', 'Customer needs it by Friday'],
  ['送货前请电话联系', 'Call before delivery'],
  ['随货附发票', 'Ship the invoice with the goods'],
  ['分批发货', 'Ship in parts'],
]);

const overrideReason = { zh: '大客户协议价', en: 'Contract price for key account' };

/** Everything one order draws on besides the PRNG. */
interface OrderContext {
  language: SampleLanguage;
  currency: string;
  prefix: string;
  asOf: number;
  withEvents: boolean;
  handlers: readonly Sample<StaffInput>[];
  enterers: readonly Sample<StaffInput>[];
}

/**
 * Orders for a generated office, oldest first, in batches so a million can stream without being held
 * in memory. Same office and options, same orders.
 */
export function* generateOrders(office: SampleOffice, options: OrdersOptions): Generator<OrderBatch> {
  const random = createRandom(deriveSeed(options.seed, 'orders'), office.idKey);
  const asOf = options.asOf ?? office.asOf;
  const batchSize = options.batchSize ?? defaultOrderBatchSize;
  const { customers, products } = office;
  const customerPicks = cumulativeWeights(customers.map((c) => segmentWeight[c.input.segment]));
  const activeProducts = products.filter((p) => p.input.active);
  const handlers = office.staff.filter((s) => s.input.handlesOrders);
  const ctx: OrderContext = {
    language: office.language,
    currency: office.currency,
    prefix: options.prefix,
    asOf: asOf.getTime(),
    withEvents: options.events ?? true,
    handlers,
    // Orders are entered by the data-entry clerks and by the people who process them.
    enterers: office.staff.filter(
      (s) =>
        s.input.status === 'active' &&
        (s.input.handlesOrders || s.input.role === say(roles.entry, office.language)),
    ),
  };
  if (customers.length === 0 || activeProducts.length === 0 || handlers.length === 0) {
    throw new Error('The office needs customers, active products and staff who handle orders');
  }

  let batch: OrderBatch = { orders: [], events: [] };
  let placed = 0;
  for (const day of orderDays(asOf, options.count)) {
    const times = Array.from(
      { length: day.count },
      () => day.from + Math.floor(random.next() * (day.to - day.from)),
    );
    times.sort((a, b) => a - b);
    for (let i = 0; i < times.length; i++) {
      const time = times[i] as number;
      const customer = customers[pickIndex(random, customerPicks)] as (typeof customers)[number];
      // Discontinued products still show on old orders; recent orders use the current range only.
      const range = ctx.asOf - time > 180 * DAY ? products : activeProducts;
      placed += 1;
      const waiting = options.count - placed < WAITING_ORDERS;
      generateOrder(random, ctx, batch, { time, sequence: i + 1, customer, products: range, waiting });
      if (batch.orders.length >= batchSize) {
        yield batch;
        batch = { orders: [], events: [] };
      }
    }
  }
  if (batch.orders.length > 0) yield batch;
}

interface OrderSeed {
  time: number;
  sequence: number;
  customer: SampleOffice['customers'][number];
  products: readonly Sample<ProductInput>[];
  /** One of the newest orders, submitted and not yet picked up by anyone. */
  waiting: boolean;
}

/**
 * However early in the day the sample is loaded, the newest few orders wait in the queue unassigned, as
 * they do in an office: the queue's "unassigned" view and bulk assignment always have something to show.
 */
const WAITING_ORDERS = 4;

const noClock: ReadonlySet<string> = new Set(['draft', 'on_hold', 'completed', 'cancelled']);

function generateOrder(random: Random, ctx: OrderContext, batch: OrderBatch, seed: OrderSeed): void {
  const { time, customer } = seed;
  const id = random.uuid();
  const key = customer.input.segment === 'key';
  const priority = random.chance(key ? 0.15 : 0.09) ? 'urgent' : 'normal';
  const priced = orderLines(random, ctx, seed.products, key, random.weighted(lineCounts));
  const totals = orderTotals(priced);
  const status = seed.waiting ? 'submitted' : statusForAge(random, ctx.asOf - time);
  const path = statusPath(random, status);
  const lines = withShipped(priced, path);
  const assignee =
    seed.waiting || status === 'draft' || (status === 'submitted' && random.chance(0.5))
      ? null
      : random.pick(ctx.handlers);
  const orderedAt = new Date(time);
  const input: OrderInput = {
    number: formatOrderNumber(ctx.prefix, orderedAt, seed.sequence),
    customerId: customer.id,
    status,
    priority,
    assigneeId: assignee?.id ?? null,
    lines,
    subtotal: totals.subtotal,
    tax: totals.tax,
    total: totals.total,
    currency: ctx.currency,
    orderedAt: orderedAt.toISOString(),
    requestedDate: random.chance(0.7) ? localIsoDate(new Date(time + random.int(3, 21) * DAY)) : null,
    // No SLA clock runs for drafts, orders on hold or closed orders (as order commands do it).
    dueAt: noClock.has(status)
      ? null
      : new Date(time + (priority === 'urgent' ? 24 : 72) * HOUR).toISOString(),
    invoiced:
      status === 'completed' ? random.chance(0.97) : status === 'shipped' ? random.chance(0.5) : false,
    notes: random.chance(0.1) ? say(random.pick(orderNotes), ctx.language) : '',
  };
  batch.orders.push({ id, input });
  if (ctx.withEvents) {
    const creator = random.pick(ctx.enterers).input.name;
    const events = timeline(random, ctx, batch, {
      orderId: id,
      path,
      start: time,
      creator,
      assignee: assignee?.input.name,
    });
    input.milestones = sampleMilestones(
      input,
      events.map((e) => ({ ...e, from: e.from ?? null, to: e.to ?? null })),
    );
  } else {
    // The benchmark's orders have no timeline, but the same milestones as if they had one.
    const times = pathTimes(random, path, time, ctx.asOf);
    const moves = path.map((to, i) => ({
      at: new Date(times[i] as number).toISOString(),
      kind: 'transition',
      from: null,
      to,
    }));
    input.milestones = sampleMilestones(input, moves);
  }
}

/**
 * What went out of each line, by how far the order got: everything once shipped; when it stopped at
 * partially shipped, the first line (half of it when it is the only one). No randomness: the rest of the
 * office stays as it was generated before shipped quantities were kept.
 */
function withShipped(
  lines: readonly Omit<OrderLine, 'shipped'>[],
  path: readonly OrderStatus[],
): OrderLine[] {
  if (path.includes('shipped')) return lines.map((line) => ({ ...line, shipped: line.quantity }));
  if (!path.includes('partially_shipped')) return lines.map((line) => ({ ...line, shipped: 0 }));
  return lines.map((line, i) => {
    const shipped = i > 0 ? 0 : lines.length > 1 ? line.quantity : Math.floor(line.quantity / 2);
    return { ...line, shipped };
  });
}

function orderLines(
  random: Random,
  ctx: OrderContext,
  products: readonly Sample<ProductInput>[],
  key: boolean,
  count: number,
): Omit<OrderLine, 'shipped'>[] {
  const chosen = new Set<Sample<ProductInput>>();
  while (chosen.size < Math.min(count, products.length)) chosen.add(random.pick(products));
  return [...chosen].map((product) => {
    const { unitPrice, taxRate, unit } = product.input;
    const [low, high] = quantityRange[unitKeyOf(unit)];
    const quantity = random.int(low, key ? Math.round(high * 1.5) : high);
    const pricing = random.next();
    if (key && pricing < 0.15) {
      // A contract price below list, with the reason the form asks for.
      return {
        productId: product.id,
        quantity,
        unitPrice: Math.round(unitPrice * 0.92),
        discount: 0,
        taxRate,
        priceOverrideReason: say(overrideReason, ctx.language),
      };
    }
    const discount = pricing > 0.9 ? Math.round(quantity * unitPrice * 0.05) : 0;
    return { productId: product.id, quantity, unitPrice, discount, taxRate, priceOverrideReason: '' };
  });
}

interface TimelineSeed {
  orderId: string;
  path: readonly OrderStatus[];
  start: number;
  creator: string;
  assignee: string | undefined;
}

/**
 * The milestones the order's timeline shows (as its writes would have set them); late when it took longer
 * from receipt to shipping than the default SLA's stages allow in all, in calendar days (7, urgent 3).
 */
function sampleMilestones(order: OrderInput, moves: readonly MilestoneEvent[]) {
  // Its whole story happened here: whether it was late is known.
  const milestones = { ...milestonesFromEvents(order, moves), late: false };
  const { submittedAt, shippedAt } = milestones;
  const allowed = (order.priority === 'urgent' ? 3 : 7) * DAY;
  if (submittedAt && shippedAt) milestones.late = Date.parse(shippedAt) - Date.parse(submittedAt) > allowed;
  return milestones;
}

/** `created` (→ draft), then one `transition` event per step of the path, at increasing times. */
function timeline(
  random: Random,
  ctx: OrderContext,
  batch: OrderBatch,
  seed: TimelineSeed,
): OrderEventInput[] {
  const { orderId, path, creator } = seed;
  const start = batch.events.length;
  const times = pathTimes(random, path, seed.start, ctx.asOf);
  path.forEach((to, i) => {
    const at = new Date(times[i] as number).toISOString();
    if (i === 0) {
      batch.events.push({
        id: random.uuid(),
        input: { orderId, at, actor: creator, kind: 'created', from: null, to, note: '', lineChanges: [] },
      });
      return;
    }
    const from = path[i - 1] as OrderStatus;
    // The person who entered the order submits it; the assignee moves it on from there.
    const actor = to === 'submitted' || !seed.assignee ? creator : seed.assignee;
    const notes = transitionNotes[to];
    const note = notes ? say(random.pick(notes), ctx.language) : '';
    batch.events.push({
      id: random.uuid(),
      input: { orderId, at, actor, kind: 'transition', from, to, note, lineChanges: [] },
    });
  });
  return batch.events.slice(start).map((e) => e.input);
}
