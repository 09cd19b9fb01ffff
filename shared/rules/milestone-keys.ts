import type { OrderMilestones } from '../schema/order';

// The dashboard's period figures (received, completed, processing time, on-time rate) are read from the
// rollups, and each drills down to the orders behind it: those whose milestone falls in the period. One
// multi-entry index holds every milestone of a live order as `<kind letter><UTC ISO time>`, so each
// drill-down is one key range, and a write adds at most four index entries instead of four indexes.
// The kinds match what the rollups count (rules/rollups.ts): a shipment counts only with a known receipt.
// Completions are also keyed by the assignee (`C<person>|<time>`): the dashboard's per-person column.

export const milestoneViews = ['received', 'completed', 'shipped', 'late'] as const;
export type MilestoneView = (typeof milestoneViews)[number];

const letter: Record<MilestoneView, string> = { received: 'r', completed: 'c', shipped: 's', late: 'l' };

/** A time as a comparable UTC ISO string, whatever offset it was written with. */
const utc = (iso: string) => new Date(iso).toISOString();

/**
 * The index keys of a live order's milestones, `person` being its assignee key (rules/queue-keys.ts). A
 * deleted order gets none from queueKeys: no view lists it.
 */
export function milestoneKeys(milestones: Partial<OrderMilestones> | undefined, person: string): string[] {
  if (!milestones) return [];
  const keys: string[] = [];
  const { submittedAt, shippedAt, completedAt, late } = milestones;
  if (submittedAt) {
    keys.push(letter.received + utc(submittedAt));
    if (shippedAt) {
      keys.push(letter.shipped + utc(shippedAt));
      if (late === true) keys.push(letter.late + utc(shippedAt));
    }
  }
  if (completedAt) {
    keys.push(letter.completed + utc(completedAt));
    keys.push(`${byPerson}${person}|${utc(completedAt)}`);
  }
  return keys;
}

const byPerson = 'C';

/**
 * The half-open key range [low, high) of a milestone between two instants (ISO); with a person (a staff id,
 * or `-` for nobody), the completions of that person only.
 */
export function milestoneRange(
  view: MilestoneView,
  from: string,
  to: string,
  person?: string,
): [string, string] {
  if (person !== undefined && view === 'completed')
    return [`${byPerson}${person}|${utc(from)}`, `${byPerson}${person}|${utc(to)}`];
  if (person !== undefined) throw new Error(`milestone keys hold no person for ${view}`);
  return [letter[view] + utc(from), letter[view] + utc(to)];
}
