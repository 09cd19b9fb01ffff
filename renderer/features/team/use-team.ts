import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef } from 'react';
import type { Absence as CoverageAbsence, CoverageStaff } from '../../../shared/rules/coverage';
import { coverageAbsences, coverageStaff } from '../../../shared/rules/coverage-input';
import type { Duty } from '../../../shared/schema/duty';
import type { Staff } from '../../../shared/schema/staff';
import type { Course } from '../../../shared/schema/training';
import { useSession } from '../../app/session-context';
import { type AbsenceShown, loadAbsencesShown } from '../../db/absence-details';
import { loadDuties, loadStaff } from '../../db/team-queries';
import { loadTrainingItems } from '../../db/training-needs-queries';
import { loadCourses } from '../../db/training-queries';

// The team as every tab of the Team page reads it: live, without tombstones, in name order, and in the
// shapes the coverage rules take (shared/rules/coverage-input.ts). Each table is its own live query, and
// a record keeps its object while its rev is the same, so saving one duty re-renders that duty's row of
// the matrix, not the whole grid.

export interface TeamData {
  /** Everyone not removed (people who left included, for the record). */
  staff: Staff[];
  /** People who can hold duties: not removed and not left. */
  members: Staff[];
  duties: Duty[];
  /** Sick leaves shown as such where this machine holds their confidential detail (absence-details.ts). */
  absences: AbsenceShown[];
  nameOf: (id: string | null) => string | undefined;
  coverage: { staff: CoverageStaff[]; absences: CoverageAbsence[] };
  /** The course catalogue: a duty may require a course's certificate. */
  courses: Course[];
  courseTitle: (id: string) => string | undefined;
}

/** The list with each record's previous object kept while its rev is unchanged; the previous list when
 * nothing changed at all. */
function useShared<R extends { id: string; rev: string; detailRev?: string | null }>(
  list: R[] | undefined,
): R[] | undefined {
  const previous = useRef<R[] | undefined>(undefined);
  return useMemo(() => {
    if (!list) return undefined;
    const known = new Map((previous.current ?? []).map((r) => [r.id, r]));
    const shared = list.map((r) => {
      const old = known.get(r.id);
      return old && old.rev === r.rev && old.detailRev === r.detailRev ? old : r;
    });
    const before = previous.current;
    const same = before?.length === shared.length && shared.every((r, i) => r === before[i]);
    previous.current = same ? before : shared;
    return previous.current;
  }, [list]);
}

export function useTeam(): TeamData | undefined {
  const { db } = useSession();
  const staff = useShared(useLiveQuery(() => loadStaff(db), [db]));
  const duties = useShared(useLiveQuery(() => loadDuties(db), [db]));
  const absences = useShared(useLiveQuery(() => loadAbsencesShown(db), [db]));
  // Certificates count in the coverage checks: the training items and courses are read live too.
  const items = useLiveQuery(() => loadTrainingItems(db), [db]);
  const courses = useLiveQuery(() => loadCourses(db), [db]);
  const people = useMemo(() => {
    if (!staff || !items) return undefined;
    const names = new Map(staff.map((s) => [s.id, s.name]));
    return {
      members: staff.filter((s) => s.status !== 'left'),
      nameOf: (id: string | null) => (id ? names.get(id) : undefined),
      coverageStaff: coverageStaff(staff, items),
    };
  }, [staff, items]);
  const absent = useMemo(() => absences && coverageAbsences(absences), [absences]);
  return useMemo(() => {
    if (!staff || !duties || !absences || !people || !absent || !courses) return undefined;
    const titles = new Map(courses.map((c) => [c.id, c.title]));
    return {
      staff,
      members: people.members,
      duties,
      absences,
      nameOf: people.nameOf,
      coverage: { staff: people.coverageStaff, absences: absent },
      courses,
      courseTitle: (id: string) => titles.get(id),
    };
  }, [staff, duties, absences, people, absent, courses]);
}
