import {
  type Absence,
  type CoverageStaff,
  daysOf,
  type EffectiveOwner,
  effectiveOwner,
  isAvailable,
} from '../../../../shared/rules/coverage';
import { addDays } from '../../../../shared/rules/local-date';
import type { Duty } from '../../../../shared/schema/duty';

// The coverage heat map's numbers, pure so the chart only draws them: for each duty and day, how many
// of the people who hold it (primary and backups) can work that day, and who effectively does it.

export interface HeatCell {
  /** The day (ISO), the x category. */
  x: string;
  /** The duty's row label, the y category. */
  y: string;
  /** Holders available that day. */
  v: number;
  holders: number;
  dutyId: string;
  owner: EffectiveOwner;
}

export interface CoverageGrid {
  days: string[];
  rows: { dutyId: string; label: string; holderIds: string[] }[];
  cells: HeatCell[];
  /** The cells where nobody who holds the duty is available, by day then duty. */
  gaps: HeatCell[];
}

/** Names made unique ("Invoicing", "Invoicing (2)"): the chart's categories are matched by label. */
export function uniqueLabels(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name} (${n})`;
  });
}

export function coverageGrid(
  duties: readonly Duty[],
  coverage: { staff: readonly CoverageStaff[]; absences: readonly Absence[] },
  start: string,
  length = 14,
): CoverageGrid {
  const days = daysOf({ from: start, to: addDays(start, length - 1) });
  const staff = new Map(coverage.staff.map((s) => [s.id, s]));
  const labels = uniqueLabels(duties.map((d) => d.name));
  const rows = duties.map((duty, i) => ({
    dutyId: duty.id,
    label: labels[i] as string,
    holderIds: [...new Set([duty.primaryId, ...duty.backupIds].filter((id): id is string => !!id))],
  }));
  const cells: HeatCell[] = [];
  duties.forEach((duty, i) => {
    const row = rows[i] as CoverageGrid['rows'][number];
    for (const day of days)
      cells.push({
        x: day,
        y: row.label,
        v: row.holderIds.filter((id) => isAvailable(id, day, staff, coverage.absences)).length,
        holders: row.holderIds.length,
        dutyId: duty.id,
        owner: effectiveOwner(duty, day, staff, coverage.absences),
      });
  });
  const gaps = cells
    .filter((c) => c.v === 0)
    .sort((a, b) => a.x.localeCompare(b.x) || labels.indexOf(a.y) - labels.indexOf(b.y));
  return { days, rows, cells, gaps };
}
