import type { CriterionRating, FeedbackQuestions } from '../../schema/review';
import { mean, round1 } from './numbers';

// 360 feedback is anonymous: nothing of it shows until at least MIN_PEERS colleagues have answered (with
// fewer, an average would give away what one person said), and then only averages and the comments in an
// order that does not follow who answered. Reviewer names never enter the summary.

/** The fewest peer answers that are shown. */
export const MIN_PEERS = 3;

export interface PeerSummary {
  /** How many peers answered. */
  count: number;
  /** Whether enough answered for anything to be shown. */
  shown: boolean;
  /** Each rated competency's average rating (1–5, one decimal), in the questions' order; empty unless shown. */
  averages: { criterion: string; average: number }[];
  /** The non-blank answers, trimmed and sorted; empty unless shown. */
  comments: string[];
  /** The section score: the competencies' average × 20; null unless shown. */
  score: number | null;
}

/** What the manager sees of the peers' answers. */
export function peerSummary(
  responses: readonly { ratings: readonly CriterionRating[]; answers: readonly string[] }[],
  questions: FeedbackQuestions,
): PeerSummary {
  const count = responses.length;
  if (count < MIN_PEERS) return { count, shown: false, averages: [], comments: [], score: null };
  const exact: number[] = [];
  const averages: PeerSummary['averages'] = [];
  for (const { name } of questions.competencies) {
    const average = mean(
      responses.flatMap((r) => r.ratings.filter((x) => x.criterion === name).map((x) => x.rating)),
    );
    if (average === null) continue;
    exact.push(average);
    averages.push({ criterion: name, average: round1(average) });
  }
  const overall = mean(exact);
  const comments = responses
    .flatMap((r) => r.answers.map((a) => a.trim()))
    .filter((a) => a !== '')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { count, shown: true, averages, comments, score: overall === null ? null : round1(overall * 20) };
}
