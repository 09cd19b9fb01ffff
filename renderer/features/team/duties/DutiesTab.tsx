import type { TeamData } from '../use-team';

/** Placeholder until built (issue 5). */
export function DutiesTab(_props: { team: TeamData }) {
  return null;
}
