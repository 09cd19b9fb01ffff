import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Staff } from '../../../../shared/schema/staff';
import type { Course, TrainingSession } from '../../../../shared/schema/training';
import { useSession } from '../../../app/session-context';
import { loadStaff } from '../../../db/team-queries';
import { loadCourses, loadTrainingSessions } from '../../../db/training-queries';

// What the sessions tab reads, live: the sessions in start order, the courses and the people, with
// lookups by id (a removed course or person still has a name to show on an old session).

export interface SessionsData {
  sessions: TrainingSession[];
  courses: Course[];
  staff: Staff[];
  courseTitle: (id: string) => string | undefined;
  nameOf: (id: string) => string | undefined;
}

export function useSessionsData(): SessionsData | undefined {
  const { db } = useSession();
  const sessions = useLiveQuery(() => loadTrainingSessions(db), [db]);
  const courses = useLiveQuery(() => loadCourses(db), [db]);
  const staff = useLiveQuery(() => loadStaff(db), [db]);
  return useMemo(() => {
    if (!sessions || !courses || !staff) return undefined;
    const titles = new Map(courses.map((c) => [c.id, c.title]));
    const names = new Map(staff.map((s) => [s.id, s.name]));
    return {
      sessions,
      courses,
      staff,
      courseTitle: (id: string) => titles.get(id),
      nameOf: (id: string) => names.get(id),
    };
  }, [sessions, courses, staff]);
}
