import type { OrderMilestones } from '../schema/order';

// The dashboard's period figures (received, completed, processing time, on-time rate) are read from the
// rollups, and each drills down to the orders behind it: those whose milestone falls in the period. One
// multi-entry index holds every milestone of a live order as `<kind letter><UTC ISO time>`, so each
// drill-down is one key range, and a write adds at most four index entries instead of four indexes.
// The kinds match what the rollups count (rules/rollups.ts): a shipment counts only with a known receipt.

export const milestoneViews = ['received', 'completed', 'shipped', 'late'] as const;
export type MilestoneView = (typeof milestoneViews)[number];

const letter: Record<MilestoneView, string> = { received: 'r', completed: 'c', shipped: 's', late: 'l' };

/** A time as a comparable UTC ISO string, whatever offset it was written with. */
const utc = (iso: string) => new Date(iso).toISOString();

/** The index keys of a live order's milestones ([] for a deleted order, which no view lists). */
export function milestoneKeys(milestones: Partial<OrderMilestones> | undefined, deleted: boolean): string[] {
  if (deleted || !milestones) return [];
  const keys: string[] = [];
  const { submittedAt, shippedAt, completedAt, late } = milestones;
  if (submittedAt) {
    keys.push(letter.received + utc(submittedAt));
    if (shippedAt) {
      keys.push(letter.shipped + utc(shippedAt));
      if (late === true) keys.push(letter.late + utc(shippedAt));
    }
  }
  if (completedAt) keys.push(letter.completed + utc(completedAt));
  return keys;
}

/** The half-open key range [low, high) of a milestone between two instants (ISO). */
export function milestoneRange(view: MilestoneView, from: string, to: string): [string, string] {
  return [letter[view] + utc(from), letter[view] + utc(to)];
}
