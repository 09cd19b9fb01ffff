import type { TeamData } from '../use-team';

/** Placeholder until built (issue 5). */
export function AbsencesTab(_props: { team: TeamData }) {
  return null;
}
