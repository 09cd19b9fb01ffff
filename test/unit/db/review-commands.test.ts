import { describe, expect, it } from 'vitest';
import {
  addDevelopmentAction,
  addPeerRequest,
  addReward,
  adjustKpi,
  closeCycle,
  loadRewardBudget,
  rateReview,
  removeRequest,
  saveRewardBudget,
  saveTemplate,
  setCycleBands,
  setCycleStatus,
  typeResponse,
} from '../../../renderer/db/review-commands';
import {
  loadCalibration,
  loadCycleBoard,
  loadReviewDetail,
  loadReviewHistory,
  loadRewards,
} from '../../../renderer/db/review-queries';
import { standardReviewTemplate } from '../../../shared/rules/standard-review';
import { finishReview, ratingsOf, reviewOffice, selfRequestOf } from './review-fixtures';

// The review commands on a real (fake-indexeddb) database: a cycle from start to close, what is refused on
// the way, and what the queries show of it.

const refused = (code: string, params?: object) =>
  expect.objectContaining({
    name: 'Refusal',
    code,
    ...(params ? { params: expect.objectContaining(params) } : {}),
  });

describe('a review cycle', () => {
  it('starts with a review and a self request for each participant, every section open', async () => {
    const { session, cycle, people } = await reviewOffice();
    const board = await loadCycleBoard(session.db, cycle.id, '2026-11-28');
    expect(board?.cycle.status).toBe('in_progress');
    expect(board?.rows.map((r) => r.name)).toEqual(people.map((p) => p.name));
    for (const row of board?.rows ?? []) {
      expect(row.openParts).toEqual(['kpi', 'competencies', 'self', 'feedback', 'manager']);
      expect(row.requests).toHaveLength(1);
      expect(row.requests[0]).toMatchObject({
        answered: false,
        request: { relation: 'self', expiresOn: '2026-12-20' },
      });
      expect(row.final.score).toBeNull();
    }
  });

  it('refuses to close while anyone is unfinished, naming exactly who', async () => {
    const office = await reviewOffice();
    const { session, cycle, people } = office;
    await expect(closeCycle(session, cycle.id)).rejects.toEqual(
      refused('review.cycleUnfinished', { names: 'Anna Wang, Ben Li, Cleo Zhao, Dan Sun' }),
    );
    await finishReview(office, people[0] as (typeof people)[0]);
    await expect(closeCycle(session, cycle.id)).rejects.toEqual(
      refused('review.cycleUnfinished', { names: 'Ben Li, Cleo Zhao, Dan Sun', count: 3 }),
    );
    expect((await session.db.reviewCycles.get(cycle.id))?.status).toBe('in_progress');
  });

  it('scores a finished review by the template’s weights, and shows peers only as a summary', async () => {
    const office = await reviewOffice();
    const anna = office.people[0] as (typeof office.people)[0];
    const review = await finishReview(office, anna);
    const detail = await loadReviewDetail(office.session.db, review.id, '2026-11-28');
    expect(detail?.row.scores).toEqual({ kpi: 90, competencies: 80, self: 80, feedback: 100, manager: 80 });
    expect(detail?.row.final).toEqual({ score: 87, missing: [] });
    expect(detail?.row.band).toBe('Exceeds');
    expect(detail?.row.openParts).toEqual([]);
    expect(detail?.selfAnswers?.answers).toEqual(['Closed the month early', 'Learn the new ERP']);
    expect(detail?.peers).toMatchObject({ count: 3, shown: true, score: 100 });
    // The comments, sorted: nothing says whose, and no reviewer's name is in the summary.
    expect(detail?.peers.comments).toEqual(['Helpful (6)', 'Helpful (7)', 'Helpful (9)']);
    expect(JSON.stringify(detail?.peers)).not.toMatch(/Ben|Cleo|Dan/);
    const kpi = detail?.row.kpiRows.find((k) => k.metric === 'onTimeRate');
    expect(kpi).toMatchObject({ actual: null, dataScore: null, score: 90 });
    expect(kpi?.adjustment).toMatchObject({
      original: null,
      reason: 'No orders of theirs in the system yet',
    });
  });

  it('closes once everyone is finished: results frozen, nothing changes after', async () => {
    const office = await reviewOffice();
    const { session, cycle, people } = office;
    for (const person of people) await finishReview(office, person);
    const closed = await closeCycle(session, cycle.id);
    expect(closed).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    for (const review of await session.db.reviews.toArray()) {
      expect(review).toMatchObject({ finalScore: 87, band: 'Exceeds' });
      expect(review.kpiResults).toEqual([
        { metric: 'onTimeRate', actual: null, target: 95, score: 90 },
        { metric: 'errorRate', actual: null, target: 2, score: 100 },
        { metric: 'goalAttainment', actual: null, target: 100, score: 80 },
      ]);
    }
    const anna = await office.reviewOf(people[0] as (typeof people)[0]);
    await expect(rateReview(session, anna.id, { managerRating: 1 })).rejects.toEqual(
      refused('review.cycleClosed'),
    );
    await expect(adjustKpi(session, anna.id, 'onTimeRate', 10, 'x')).rejects.toEqual(
      refused('review.cycleClosed'),
    );
    await expect(setCycleBands(session, cycle.id, null)).rejects.toEqual(refused('review.cycleClosed'));
    await expect(setCycleStatus(session, cycle.id, 'in_progress')).rejects.toEqual(
      refused('review.cycleClosed'),
    );
    const board = await loadCycleBoard(session.db, cycle.id, '2027-01-10');
    expect(board?.rows.every((r) => r.final.score === 87 && r.openParts.length === 0)).toBe(true);
    expect(await loadReviewHistory(session.db, anna.staffId)).toEqual([
      expect.objectContaining({ cycleName: '2026 Q4', final: 87, band: 'Exceeds', from: '2026-10-01' }),
    ]);
  });

  it('calibrates: the cycle’s own bands, the median and the spread', async () => {
    const office = await reviewOffice();
    const { session, cycle, people } = office;
    await finishReview(office, people[0] as (typeof people)[0]);
    await setCycleStatus(session, cycle.id, 'calibrating');
    await expect(
      setCycleBands(session, cycle.id, [
        { label: 'Low', min: 0 },
        { label: 'High', min: 80 },
      ]),
    ).rejects.toEqual(refused('review.bandsOrder'));
    await setCycleBands(session, cycle.id, [
      { label: 'Top', min: 85 },
      { label: 'Rest', min: 0 },
    ]);
    const calibration = await loadCalibration(session.db, cycle.id, '2026-11-28');
    expect(calibration?.cycle.status).toBe('calibrating');
    expect(calibration?.bands.map((b) => b.label)).toEqual(['Top', 'Rest']);
    expect(calibration?.entries[0]).toMatchObject({
      name: 'Anna Wang',
      final: 87,
      band: 'Top',
      outlier: false,
    });
    expect(calibration?.median).toBe(87);
    expect(calibration?.distribution.reduce((n, b) => n + b.count, 0)).toBe(1);
  });
});

describe('requests and answers', () => {
  it('refuses a peer request to the person reviewed or to someone asked already', async () => {
    const { session, people, reviewOf } = await reviewOffice();
    const [anna, ben] = people as [(typeof people)[0], (typeof people)[0]];
    const review = await reviewOf(anna);
    await expect(addPeerRequest(session, review.id, { staffId: anna.id, name: anna.name })).rejects.toEqual(
      refused('staff.samePerson'),
    );
    await addPeerRequest(session, review.id, { staffId: ben.id, name: ben.name });
    await expect(addPeerRequest(session, review.id, { staffId: ben.id, name: ben.name })).rejects.toEqual(
      refused('staff.samePerson'),
    );
    const outside = await addPeerRequest(session, review.id, { staffId: null, name: 'Ms Gao (customer)' });
    expect(outside).toMatchObject({ relation: 'peer', subjectName: 'Anna Wang', reviewerId: null });
    expect(outside.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('takes an answer once, when it fits the questions; an answered request stays', async () => {
    const { session, people, reviewOf } = await reviewOffice();
    const review = await reviewOf(people[1] as (typeof people)[0]);
    const self = await selfRequestOf(session, review.id);
    await expect(typeResponse(session, self.id, ratingsOf(4).slice(1), ['', ''])).rejects.toEqual(
      refused('feedback.ratingsMismatch'),
    );
    await expect(typeResponse(session, self.id, ratingsOf(4), [''])).rejects.toEqual(
      refused('feedback.ratingsMismatch'),
    );
    const stored = await typeResponse(session, self.id, ratingsOf(4), ['', '']);
    expect(stored).toMatchObject({
      via: 'typed',
      requestId: self.id,
      proof: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    await expect(typeResponse(session, self.id, ratingsOf(5), ['', ''])).rejects.toEqual(
      refused('feedback.duplicate'),
    );
    await expect(removeRequest(session, self.id)).rejects.toEqual(refused('feedback.duplicate'));
    expect(await session.db.feedbackResponses.count()).toBe(1);
  });

  it('takes back a request nobody answered', async () => {
    const { session, people, reviewOf } = await reviewOffice();
    const review = await reviewOf(people[0] as (typeof people)[0]);
    const request = await addPeerRequest(session, review.id, { staffId: null, name: 'Ms Gao' });
    await removeRequest(session, request.id);
    const board = await loadCycleBoard(session.db, review.cycleId, '2026-11-28');
    expect(board?.rows[0]?.requests.map((r) => r.request.relation)).toEqual(['self']);
  });
});

describe('ratings, templates, rewards and development', () => {
  it('refuses a KPI change without a reason, a competency the template lacks, and a formula that does not read', async () => {
    const { session, people, reviewOf } = await reviewOffice();
    const review = await reviewOf(people[0] as (typeof people)[0]);
    await expect(adjustKpi(session, review.id, 'onTimeRate', 80, '  ')).rejects.toEqual(
      refused('field.required'),
    );
    await expect(adjustKpi(session, review.id, 'backlog', 80, 'x')).rejects.toEqual(refused('field.choose'));
    await expect(
      rateReview(session, review.id, { competencyRatings: [{ criterion: 'Juggling', rating: 3 }] }),
    ).rejects.toEqual(refused('field.choose'));
    const adjusted = await adjustKpi(session, review.id, 'onTimeRate', 80, 'Carrier strike');
    expect(adjusted.kpiAdjustments).toHaveLength(1);
    expect((await adjustKpi(session, review.id, 'onTimeRate', null, '')).kpiAdjustments).toEqual([]);
    await expect(
      saveTemplate(session, { ...standardReviewTemplate('en'), formula: 'kpi * (' }),
    ).rejects.toEqual(refused('review.formula'));
    const zh = await saveTemplate(session, {
      ...standardReviewTemplate('zh-CN'),
      formula: '0.5 * kpi + 0.5 * manager',
    });
    expect(zh.name).toBe('季度绩效考核（内勤）');
  });

  it('records rewards against the year’s budget', async () => {
    const { session, people, reviewOf } = await reviewOffice();
    const [anna, ben] = people as [(typeof people)[0], (typeof people)[0]];
    const review = await reviewOf(anna);
    await addReward(session, {
      staffId: anna.id,
      kind: 'cash_bonus',
      amount: 2_000_00,
      date: '2026-12-20',
      reviewId: review.id,
    });
    await addReward(session, { staffId: ben.id, kind: 'recognition', amount: 0, date: '2026-12-21' });
    await addReward(session, { staffId: ben.id, kind: 'training', amount: 500_00, date: '2027-01-05' });
    await expect(
      addReward(session, { staffId: ben.id, kind: 'cash_bonus', amount: -1, date: '2026-12-01' }),
    ).rejects.toEqual(refused('field.atLeast'));
    const year = await loadRewards(session.db, 2026);
    expect(year.rows.map((r) => r.name)).toEqual(['Ben Li', 'Anna Wang']);
    expect(year.totals).toMatchObject({ spent: 2_000_00, count: 2 });
    expect(year.totals.byKind.cash_bonus).toBe(2_000_00);
    expect(await loadRewardBudget(session.db, 2026)).toBeNull();
    await saveRewardBudget(session, 2026, 10_000_00);
    expect(await loadRewardBudget(session.db, 2026)).toBe(10_000_00);
    expect(await loadRewardBudget(session.db, 2027)).toBeNull();
    await expect(saveRewardBudget(session, 2026, -5)).rejects.toMatchObject({ name: 'Refusal' });
  });

  it('plans a development course for the person, noted with the cycle', async () => {
    const { session, people, reviewOf } = await reviewOffice();
    const course = await session.repos.courses.create({
      title: 'Excel for reports',
      kind: 'internal',
      hours: 4,
      cost: 0,
      skills: [],
      certificateMonths: null,
      active: true,
    });
    const review = await reviewOf(people[2] as (typeof people)[0]);
    const item = await addDevelopmentAction(session, review.id, course.id, '2027-02-28');
    expect(item).toMatchObject({
      staffId: review.staffId,
      courseId: course.id,
      due: '2027-02-28',
      note: '2026 Q4',
    });
    await expect(addDevelopmentAction(session, review.id, course.id, '2027-03-31')).rejects.toEqual(
      refused('training.alreadyPlanned'),
    );
  });
});
