import type { Absence as AbsenceRecord } from '../schema/absence';
import type { Duty } from '../schema/duty';
import type { Staff } from '../schema/staff';
import type { TrainingItem } from '../schema/training';
import type { Absence, CoverageStaff } from './coverage';
import type { OrderDuty } from './coverage-assignment';

// Stored records → the shapes the coverage rules take (tombstones left out), so every caller — the
// matrix screen, order assignment, the bench — feeds the rules the same way.

/**
 * Each person's certificates, course id → expiry: from their latest completion of each course (a renewal
 * replaces the certificate before it; a latest completion without one leaves none).
 */
export function certificatesOf(items: readonly TrainingItem[]): Map<string, Record<string, string>> {
  const latest = new Map<string, TrainingItem>();
  for (const item of items) {
    // A failed attempt gives no certificate and takes none away (as in rules/training/certificates.ts).
    if (item.deleted || item.status !== 'completed' || !item.completedOn || item.passed === false) continue;
    const key = `${item.staffId}|${item.courseId}`;
    const seen = latest.get(key);
    if (!seen || (seen.completedOn ?? '') < item.completedOn) latest.set(key, item);
  }
  const out = new Map<string, Record<string, string>>();
  for (const item of latest.values()) {
    if (!item.certificateExpires) continue;
    out.set(item.staffId, { ...out.get(item.staffId), [item.courseId]: item.certificateExpires });
  }
  return out;
}

export function coverageStaff(staff: readonly Staff[], items: readonly TrainingItem[] = []): CoverageStaff[] {
  const certificates = certificatesOf(items);
  return staff
    .filter((s) => !s.deleted)
    .map((s) => ({
      id: s.id,
      level: s.level,
      weeklyCapacityHours: s.weeklyCapacityHours,
      status: s.status,
      handlesOrders: s.handlesOrders,
      skills: Object.fromEntries(s.skills.map((k) => [k.skill, k.level])),
      certificates: certificates.get(s.id) ?? {},
    }));
}

export const liveDuties = (duties: readonly Duty[]): OrderDuty[] => duties.filter((d) => !d.deleted);

export const coverageAbsences = (absences: readonly AbsenceRecord[]): Absence[] =>
  absences.filter((a) => !a.deleted).map((a) => ({ staffId: a.staffId, from: a.from, to: a.to }));
