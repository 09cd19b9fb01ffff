// The duty matrix's rules, pure so they are tested without a browser and recomputed on every
// cell edit: who is available on a day, who effectively owns a duty then, and the coverage checks with
// their score. The suggestion that fills gaps lives in coverage-suggest.ts.

export type StaffLevel = 'new' | 'experienced' | 'senior';
export type DutyComplexity = 'simple' | 'standard' | 'complex';

export interface CoverageStaff {
  id: string;
  level: StaffLevel;
  weeklyCapacityHours: number;
  status: 'active' | 'on_leave' | 'left';
  /** Skill name → level 0–4. */
  skills: Readonly<Record<string, number>>;
  /** Flagged to take submitted orders (order routing falls back to such people). */
  handlesOrders?: boolean;
  /** Course id → the day the person's certificate from it expires (their latest completion's). */
  certificates?: Readonly<Record<string, string>>;
}

export interface CoverageDuty {
  id: string;
  complexity: DutyComplexity;
  hoursPerWeek: number;
  /** The skill the duty needs ('' or absent: none) and the level it needs of it. */
  requiredSkill?: string | null;
  requiredLevel: number;
  primaryId: string | null;
  backupIds: readonly string[];
  /** A course whose valid certificate every holder needs (null or absent: none). */
  requiredCourseId?: string | null;
}

export interface Absence {
  staffId: string;
  /** Inclusive ISO dates (YYYY-MM-DD). */
  from: string;
  to: string;
}

export interface DateRange {
  from: string;
  to: string;
}

export type CoverageIssue =
  | { kind: 'no_primary'; dutyId: string }
  | { kind: 'no_backup'; dutyId: string }
  | { kind: 'over_capacity'; staffId: string; hours: number; capacity: number }
  | {
      kind: 'skill_below';
      dutyId: string;
      staffId: string;
      role: 'primary' | 'backup';
      level: number;
      required: number;
    }
  | {
      kind: 'certificate_missing';
      dutyId: string;
      staffId: string;
      role: 'primary' | 'backup';
      courseId: string;
      /** The day the certificate expired; null when the person never had it. */
      expired: string | null;
    }
  | { kind: 'complex_only_new'; dutyId: string }
  | { kind: 'primary_absent'; dutyId: string; staffId: string; from: string; to: string };

export interface CoverageReport {
  issues: CoverageIssue[];
  /** 0–100: the share of checks that pass (5 per duty, 1 per active person). */
  score: number;
}

/** Whether a person can do work on `date`: active, and not absent that day. */
export function isAvailable(
  staffId: string,
  date: string,
  staff: ReadonlyMap<string, CoverageStaff>,
  absences: readonly Absence[],
): boolean {
  const person = staff.get(staffId);
  if (person?.status !== 'active') return false;
  return !absences.some((a) => a.staffId === staffId && a.from <= date && date <= a.to);
}

const DAY_MS = 86_400_000;
/** Longest range checked day by day (a year and a day). */
const MAX_RANGE_DAYS = 366;

/** Every ISO date from `from` to `to`, inclusive (at most a year's worth). */
export function daysOf(range: DateRange): string[] {
  const days: string[] = [];
  const end = Date.parse(`${range.to}T00:00:00Z`);
  for (let t = Date.parse(`${range.from}T00:00:00Z`); t <= end && days.length < MAX_RANGE_DAYS; t += DAY_MS)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

export type EffectiveOwner =
  | { staffId: string; as: 'primary' | 'backup' }
  | { staffId: null; as: 'uncovered' };

/** Who does the duty on `date`: the primary, else the first available backup, else nobody (flagged). */
export function effectiveOwner(
  duty: CoverageDuty,
  date: string,
  staff: ReadonlyMap<string, CoverageStaff>,
  absences: readonly Absence[],
): EffectiveOwner {
  if (duty.primaryId && isAvailable(duty.primaryId, date, staff, absences))
    return { staffId: duty.primaryId, as: 'primary' };
  for (const id of duty.backupIds)
    if (id !== duty.primaryId && isAvailable(id, date, staff, absences)) return { staffId: id, as: 'backup' };
  return { staffId: null, as: 'uncovered' };
}

/** Hours per week each person carries as primary (backups carry none until they cover). */
export function workload(duties: readonly CoverageDuty[]): Map<string, number> {
  const hours = new Map<string, number>();
  for (const duty of duties)
    if (duty.primaryId) hours.set(duty.primaryId, (hours.get(duty.primaryId) ?? 0) + duty.hoursPerWeek);
  return hours;
}

const skillOf = (person: CoverageStaff | undefined, skill: string | null | undefined) =>
  skill ? (person?.skills[skill] ?? 0) : 4;

/** Whether a person meets the duty's skill requirement. */
export const meetsSkill = (person: CoverageStaff | undefined, duty: CoverageDuty): boolean =>
  !duty.requiredSkill || skillOf(person, duty.requiredSkill) >= duty.requiredLevel;

/**
 * Every coverage problem of the matrix, and its score. `range`: the dates to check absences for (a
 * primary away on days when no backup is there either is flagged, with the first and last such day).
 */
export function checkCoverage(
  staffList: readonly CoverageStaff[],
  duties: readonly CoverageDuty[],
  absences: readonly Absence[],
  range?: DateRange,
): CoverageReport {
  // People who left hold nothing: their duties count as without them.
  const staff = new Map(staffList.filter((s) => s.status !== 'left').map((s) => [s.id, s]));
  const issues: CoverageIssue[] = [];
  let checks = 0;
  for (const duty of duties) {
    checks += 5;
    const primary = duty.primaryId ? staff.get(duty.primaryId) : undefined;
    const backups = duty.backupIds.filter((id) => id !== duty.primaryId && staff.has(id));
    if (!primary) issues.push({ kind: 'no_primary', dutyId: duty.id });
    if (backups.length === 0) issues.push({ kind: 'no_backup', dutyId: duty.id });
    for (const [id, role] of [
      ...(primary ? [[primary.id, 'primary'] as const] : []),
      ...backups.map((id) => [id, 'backup'] as const),
    ]) {
      const person = staff.get(id);
      // A certificate expired before the first day checked no longer counts (without dates to check, only
      // a missing one is flagged; the training needs list reads expiries itself).
      const course = duty.requiredCourseId;
      const expires = course ? person?.certificates?.[course] : undefined;
      if (course && (expires === undefined || expires < (range?.from ?? ''))) {
        issues.push({
          kind: 'certificate_missing',
          dutyId: duty.id,
          staffId: id,
          role,
          courseId: course,
          expired: expires ?? null,
        });
      }
      if (meetsSkill(person, duty)) continue;
      issues.push({
        kind: 'skill_below',
        dutyId: duty.id,
        staffId: id,
        role,
        level: skillOf(person, duty.requiredSkill),
        required: duty.requiredLevel,
      });
    }
    const holders = [primary?.id, ...backups].flatMap((id) => (id ? [staff.get(id)] : []));
    if (duty.complexity === 'complex' && holders.length > 0 && holders.every((p) => p?.level === 'new'))
      issues.push({ kind: 'complex_only_new', dutyId: duty.id });
    if (range && primary) {
      // The days in the range the primary is away and no backup is there either.
      const uncovered = daysOf(range).filter(
        (day) =>
          !isAvailable(primary.id, day, staff, absences) &&
          !backups.some((id) => isAvailable(id, day, staff, absences)),
      );
      const [first] = uncovered;
      if (first)
        issues.push({
          kind: 'primary_absent',
          dutyId: duty.id,
          staffId: primary.id,
          from: first,
          to: uncovered[uncovered.length - 1] as string,
        });
    }
  }
  const load = workload(duties);
  for (const person of staffList) {
    if (person.status !== 'active') continue;
    checks += 1;
    const hours = load.get(person.id) ?? 0;
    if (hours > person.weeklyCapacityHours)
      issues.push({ kind: 'over_capacity', staffId: person.id, hours, capacity: person.weeklyCapacityHours });
  }
  // A duty's skill check fails once however many of its people are below the level or lack the
  // certificate it needs.
  const qualification = (i: CoverageIssue) => i.kind === 'skill_below' || i.kind === 'certificate_missing';
  const failed =
    issues.filter((i) => !qualification(i)).length +
    new Set(issues.flatMap((i) => (qualification(i) && 'dutyId' in i ? [i.dutyId] : []))).size;
  const score = checks === 0 ? 100 : Math.round((100 * (checks - failed)) / checks);
  return { issues, score };
}
