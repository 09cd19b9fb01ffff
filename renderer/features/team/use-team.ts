import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Absence as CoverageAbsence, CoverageStaff } from '../../../shared/rules/coverage';
import { coverageAbsences, coverageStaff } from '../../../shared/rules/coverage-input';
import type { Absence } from '../../../shared/schema/absence';
import type { Duty } from '../../../shared/schema/duty';
import type { Staff } from '../../../shared/schema/staff';
import { useSession } from '../../app/session-context';

// The team as every tab of the Team page reads it: live, without tombstones, in name order, and in the
// shapes the coverage rules take (shared/rules/coverage-input.ts).

export interface TeamData {
  /** Everyone not removed (people who left included, for the record). */
  staff: Staff[];
  /** People who can hold duties: not removed and not left. */
  members: Staff[];
  duties: Duty[];
  absences: Absence[];
  nameOf: (id: string | null) => string | undefined;
  coverage: { staff: CoverageStaff[]; absences: CoverageAbsence[] };
}

export function useTeam(): TeamData | undefined {
  const { db } = useSession();
  const rows = useLiveQuery(async () => {
    const [staff, duties, absences] = await Promise.all([
      db.staff
        .orderBy('name')
        .filter((s) => !s.deleted)
        .toArray(),
      db.duties
        .orderBy('name')
        .filter((d) => !d.deleted)
        .toArray(),
      db.absences
        .orderBy('from')
        .filter((a) => !a.deleted)
        .toArray(),
    ]);
    return { staff, duties, absences };
  }, [db]);
  return useMemo(() => {
    if (!rows) return undefined;
    const names = new Map(rows.staff.map((s) => [s.id, s.name]));
    return {
      ...rows,
      members: rows.staff.filter((s) => s.status !== 'left'),
      nameOf: (id: string | null) => (id ? names.get(id) : undefined),
      coverage: { staff: coverageStaff(rows.staff), absences: coverageAbsences(rows.absences) },
    };
  }, [rows]);
}
