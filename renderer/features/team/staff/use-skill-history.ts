import { useLiveQuery } from 'dexie-react-hooks';
import { useSession } from '../../../app/session-context';
import { loadSkillHistory } from '../../../db/team-queries';

/** A person's skill changes, newest first, kept up to date; undefined while loading. */
export function useSkillHistory(staffId: string) {
  const { db } = useSession();
  return useLiveQuery(() => loadSkillHistory(db, staffId), [db, staffId]);
}
