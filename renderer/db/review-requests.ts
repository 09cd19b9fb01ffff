import { Refusal } from '../../shared/refusal';
import { addDays, localIsoDate } from '../../shared/rules/local-date';
import { newSecret, responseProblem, responseProof } from '../../shared/rules/reviews';
import type {
  CriterionRating,
  FeedbackRelation,
  FeedbackRequest,
  FeedbackResponse,
  Review,
  ReviewCycle,
  ReviewTemplate,
} from '../../shared/schema/review';
import { templateQuestions } from './review-rows';
import type { DataSession } from './session';

// Feedback requests and their answers on this machine: a self-assessment request for each participant
// when a cycle starts, peer requests the manager adds, and an answer typed in from a paper form. An answer
// is stored only when it passes the same checks as one from a file (feedback-files.ts), with its proof.

/** Days a request stays open when the cycle sets no feedback day: two weeks past the period's end. */
const GRACE_DAYS = 14;

/** The last day a cycle's requests may be answered. */
export const requestExpiry = (cycle: Pick<ReviewCycle, 'feedbackDue' | 'to'>) =>
  cycle.feedbackDue ?? addDays(cycle.to, GRACE_DAYS);

/** A new request of a review, stamped (not written): the template's questions, a fresh secret. */
export function stampRequest(
  session: DataSession,
  parts: { cycle: ReviewCycle; template: ReviewTemplate; review: Review; subjectName: string },
  reviewer: { staffId: string | null; name: string },
  relation: FeedbackRelation,
): FeedbackRequest {
  return session.repos.feedbackRequests.stampNew({
    reviewId: parts.review.id,
    cycleId: parts.cycle.id,
    subjectName: parts.subjectName,
    reviewerId: reviewer.staffId,
    reviewerName: reviewer.name,
    relation,
    questions: templateQuestions(parts.template),
    secret: newSecret(),
    expiresOn: requestExpiry(parts.cycle),
  });
}

/** The live review, its cycle (refused when closed) and template, inside the caller's transaction. */
export async function openReview(session: DataSession, reviewId: string, table = 'reviews') {
  const { db } = session;
  const review = await db.reviews.get(reviewId);
  if (!review || review.deleted) throw new Refusal('record.gone', 'reviewId', {}, table);
  const cycle = await db.reviewCycles.get(review.cycleId);
  if (!cycle || cycle.deleted) throw new Refusal('record.gone', 'cycleId', {}, table);
  if (cycle.status === 'closed') throw new Refusal('review.cycleClosed', '', {}, table);
  const template = await db.reviewTemplates.get(cycle.templateId);
  if (!template) throw new Refusal('record.gone', 'templateId', {}, table);
  return { review, cycle, template };
}

/**
 * Ask a colleague (or someone outside the team: staffId null) for 360 feedback on a review. Refused when
 * the cycle is closed, when the reviewer is the person reviewed, or already has a request on this review.
 */
export async function addPeerRequest(
  session: DataSession,
  reviewId: string,
  reviewer: { staffId: string | null; name: string },
): Promise<FeedbackRequest> {
  const { db, repos } = session;
  const tables = [db.reviews, db.reviewCycles, db.reviewTemplates, db.staff, db.feedbackRequests];
  return db.transaction('rw', tables, async () => {
    const { review, cycle, template } = await openReview(session, reviewId, 'feedbackRequests');
    if (reviewer.staffId !== null) {
      if (reviewer.staffId === review.staffId)
        throw new Refusal('staff.samePerson', 'reviewerId', {}, 'feedbackRequests');
      const asked = await db.feedbackRequests.where('reviewId').equals(reviewId).toArray();
      if (asked.some((r) => !r.deleted && r.reviewerId === reviewer.staffId))
        throw new Refusal('staff.samePerson', 'reviewerId', {}, 'feedbackRequests');
    }
    const subject = await db.staff.get(review.staffId);
    const request = stampRequest(
      session,
      { cycle, template, review, subjectName: subject?.name ?? '' },
      reviewer,
      'peer',
    );
    await repos.feedbackRequests.bulkInsertStamped([request]);
    return request;
  });
}

/** Take back a request nobody answered yet (a tombstone); an answered one stays, refused as a duplicate. */
export async function removeRequest(session: DataSession, requestId: string): Promise<void> {
  const { db, repos } = session;
  await db.transaction('rw', [db.feedbackRequests, db.feedbackResponses, db.reviewCycles], async () => {
    const request = await db.feedbackRequests.get(requestId);
    if (!request || request.deleted) throw new Refusal('record.gone', 'id', {}, 'feedbackRequests');
    const cycle = await db.reviewCycles.get(request.cycleId);
    if (cycle?.status === 'closed') throw new Refusal('review.cycleClosed', '', {}, 'feedbackRequests');
    if (await answered(session, requestId))
      throw new Refusal('feedback.duplicate', '', {}, 'feedbackRequests');
    await repos.feedbackRequests.remove(requestId);
  });
}

async function answered(session: DataSession, requestId: string): Promise<boolean> {
  const responses = await session.db.feedbackResponses.where('requestId').equals(requestId).toArray();
  return responses.some((r) => !r.deleted);
}

/**
 * Store an answer to a request of this office, all or nothing: refused (with its code) for a request this
 * office does not hold, another cycle's than `expectedCycleId`, a closed cycle, an answered request, one
 * answered after its last day (`answeredOn`, today by default), or ratings and answers that do not fit its
 * questions. The proof was made (typed) or checked (file) by the caller.
 */
export async function storeResponse(
  session: DataSession,
  answer: Pick<FeedbackResponse, 'requestId' | 'ratings' | 'answers' | 'proof' | 'via' | 'answeredAt'>,
  check: { expectedCycleId?: string; answeredOn?: string } = {},
): Promise<FeedbackResponse> {
  const { db, repos } = session;
  const tables = [db.feedbackRequests, db.feedbackResponses, db.reviewCycles];
  return db.transaction('rw', tables, async () => {
    const request = await db.feedbackRequests.get(answer.requestId);
    const cycle = request ? await db.reviewCycles.get(request.cycleId) : undefined;
    const problem = responseProblem({
      request,
      cycle,
      ...(check.expectedCycleId === undefined ? {} : { expectedCycleId: check.expectedCycleId }),
      today: check.answeredOn ?? localIsoDate(session.now()),
      alreadyAnswered: request ? await answered(session, request.id) : false,
      ratings: answer.ratings,
      answers: answer.answers,
    });
    if (problem) throw new Refusal(problem.code, '', problem.params, 'feedbackResponses');
    const record = repos.feedbackResponses.stampNew(answer);
    await repos.feedbackResponses.bulkInsertStamped([record]);
    return record;
  });
}

/** An answer typed in from the paper form the reviewer filled: checked like a file's, proved here. */
export async function typeResponse(
  session: DataSession,
  requestId: string,
  ratings: CriterionRating[],
  answers: string[],
): Promise<FeedbackResponse> {
  const request = await session.db.feedbackRequests.get(requestId);
  if (!request || request.deleted) throw new Refusal('feedback.unknownRequest', '', {}, 'feedbackResponses');
  // WebCrypto before the transaction: IndexedDB commits a transaction left waiting on anything else.
  const proof = await responseProof(request.secret, request.id, ratings, answers);
  return storeResponse(session, {
    requestId,
    ratings,
    answers,
    proof,
    via: 'typed',
    answeredAt: session.now().toISOString(),
  });
}
