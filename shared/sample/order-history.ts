import type { OrderStatus } from '../schema/order';
import { DAY, HOUR } from './dates';
import { type Bilingual, bilingual } from './language';
import type { Random } from './random';

// Where an order of a given age stands today, and the path of statuses that got it there. Old orders
// are mostly completed or cancelled; recent ones are spread over the open statuses.

type Weights = readonly (readonly [OrderStatus, number])[];

const byAge: readonly (readonly [number, Weights])[] = [
  [
    2 * HOUR,
    [
      ['draft', 20],
      ['submitted', 70],
      ['validated', 10],
    ],
  ],
  [
    DAY,
    [
      ['draft', 5],
      ['submitted', 30],
      ['validated', 25],
      ['returned', 5],
      ['confirmed', 25],
      ['fulfilling', 5],
      ['on_hold', 3],
      ['cancelled', 2],
    ],
  ],
  [
    3 * DAY,
    [
      ['submitted', 8],
      ['validated', 12],
      ['returned', 4],
      ['confirmed', 25],
      ['fulfilling', 25],
      ['partially_shipped', 5],
      ['shipped', 10],
      ['on_hold', 4],
      ['cancelled', 3],
      ['completed', 4],
    ],
  ],
  [
    14 * DAY,
    [
      ['validated', 2],
      ['returned', 1],
      ['confirmed', 6],
      ['fulfilling', 12],
      ['partially_shipped', 10],
      ['shipped', 30],
      ['on_hold', 4],
      ['cancelled', 5],
      ['completed', 30],
    ],
  ],
  [
    60 * DAY,
    [
      ['fulfilling', 1],
      ['partially_shipped', 2],
      ['shipped', 8],
      ['on_hold', 1],
      ['cancelled', 7],
      ['completed', 81],
    ],
  ],
  [
    Number.POSITIVE_INFINITY,
    [
      ['on_hold', 0.5],
      ['cancelled', 7],
      ['completed', 92.5],
    ],
  ],
];

export function statusForAge(random: Random, ageMs: number): OrderStatus {
  for (const [maxAge, weights] of byAge) if (ageMs < maxAge) return random.weighted(weights);
  return 'completed';
}

const mainPath: readonly OrderStatus[] = [
  'draft',
  'submitted',
  'validated',
  'confirmed',
  'fulfilling',
  'partially_shipped',
  'shipped',
  'completed',
];

function upTo(last: OrderStatus, random: Random): OrderStatus[] {
  const path = mainPath.slice(0, mainPath.indexOf(last) + 1);
  // Most orders ship in one go; keep the partial shipment only for some (or when it is where they stand).
  if (last !== 'partially_shipped' && path.includes('partially_shipped') && random.chance(0.7)) {
    path.splice(path.indexOf('partially_shipped'), 1);
  }
  return path;
}

/** Insert a detour (`a → returned → a`, `confirmed → on_hold → confirmed`) now and then. */
function withDetours(path: OrderStatus[], random: Random): OrderStatus[] {
  const out: OrderStatus[] = [];
  const last = path[path.length - 1];
  for (const status of path) {
    out.push(status);
    if (status === 'submitted' && last !== 'submitted' && path.includes('validated') && random.chance(0.06)) {
      out.push('returned', 'submitted');
    }
    if (status === 'confirmed' && last !== 'confirmed' && random.chance(0.04))
      out.push('on_hold', 'confirmed');
  }
  return out;
}

/** The statuses an order went through, from `draft` to `final`. */
export function statusPath(random: Random, final: OrderStatus): OrderStatus[] {
  switch (final) {
    case 'returned':
      return ['draft', 'submitted', 'returned'];
    case 'on_hold':
      return [
        ...withDetours(upTo(random.pick(['validated', 'confirmed', 'fulfilling'] as const), random), random),
        'on_hold',
      ];
    case 'cancelled': {
      const from = random.weighted([
        ['submitted', 3],
        ['validated', 2],
        ['returned', 2],
        ['confirmed', 2],
        ['on_hold', 1],
      ] as const);
      return [...statusPath(random, from), 'cancelled'];
    }
    default:
      return withDetours(upTo(final, random), random);
  }
}

/** How long, in ms, an order typically waits before moving into `to` (after `from`). */
const waits: Partial<Record<OrderStatus, readonly [number, number]>> = {
  submitted: [2 * 60_000, 90 * 60_000],
  validated: [10 * 60_000, 6 * HOUR],
  returned: [30 * 60_000, 8 * HOUR],
  confirmed: [30 * 60_000, DAY],
  on_hold: [HOUR, 2 * DAY],
  fulfilling: [2 * HOUR, 2 * DAY],
  partially_shipped: [DAY, 3 * DAY],
  shipped: [DAY, 4 * DAY],
  completed: [2 * DAY, 10 * DAY],
  cancelled: [HOUR, 5 * DAY],
};

const resubmitWait: readonly [number, number] = [2 * HOUR, 2 * DAY];
const resumeWait: readonly [number, number] = [DAY, 5 * DAY];

/**
 * Times (epoch ms) of each status in `path`: the first is `start`, each later one strictly after the one
 * before, and all at or before `end` (the gaps shrink when the order is younger than its story).
 */
export function pathTimes(
  random: Random,
  path: readonly OrderStatus[],
  start: number,
  end: number,
): number[] {
  const gaps: number[] = [];
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1];
    const to = path[i] as OrderStatus;
    const range =
      from === 'returned'
        ? resubmitWait
        : from === 'on_hold' && to !== 'cancelled'
          ? resumeWait
          : (waits[to] ?? [HOUR, DAY]);
    gaps.push(range[0] + random.next() * (range[1] - range[0]));
  }
  const total = gaps.reduce((sum, gap) => sum + gap, 0);
  const room = (end - start) * 0.9;
  const scale = total > room ? room / total : 1;
  const times = [start];
  let at = start;
  for (const gap of gaps) {
    at += Math.max(1, Math.floor(gap * scale));
    times.push(at);
  }
  return times;
}

/** Why an order was returned, put on hold or cancelled: the note on that event. */
export const transitionNotes: Partial<Record<OrderStatus, Bilingual[]>> = {
  returned: bilingual([
    ['客户信息不完整', 'Customer details incomplete'],
    ['价格与合同不符', 'Price does not match the contract'],
    ['超出信用额度', 'Over the credit limit'],
  ]),
  on_hold: bilingual([
    ['等待客户付款', 'Waiting for payment'],
    ['库存不足，等待到货', 'Out of stock, waiting for delivery'],
    ['客户要求暂缓发货', 'Customer asked to delay shipment'],
  ]),
  cancelled: bilingual([
    ['客户取消', 'Cancelled by the customer'],
    ['重复下单', 'Duplicate order'],
    ['无法按期交货', 'Cannot deliver on time'],
  ]),
};
