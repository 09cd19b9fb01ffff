import type { RefusalCode, RefusalParams } from '../../refusal';
import type { CriterionRating, FeedbackRequest, ReviewCycle } from '../../schema/review';

// Whether a feedback answer may be stored against its request: the checks every way in (a response file,
// or an answer typed in from paper) makes before it keeps anything. The proof is checked apart
// (response-proof.ts), as it needs WebCrypto.

export interface ResponseCheckInput {
  /** The request the answer names, as this office holds it; undefined when it has none by that id. */
  request: Pick<FeedbackRequest, 'cycleId' | 'expiresOn' | 'questions' | 'deleted'> | undefined;
  /** The request's cycle. */
  cycle: Pick<ReviewCycle, 'name' | 'status' | 'deleted'> | undefined;
  /** The cycle the manager is importing into, when they import from a cycle's page. */
  expectedCycleId?: string;
  /** Today, ISO date. */
  today: string;
  /** Whether the request already has an answer. */
  alreadyAnswered: boolean;
  ratings: readonly CriterionRating[];
  answers: readonly string[];
}

export interface ResponseProblem {
  code: RefusalCode;
  params: RefusalParams;
}

/** Whether the ratings and answers fit the request: each competency rated once, 1–5, and one answer a question. */
export function answersFit(
  questions: FeedbackRequest['questions'],
  ratings: readonly CriterionRating[],
  answers: readonly string[],
): boolean {
  if (answers.length !== questions.questions.length) return false;
  if (ratings.length !== questions.competencies.length) return false;
  const names = new Set(questions.competencies.map((c) => c.name));
  const seen = new Set<string>();
  for (const { criterion, rating } of ratings) {
    if (!names.has(criterion) || seen.has(criterion)) return false;
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) return false;
    seen.add(criterion);
  }
  return seen.size === names.size;
}

/**
 * Why an answer to a request is refused, or null when it may be stored. In this order: a request this
 * office does not hold (another office's, or removed), another cycle's, a closed cycle, an answered
 * request, an expired one (answers after its last day), ratings and answers that do not fit its questions.
 */
export function responseProblem(input: ResponseCheckInput): ResponseProblem | null {
  const { request, cycle } = input;
  if (request === undefined || request.deleted || cycle === undefined || cycle.deleted)
    return { code: 'feedback.unknownRequest', params: {} };
  if (input.expectedCycleId !== undefined && request.cycleId !== input.expectedCycleId)
    return { code: 'feedback.otherCycle', params: { cycle: cycle.name } };
  if (cycle.status === 'closed') return { code: 'review.cycleClosed', params: {} };
  if (input.alreadyAnswered) return { code: 'feedback.duplicate', params: {} };
  if (input.today > request.expiresOn)
    return { code: 'feedback.expired', params: { date: request.expiresOn } };
  if (!answersFit(request.questions, input.ratings, input.answers))
    return { code: 'feedback.ratingsMismatch', params: {} };
  return null;
}
