import type { AssignmentRule } from './assignment';
import {
  type Absence,
  type CoverageDuty,
  type CoverageStaff,
  effectiveOwner,
  isAvailable,
  meetsSkill,
} from './coverage';

// Order routing by the duty matrix: a submitted order goes to whoever covers, today, the
// order-processing duty that matches it; when nobody does, to the least-loaded person available today who
// takes orders (or holds the duty) and has its skill; when there is none, the next rule decides.

export interface OrderDuty extends CoverageDuty {
  /** Which orders the duty covers, by the customer's segment and/or region; empty: all orders. */
  covers: { segments: readonly string[]; regions: readonly string[] };
}

export interface OrderCustomer {
  segment: string;
  region: string;
}

const matches = (duty: OrderDuty, customer: OrderCustomer | undefined) =>
  (duty.covers.segments.length === 0 || (!!customer && duty.covers.segments.includes(customer.segment))) &&
  (duty.covers.regions.length === 0 || (!!customer && duty.covers.regions.includes(customer.region)));

/** How narrow a duty is: one for a segment and a region beats one for a segment beats one for all. */
const specificity = (duty: OrderDuty) =>
  Number(duty.covers.segments.length > 0) + Number(duty.covers.regions.length > 0);

export function coverageRule(matrix: {
  /** The order-processing duties. */
  duties: readonly OrderDuty[];
  staff: readonly CoverageStaff[];
  absences: readonly Absence[];
  /** The customer of an order (segment and region), when known. */
  customerOf: (customerId: string) => OrderCustomer | undefined;
}): AssignmentRule {
  const staff = new Map(matrix.staff.filter((s) => s.status !== 'left').map((s) => [s.id, s]));
  return {
    id: 'duty-matrix',
    choose(order, { openLoad, today }) {
      const customer = matrix.customerOf(order.customerId);
      const duty = matrix.duties
        .filter((d) => matches(d, customer))
        .sort((a, b) => specificity(b) - specificity(a) || a.id.localeCompare(b.id))[0];
      if (!duty) return null;
      const owner = effectiveOwner(duty, today, staff, matrix.absences);
      if (owner.staffId) return owner.staffId;
      // Nobody covers it today: someone who takes orders (or holds the duty) and has its skill.
      const holders = new Set([duty.primaryId, ...duty.backupIds]);
      const qualified = [...staff.values()]
        .filter(
          (p) =>
            (p.handlesOrders || holders.has(p.id)) &&
            meetsSkill(p, duty) &&
            isAvailable(p.id, today, staff, matrix.absences),
        )
        .sort((a, b) => (openLoad.get(a.id) ?? 0) - (openLoad.get(b.id) ?? 0) || a.id.localeCompare(b.id));
      return qualified[0]?.id ?? null;
    },
  };
}
