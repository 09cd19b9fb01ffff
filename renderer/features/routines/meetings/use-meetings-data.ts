import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Meeting } from '../../../../shared/schema/meeting';
import type { Staff } from '../../../../shared/schema/staff';
import { useSession } from '../../../app/session-context';
import { loadMeetings, loadSchedules, type ScheduleRow } from '../../../db/meeting-queries';
import { loadStaff } from '../../../db/team-queries';

// What the meetings tab reads, live: the meetings (latest first), the schedules with what they owe as of
// today, and the people, with a name for any id (someone who has left still has a name on an old meeting).

export interface MeetingsData {
  meetings: Meeting[];
  schedules: ScheduleRow[];
  staff: Staff[];
  nameOf: (id: string) => string;
}

export function usePeople(): { staff: Staff[]; nameOf: (id: string) => string } | undefined {
  const { db } = useSession();
  const staff = useLiveQuery(() => loadStaff(db), [db]);
  return useMemo(() => {
    if (!staff) return undefined;
    const names = new Map(staff.map((s) => [s.id, s.name]));
    return { staff, nameOf: (id: string) => names.get(id) ?? '—' };
  }, [staff]);
}

export function useMeetingsData(today: string): MeetingsData | undefined {
  const { db } = useSession();
  const people = usePeople();
  const meetings = useLiveQuery(() => loadMeetings(db), [db]);
  const schedules = useLiveQuery(() => loadSchedules(db, today), [db, today]);
  return useMemo(() => {
    if (!people || !meetings || !schedules) return undefined;
    return { meetings, schedules, ...people };
  }, [people, meetings, schedules]);
}

/** The people a form offers: those on the team, and anyone already chosen who has since left. */
export const peopleOptions = (staff: readonly Staff[], chosen: readonly (string | null)[] = []) =>
  staff
    .filter((s) => s.status !== 'left' || chosen.includes(s.id))
    .map((s) => ({ value: s.id, label: s.name }));
