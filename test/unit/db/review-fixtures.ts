import {
  addPeerRequest,
  addStandardTemplate,
  adjustKpi,
  createCycle,
  rateReview,
  startCycle,
  typeResponse,
} from '../../../renderer/db/review-commands';
import type { DataSession } from '../../../renderer/db/session';
import type { Staff } from '../../../shared/schema/staff';
import { freshSession, staffInput } from './fixtures';

// An office of four with the standard quarterly template and a started cycle over all four (Q4 2026, the
// session's clock on 28 Nov 2026): what the review tests start from.

export async function reviewOffice(now?: () => Date) {
  const session = await freshSession(now);
  const names = ['Anna Wang', 'Ben Li', 'Cleo Zhao', 'Dan Sun'];
  const people: Staff[] = [];
  for (const name of names) people.push(await session.repos.staff.create(staffInput(name)));
  const template = await addStandardTemplate(session, 'en');
  const cycle = await createCycle(session, {
    name: '2026 Q4',
    from: '2026-10-01',
    to: '2026-12-31',
    templateId: template.id,
    participants: people.map((p) => p.id),
    status: 'not_started',
    feedbackDue: '2026-12-20',
  });
  await startCycle(session, cycle.id);
  const reviewOf = async (person: Staff) => {
    const review = (await session.db.reviews.where('staffId').equals(person.id).toArray())[0];
    if (!review) throw new Error(`no review for ${person.name}`);
    return review;
  };
  return { session, people, template, cycle, reviewOf };
}

export type ReviewOffice = Awaited<ReturnType<typeof reviewOffice>>;

const competencyNames = ['Accuracy', 'Timeliness', 'Communication and teamwork', 'Problem solving'];
export const ratingsOf = (rating: number) => competencyNames.map((criterion) => ({ criterion, rating }));

/** The self request of a review. */
export async function selfRequestOf(session: DataSession, reviewId: string) {
  const requests = await session.db.feedbackRequests.where('reviewId').equals(reviewId).toArray();
  const self = requests.find((r) => r.relation === 'self' && !r.deleted);
  if (!self) throw new Error('no self request');
  return self;
}

/**
 * Everything a review needs to be finished: the self-assessment (4s), three colleagues' feedback (5s),
 * the manager's ratings (4s, overall 4) and each KPI's score set by hand (90, 100, 80). Final: 87.
 */
export async function finishReview(office: ReviewOffice, person: Staff) {
  const { session, people } = office;
  const review = await office.reviewOf(person);
  const self = await selfRequestOf(session, review.id);
  await typeResponse(session, self.id, ratingsOf(4), ['Closed the month early', 'Learn the new ERP']);
  for (const peer of people.filter((p) => p.id !== person.id)) {
    const request = await addPeerRequest(session, review.id, { staffId: peer.id, name: peer.name });
    await typeResponse(session, request.id, ratingsOf(5), [`Helpful (${peer.name.length})`, '']);
  }
  await rateReview(session, review.id, { competencyRatings: ratingsOf(4), managerRating: 4 });
  await adjustKpi(session, review.id, 'onTimeRate', 90, 'No orders of theirs in the system yet');
  await adjustKpi(session, review.id, 'errorRate', 100, 'No orders of theirs in the system yet');
  await adjustKpi(session, review.id, 'goalAttainment', 80, 'Goals set on paper');
  return review;
}
