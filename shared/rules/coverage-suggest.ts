import {
  type Absence,
  type CoverageDuty,
  type CoverageStaff,
  type DateRange,
  type DutyComplexity,
  daysOf,
  isAvailable,
  meetsSkill,
  type StaffLevel,
} from './coverage';

// "Suggest" for the duty matrix: fill gaps and rebalance by skill and load — complex duties to
// experienced people, simple ones to new staff — keeping every assignment that is already sound, so the
// manager sees a short list of changes (the caller shows them before applying). Greedy, in steps that
// each only remove problems, and deterministic: the same matrix gives the same suggestion.

export interface DutyChange {
  dutyId: string;
  primaryId: string | null;
  backupIds: string[];
}

/** How well a level suits a duty's complexity: lower is better. */
const levelFit: Record<DutyComplexity, Record<StaffLevel, number>> = {
  complex: { senior: 0, experienced: 1, new: 3 },
  standard: { experienced: 0, senior: 1, new: 2 },
  simple: { new: 0, experienced: 1, senior: 2 },
};

const complexityOrder: Record<DutyComplexity, number> = { complex: 0, standard: 1, simple: 2 };

function suggestOnce(
  staffList: readonly CoverageStaff[],
  duties: readonly CoverageDuty[],
  absences: readonly Absence[] = [],
  range?: DateRange,
): CoverageDuty[] {
  // New assignments go to active people; someone on leave keeps what they hold (their absence is what
  // cover is for), and only people who left lose their duties.
  const active = staffList.filter((s) => s.status === 'active');
  const staff = new Map(staffList.filter((s) => s.status !== 'left').map((s) => [s.id, s]));
  const days = range ? daysOf(range) : [];
  const awayInRange = (id: string) => days.some((d) => !isAvailable(id, d, staff, absences));
  const sound = (id: string | null, duty: CoverageDuty): id is string => {
    const person = id ? staff.get(id) : undefined;
    if (!person || !meetsSkill(person, duty)) return false;
    return !(duty.complexity === 'complex' && person.level === 'new');
  };
  // Complex and big duties first: they have the fewest candidates.
  const order = [...duties].sort(
    (a, b) =>
      complexityOrder[a.complexity] - complexityOrder[b.complexity] ||
      b.hoursPerWeek - a.hoursPerWeek ||
      a.id.localeCompare(b.id),
  );
  const primary = new Map(duties.map((d) => [d.id, d.primaryId]));
  const backups = new Map(duties.map((d) => [d.id, d.backupIds.filter((id) => staff.has(id))]));
  const load = new Map<string, number>();
  const addLoad = (id: string | null, hours: number) => {
    if (id) load.set(id, (load.get(id) ?? 0) + hours);
  };
  const room = (id: string) => (staff.get(id)?.weeklyCapacityHours ?? 0) - (load.get(id) ?? 0);

  // A new primary must be sound, have room for the duty and not be one of its backups (moving a backup
  // up would leave the duty without one); the level that suits the complexity best, then the most room.
  const primaryCandidate = (duty: CoverageDuty): string | null =>
    active
      .filter(
        (p) =>
          sound(p.id, duty) &&
          room(p.id) >= duty.hoursPerWeek &&
          !(backups.get(duty.id) ?? []).includes(p.id),
      )
      .sort(
        (a, b) =>
          levelFit[duty.complexity][a.level] - levelFit[duty.complexity][b.level] ||
          room(b.id) - room(a.id) ||
          a.id.localeCompare(b.id),
      )[0]?.id ?? null;

  // Each step only ever removes a problem, so the suggestion never makes a matrix worse:
  // 1. every primary carries their load as it is (a move below frees it);
  for (const duty of order) {
    const holder = duty.primaryId;
    if (holder && staff.has(holder)) addLoad(holder, duty.hoursPerWeek);
  }
  // 2. a duty with no primary, or one below its skill or too new for it, gets the best candidate with
  //    room — else keeps whoever holds it;
  for (const duty of order) {
    if (sound(duty.primaryId, duty)) continue;
    const next = primaryCandidate(duty);
    if (!next) continue;
    const holder = duty.primaryId;
    if (holder && staff.has(holder)) addLoad(holder, -duty.hoursPerWeek);
    primary.set(duty.id, next);
    addLoad(next, duty.hoursPerWeek);
  }
  // 3. whoever is over capacity hands duties, smallest first, to a candidate with room;
  for (const person of active) {
    const theirs = order
      .filter((d) => primary.get(d.id) === person.id)
      .sort((a, b) => a.hoursPerWeek - b.hoursPerWeek || a.id.localeCompare(b.id));
    for (const duty of theirs) {
      if (room(person.id) >= 0) break;
      const next = primaryCandidate(duty);
      if (!next) continue;
      primary.set(duty.id, next);
      addLoad(person.id, -duty.hoursPerWeek);
      addLoad(next, duty.hoursPerWeek);
    }
  }
  // 4. a duty with no backup who has the skill gets one — and, when its primary is away in the range
  //    with no backup there, one who is there (first in line).
  for (const duty of order) {
    const primaryId = primary.get(duty.id) ?? null;
    const list = (backups.get(duty.id) ?? []).filter((id) => id !== primaryId);
    const soundBackups = list.filter((id) => meetsSkill(staff.get(id), duty));
    const primaryAway = primaryId !== null && awayInRange(primaryId);
    const needed = soundBackups.length === 0 || (primaryAway && soundBackups.every(awayInRange));
    if (needed) {
      const next = active
        .filter((p) => p.id !== primaryId && !list.includes(p.id) && meetsSkill(p, duty))
        .filter((p) => !(primaryAway && awayInRange(p.id)))
        .sort(
          (a, b) =>
            Number(awayInRange(a.id)) - Number(awayInRange(b.id)) ||
            levelFit[duty.complexity][a.level] - levelFit[duty.complexity][b.level] ||
            a.id.localeCompare(b.id),
        )[0]?.id;
      if (next) list.splice(primaryAway ? 0 : list.length, 0, next);
    }
    backups.set(duty.id, list);
  }

  return duties.map((d) => ({
    ...d,
    primaryId: primary.get(d.id) ?? null,
    backupIds: backups.get(d.id) ?? [],
  }));
}

/** What differs between two versions of the same duties. */
function changesBetween(before: readonly CoverageDuty[], after: readonly CoverageDuty[]): DutyChange[] {
  const old = new Map(before.map((d) => [d.id, d]));
  return after.flatMap((d) => {
    const was = old.get(d.id);
    const same =
      was !== undefined &&
      d.primaryId === was.primaryId &&
      d.backupIds.length === was.backupIds.length &&
      d.backupIds.every((id, i) => id === was.backupIds[i]);
    return same ? [] : [{ dutyId: d.id, primaryId: d.primaryId, backupIds: [...d.backupIds] }];
  });
}

/** Most rounds of suggestion: a round can free room that the next one uses; a few always settle. */
const MAX_ROUNDS = 8;

/**
 * The changes that fill gaps and rebalance the matrix. Rounds repeat until one changes nothing, so the
 * manager who presses "Suggest" again on the result is told there is nothing left to improve.
 */
export function suggestCoverage(
  staffList: readonly CoverageStaff[],
  duties: readonly CoverageDuty[],
  absences: readonly Absence[] = [],
  range?: DateRange,
): DutyChange[] {
  let current: readonly CoverageDuty[] = duties;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = suggestOnce(staffList, current, absences, range);
    if (changesBetween(current, next).length === 0) break;
    current = next;
  }
  return changesBetween(duties, current);
}

/** The duties with the changes applied (for showing the result before it is saved). */
export function applyChanges<D extends CoverageDuty>(
  duties: readonly D[],
  changes: readonly DutyChange[],
): D[] {
  const byId = new Map(changes.map((c) => [c.dutyId, c]));
  return duties.map((d) => {
    const change = byId.get(d.id);
    return change ? { ...d, primaryId: change.primaryId, backupIds: change.backupIds } : d;
  });
}
