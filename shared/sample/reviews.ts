import { standardReviewTemplate } from '../rules/standard-review';
import type {
  FeedbackRequest,
  FeedbackResponse,
  ReviewCycleInput,
  ReviewInput,
  ReviewTemplateInput,
  RewardInput,
} from '../schema/review';
import type { StaffInput } from '../schema/staff';
import { localIsoDate } from './dates';
import { type SampleLanguage, say } from './language';
import type { Random } from './random';
import type { Sample } from './types';

// The sample office's performance reviews: the standard quarterly template; last quarter's cycle closed
// (ratings, frozen KPI figures, final scores and bands, a bonus for the best); this quarter's in progress —
// everyone has a self request, most have answered it, and the first person has three colleagues' answers.
// A request's secret and an answer's proof are left as placeholders: the loader fills them with a random
// secret and the proof under it (WebCrypto is async), so no sample secret can be guessed from the seed.

type RequestInput = Omit<
  FeedbackRequest,
  'id' | 'createdAt' | 'updatedAt' | 'rev' | 'baseRev' | 'deviceId' | 'deleted'
>;
type ResponseInput = Omit<
  FeedbackResponse,
  'id' | 'createdAt' | 'updatedAt' | 'rev' | 'baseRev' | 'deviceId' | 'deleted'
>;

export interface SampleReviews {
  reviewTemplates: Sample<ReviewTemplateInput>[];
  reviewCycles: Sample<ReviewCycleInput>[];
  reviews: Sample<ReviewInput>[];
  feedbackRequests: Sample<RequestInput>[];
  feedbackResponses: Sample<ResponseInput>[];
  rewards: Sample<RewardInput>[];
}

/** Stand-ins the loader replaces (schema-valid, so the sample still validates without it). */
export const PLACEHOLDER_SECRET = 'A'.repeat(43);
export const PLACEHOLDER_PROOF = '0'.repeat(64);

/** The first day of the quarter `offset` quarters from the one holding `date`, and that quarter's last. */
function quarter(date: Date, offset: number): { from: string; to: string; label: string } {
  const start = new Date(date.getFullYear(), Math.floor(date.getMonth() / 3) * 3 + offset * 3, 1);
  const end = new Date(start.getFullYear(), start.getMonth() + 3, 0);
  return {
    from: localIsoDate(start),
    to: localIsoDate(end),
    label: `${start.getFullYear()} Q${Math.floor(start.getMonth() / 3) + 1}`,
  };
}

export function generateReviews(
  random: Random,
  language: SampleLanguage,
  staff: readonly Sample<StaffInput>[],
  asOf: Date,
): SampleReviews {
  const template = { id: random.uuid(), input: standardReviewTemplate(language) };
  const competencies = (template.input.competencies ?? []).map((c) => ({
    name: c.name,
    rubric: c.rubric.map((level) => level ?? ''),
  }));
  const questions = template.input.questions ?? [];
  const bands = template.input.bands;
  const team = staff.filter((s) => s.input.status !== 'left');
  const rate = (base: number) =>
    competencies.map((c) => ({
      criterion: c.name,
      rating: Math.max(1, Math.min(5, base + random.int(-1, 1))),
    }));
  const bandOf = (score: number) => bands.find((b) => score >= b.min)?.label ?? '';
  const name = (q: { label: string }) =>
    say({ zh: `${q.label} 季度考核`, en: `${q.label} review` }, language);

  const last = quarter(asOf, -1);
  const now = quarter(asOf, 0);
  const closed = {
    id: random.uuid(),
    input: {
      name: name(last),
      from: last.from,
      to: last.to,
      templateId: template.id,
      participants: team.map((s) => s.id),
      status: 'closed' as const,
      feedbackDue: last.to,
      closedAt: new Date(`${now.from}T10:00:00`).toISOString(),
    },
  };
  const current = {
    id: random.uuid(),
    input: {
      name: name(now),
      from: now.from,
      to: now.to,
      templateId: template.id,
      participants: team.map((s) => s.id),
      status: 'in_progress' as const,
      feedbackDue: now.to,
    },
  };

  const reviews: Sample<ReviewInput>[] = [];
  const rewards: Sample<RewardInput>[] = [];
  let best: { staffId: string; reviewId: string; score: number } | null = null;
  for (const person of team) {
    const base = random.int(3, 4);
    const kpiResults = (template.input.kpis ?? []).map((k) => {
      const score = random.int(70, 110);
      return { metric: k.metric, actual: null, target: k.target, score };
    });
    const finalScore = Math.round((55 + random.int(0, 40) + random.next()) * 10) / 10;
    const id = random.uuid();
    reviews.push({
      id,
      input: {
        cycleId: closed.id,
        staffId: person.id,
        competencyRatings: rate(base),
        managerRating: base,
        managerComment: '',
        kpiResults,
        finalScore,
        band: bandOf(finalScore),
      },
    });
    if (!best || finalScore > best.score) best = { staffId: person.id, reviewId: id, score: finalScore };
    reviews.push({ id: random.uuid(), input: { cycleId: current.id, staffId: person.id } });
  }
  if (best)
    rewards.push({
      id: random.uuid(),
      input: {
        staffId: best.staffId,
        kind: 'performance_bonus',
        amount: 3_000_00,
        date: now.from,
        reviewId: best.reviewId,
        note: say({ zh: '上季度考核第一', en: 'Best result last quarter' }, language),
      },
    });

  const feedbackRequests: Sample<RequestInput>[] = [];
  const feedbackResponses: Sample<ResponseInput>[] = [];
  const answeredAt = new Date(asOf.getTime() - 86_400_000).toISOString();
  const ask = (
    reviewId: string,
    subject: Sample<StaffInput>,
    reviewer: Sample<StaffInput>,
    relation: 'self' | 'peer',
    answer: boolean,
  ) => {
    const id = random.uuid();
    feedbackRequests.push({
      id,
      input: {
        reviewId,
        cycleId: current.id,
        subjectName: subject.input.name,
        reviewerId: reviewer.id,
        reviewerName: reviewer.input.name,
        relation,
        questions: { competencies, questions },
        secret: PLACEHOLDER_SECRET,
        expiresOn: now.to,
      },
    });
    if (answer)
      feedbackResponses.push({
        id: random.uuid(),
        input: {
          requestId: id,
          ratings: rate(random.int(3, 5)),
          answers: questions.map(() => say(random.pick(remarks), language)),
          proof: PLACEHOLDER_PROOF,
          via: 'typed',
          answeredAt,
        },
      });
  };
  const currentReviews = reviews.filter((r) => r.input.cycleId === current.id);
  team.forEach((person, i) => {
    const review = currentReviews[i] as Sample<ReviewInput>;
    ask(review.id, person, person, 'self', i % 4 !== 3);
    if (i === 0) for (const peer of team.slice(1, 4)) ask(review.id, person, peer, 'peer', true);
  });
  return {
    reviewTemplates: [template],
    reviewCycles: [closed, current],
    reviews,
    feedbackRequests,
    feedbackResponses,
    rewards,
  };
}

const remarks = [
  { zh: '订单处理又快又准', en: 'Quick and accurate with orders' },
  { zh: '乐于帮助新同事', en: 'Always helps new colleagues' },
  { zh: '月底结账时可以更早开始', en: 'Could start the month-end close earlier' },
  { zh: '', en: '' },
];
