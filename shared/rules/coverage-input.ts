import type { Absence as AbsenceRecord } from '../schema/absence';
import type { Duty } from '../schema/duty';
import type { Staff } from '../schema/staff';
import type { Absence, CoverageStaff } from './coverage';
import type { OrderDuty } from './coverage-assignment';

// Stored records → the shapes the coverage rules take (tombstones left out), so every caller — the
// matrix screen, order assignment, the bench — feeds the rules the same way.

export function coverageStaff(staff: readonly Staff[]): CoverageStaff[] {
  return staff
    .filter((s) => !s.deleted)
    .map((s) => ({
      id: s.id,
      level: s.level,
      weeklyCapacityHours: s.weeklyCapacityHours,
      status: s.status,
      handlesOrders: s.handlesOrders,
      skills: Object.fromEntries(s.skills.map((k) => [k.skill, k.level])),
    }));
}

export const liveDuties = (duties: readonly Duty[]): OrderDuty[] => duties.filter((d) => !d.deleted);

export const coverageAbsences = (absences: readonly AbsenceRecord[]): Absence[] =>
  absences.filter((a) => !a.deleted).map((a) => ({ staffId: a.staffId, from: a.from, to: a.to }));
