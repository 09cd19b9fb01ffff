import type { Order } from '../schema/order';
import type { Staff } from '../schema/staff';

// Who gets a submitted order. A rule is a small object so the duty matrix can plug in its own
// ("whoever covers order processing for this customer today") ahead of the default.

export interface AssignmentContext {
  staff: readonly Pick<Staff, 'id' | 'name' | 'status' | 'handlesOrders' | 'deleted'>[];
  /** Open orders per staff id right now (the load to balance). */
  openLoad: ReadonlyMap<string, number>;
  /** The day the order is being assigned (ISO date), for rules that know about absences. */
  today: string;
}

export interface AssignmentRule {
  id: string;
  /** A staff id, or null to let the next rule decide. */
  choose(order: Pick<Order, 'customerId' | 'priority'>, context: AssignmentContext): string | null;
}

/** The least-loaded active person flagged for order processing; ties go to the name first in order. */
export const leastLoadedRule: AssignmentRule = {
  id: 'least-loaded',
  choose(_order, { staff, openLoad }) {
    const candidates = staff.filter((s) => !s.deleted && s.status === 'active' && s.handlesOrders);
    candidates.sort(
      (a, b) =>
        (openLoad.get(a.id) ?? 0) - (openLoad.get(b.id) ?? 0) ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    );
    return candidates[0]?.id ?? null;
  },
};

/** The first rule with an answer wins; null when none can assign (the order stays unassigned). */
export function chooseAssignee(
  rules: readonly AssignmentRule[],
  order: Pick<Order, 'customerId' | 'priority'>,
  context: AssignmentContext,
): string | null {
  for (const rule of rules) {
    const id = rule.choose(order, context);
    if (id) return id;
  }
  return null;
}
